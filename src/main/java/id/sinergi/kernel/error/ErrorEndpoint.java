package id.sinergi.kernel.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container shows for an error no handler answered (an unknown path, a filter's
 * refusal, a request the container itself rejects): the status and a short Indonesian reason as
 * JSON, never a stack trace. Opened directly, /error is simply not a page: 404.
 */
@RestController
public class ErrorEndpoint implements ErrorController {

  // No "produces": a browser asking for HTML still gets the JSON reason, never an empty 406.
  @RequestMapping(path = "/error")
  ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer number && HttpStatus.resolve(number) != null
        ? HttpStatus.valueOf(number) : HttpStatus.NOT_FOUND;
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown
        && DatabaseOutage.isCause(thrown)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", 503);
      body.put("error", "database_unavailable");
      body.put("message", DatabaseOutage.MESSAGE);
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER))
          .contentType(MediaType.APPLICATION_JSON).body(body);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("error", status.is5xxServerError() ? "internal_error"
        : status.name().toLowerCase());
    body.put("message", reason(status));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private static String reason(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> "Alamat tidak dikenal.";
      case UNAUTHORIZED -> "Autentikasi diperlukan.";
      case FORBIDDEN -> "Anda tidak berwenang membuka alamat ini.";
      case METHOD_NOT_ALLOWED -> "Metode ini tidak didukung di alamat ini.";
      case PAYLOAD_TOO_LARGE -> "Isi permintaan terlalu besar.";
      case BAD_REQUEST -> "Permintaan tidak dapat dibaca.";
      default -> status.is5xxServerError()
          ? "Terjadi kesalahan di server. Data Anda tidak disimpan; coba lagi atau hubungi admin."
          : "Permintaan tidak dapat diproses.";
    };
  }
}
