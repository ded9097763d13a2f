package id.sinergi.kernel.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every error of the app's REST API is a small JSON body with a reason, never a stack trace. */
@RestControllerAdvice(basePackages = "id.sinergi")
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final ObjectProvider<IdentityService> identity;

  public ApiExceptionHandler(ObjectProvider<IdentityService> identity) {
    this.identity = identity;
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
    return answer(e, HttpStatus.NOT_FOUND, "not_found", e.getMessage(), List.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<Map<String, Object>> noEndpoint(NoResourceFoundException e) {
    return answer(e, HttpStatus.NOT_FOUND, "not_found", "Alamat API tidak dikenal.", List.of());
  }

  @ExceptionHandler({ForbiddenException.class, AuthorizationException.class})
  ResponseEntity<Map<String, Object>> forbidden(RuntimeException e) {
    String message = e instanceof ForbiddenException ? e.getMessage()
        : "Anda tidak berwenang melakukan tindakan ini.";
    return answer(e, HttpStatus.FORBIDDEN, "forbidden", message, List.of());
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<Map<String, Object>> conflict(ConflictException e) {
    return answer(e, HttpStatus.CONFLICT, "conflict", e.getMessage(), List.of());
  }

  @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class})
  ResponseEntity<Map<String, Object>> concurrent(RuntimeException e) {
    return answer(e, HttpStatus.CONFLICT, "conflict", "Data ini baru saja diubah oleh orang lain. "
        + "Muat ulang lalu coba lagi.", List.of());
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Map<String, Object>> brokenMultipart(MultipartException e) {
    if (e instanceof MaxUploadSizeExceededException tooLarge) {
      return tooLarge(tooLarge);
    }
    return answer(e, HttpStatus.BAD_REQUEST, "invalid_input", "Unggahan tidak dapat dibaca: kirim "
        + "berkas sebagai multipart/form-data yang utuh.", List.of());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e) {
    return answer(e, HttpStatus.BAD_REQUEST, "invalid_input", "Data tidak valid.",
        List.of(new FieldError(e.getParameterName(), "wajib diisi")));
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return answer(e, HttpStatus.NOT_ACCEPTABLE, "not_acceptable",
        "Format jawaban yang diminta tidak tersedia di alamat ini.", List.of());
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
    return answer(e, HttpStatus.BAD_REQUEST, "invalid_input", "Data tidak valid.", e.getErrors());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldError(f.getField(), f.getDefaultMessage())).toList();
    return answer(e, HttpStatus.BAD_REQUEST, "invalid_input", "Data tidak valid.", errors);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Map<String, Object>> invalid(ConstraintViolationException e) {
    List<FieldError> errors = e.getConstraintViolations().stream()
        .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList();
    return answer(e, HttpStatus.BAD_REQUEST, "invalid_input", "Data tidak valid.", errors);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return answer(e, HttpStatus.BAD_REQUEST, "malformed_json", unreadableReason(e), List.of());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
    return answer(e, HttpStatus.BAD_REQUEST, "invalid_input", "Data tidak valid.",
        List.of(new FieldError(e.getName(), "nilai '" + shortened(e.getValue())
            + "' tidak sesuai format (" + expected(e.getRequiredType()) + ")")));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
    return answer(e, HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
        "Metode " + e.getMethod() + " tidak didukung di alamat ini.", List.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
    return answer(e, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
        "Kirim data sebagai application/json.", List.of());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
    return answer(e, HttpStatus.PAYLOAD_TOO_LARGE, "too_large",
        "Berkas terlalu besar. Batas ukuran unggahan: dokumen PDF 10 MB, data CSV/XLSX 20 MB.", List.of());
  }

  @ExceptionHandler(TooLargeException.class)
  ResponseEntity<Map<String, Object>> tooLarge(TooLargeException e) {
    return answer(e, HttpStatus.PAYLOAD_TOO_LARGE, "too_large", e.getMessage(), List.of());
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e) {
    return answer(e, HttpStatus.BAD_REQUEST, "invalid_input", "Data tidak valid.",
        List.of(new FieldError(e.getRequestPartName(), "wajib diisi")));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> unexpected(Exception e) {
    if (DatabaseOutage.isCause(e)) {
      LOG.warn("Database unreachable: {}", e.toString());
      ResponseEntity<Map<String, Object>> answer = body(HttpStatus.SERVICE_UNAVAILABLE,
          "database_unavailable", DatabaseOutage.MESSAGE, List.of());
      return ResponseEntity.status(answer.getStatusCode())
          .header("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER))
          .body(answer.getBody());
    }
    LOG.error("Unexpected error in the API", e);
    return answer(e, HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
        "Terjadi kesalahan di server. Data Anda tidak disimpan; coba lagi atau hubungi admin.",
        List.of());
  }

  /** Why a body could not be read, in Indonesian, never naming a Java type. */
  static String unreadableReason(HttpMessageNotReadableException e) {
    Throwable cause = e.getMostSpecificCause();
    if (cause instanceof InvalidFormatException f && !f.getPath().isEmpty()) {
      return "Nilai '" + shortened(f.getValue()) + "' pada kolom '" + path(f)
          + "' tidak sesuai format (" + expected(f.getTargetType()) + ").";
    }
    if (cause instanceof MismatchedInputException m) {
      return m.getPath().isEmpty()
          ? "Isi permintaan harus berupa " + expected(m.getTargetType()) + "."
          : "Kolom '" + path(m) + "' harus berupa " + expected(m.getTargetType()) + ".";
    }
    if (cause instanceof JsonProcessingException j && j.getLocation() != null) {
      return "JSON tidak valid di baris " + j.getLocation().getLineNr() + ", kolom "
          + j.getLocation().getColumnNr() + (cause instanceof JsonEOFException
              ? ": isi terpotong sebelum selesai." : ".");
    }
    return "Isi permintaan tidak dapat dibaca sebagai JSON.";
  }

  /** What a value should have been, in words a user reads. */
  static String expected(Class<?> type) {
    if (type == null) {
      return "nilai yang sesuai";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "angka";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true atau false";
    }
    if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
      return "teks";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "tanggal (yyyy-mm-dd)";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "daftar JSON [ ... ]";
    }
    return "objek JSON { ... }";
  }

  private static String shortened(Object value) {
    String text = String.valueOf(value);
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  private static String path(MismatchedInputException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  /** The answer, logged as a refusal (one line, see {@link RefusalLog}) when it is a 4xx. */
  private ResponseEntity<Map<String, Object>> answer(Exception cause, HttpStatus status,
      String error, String message, List<FieldError> errors) {
    if (status.is4xxClientError()) {
      var attributes = RequestContextHolder.getRequestAttributes();
      HttpServletRequest request = attributes instanceof ServletRequestAttributes servlet
          ? servlet.getRequest() : null;
      Authentication user = identity.getIfAvailable() == null ? null
          : identity.getObject().getCurrentAuthentication();
      RefusalLog.api(status.value(), error, message, errors,
          user == null ? null : user.getUserId(), request == null ? "?" : request.getMethod(),
          request == null ? "?" : request.getRequestURI(), cause);
    }
    return body(status, error, message, errors);
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
