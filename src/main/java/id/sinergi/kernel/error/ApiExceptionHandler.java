package id.sinergi.kernel.error;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every error of the app's REST API is a small JSON body with a reason, never a stack trace. */
@RestControllerAdvice(basePackages = "id.sinergi")
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
    return body(HttpStatus.NOT_FOUND, "not_found", e.getMessage(), List.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<Map<String, Object>> noEndpoint(NoResourceFoundException e) {
    return body(HttpStatus.NOT_FOUND, "not_found", "Alamat API tidak dikenal.", List.of());
  }

  @ExceptionHandler({ForbiddenException.class, AuthorizationException.class})
  ResponseEntity<Map<String, Object>> forbidden(RuntimeException e) {
    String message = e instanceof ForbiddenException ? e.getMessage()
        : "Anda tidak berwenang melakukan tindakan ini.";
    return body(HttpStatus.FORBIDDEN, "forbidden", message, List.of());
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
    return body(HttpStatus.BAD_REQUEST, "invalid_input", "Data tidak valid.", e.getErrors());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldError(f.getField(), f.getDefaultMessage())).toList();
    return body(HttpStatus.BAD_REQUEST, "invalid_input", "Data tidak valid.", errors);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Map<String, Object>> invalid(ConstraintViolationException e) {
    List<FieldError> errors = e.getConstraintViolations().stream()
        .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList();
    return body(HttpStatus.BAD_REQUEST, "invalid_input", "Data tidak valid.", errors);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return body(HttpStatus.BAD_REQUEST, "malformed_json", unreadableReason(e), List.of());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
    return body(HttpStatus.BAD_REQUEST, "invalid_input", "Data tidak valid.",
        List.of(new FieldError(e.getName(), "nilai '" + e.getValue() + "' tidak sesuai format")));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
    return body(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
        "Metode " + e.getMethod() + " tidak didukung di alamat ini.", List.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
    return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
        "Kirim data sebagai application/json.", List.of());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
    return body(HttpStatus.PAYLOAD_TOO_LARGE, "too_large",
        "Berkas terlalu besar. Batas ukuran unggahan: dokumen PDF 10 MB, data CSV/XLSX 20 MB.", List.of());
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e) {
    return body(HttpStatus.BAD_REQUEST, "invalid_input", "Data tidak valid.",
        List.of(new FieldError(e.getRequestPartName(), "wajib diisi")));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> unexpected(Exception e) {
    LOG.error("Unexpected error in the API", e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
        "Terjadi kesalahan di server. Data Anda tidak disimpan; coba lagi atau hubungi admin.",
        List.of());
  }

  private static String unreadableReason(HttpMessageNotReadableException e) {
    Throwable cause = e.getMostSpecificCause();
    if (cause instanceof InvalidFormatException f) {
      return "Nilai '" + f.getValue() + "' pada kolom '" + path(f) + "' tidak sesuai format.";
    }
    if (cause instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
      return "Kolom '" + path(m) + "' berisi jenis data yang salah.";
    }
    if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException j
        && j.getLocation() != null) {
      return "JSON tidak valid di baris " + j.getLocation().getLineNr() + ", kolom "
          + j.getLocation().getColumnNr() + ": " + j.getOriginalMessage();
    }
    return "Isi permintaan tidak dapat dibaca sebagai JSON.";
  }

  private static String path(MismatchedInputException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String error,
      String message, List<FieldError> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("error", error);
    body.put("message", message);
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    return ResponseEntity.status(status).body(body);
  }
}
