package id.sinergi.kernel.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the API's JSON error body from servlet filters, where no controller advice runs. */
public final class ErrorBodies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorBodies() {}

  public static void write(HttpServletResponse response, int status, String error, String message)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", error);
    body.put("message", message);
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    JSON.writeValue(response.getWriter(), body);
  }
}
