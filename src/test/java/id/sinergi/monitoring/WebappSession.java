package id.sinergi.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like session of Camunda's webapps: the session cookie and the CSRF token. */
final class WebappSession {

  record Answer(int status, JsonNode body, String text) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  private WebappSession(int port) {
    this.base = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Logs into Cockpit as the user (password "demo"). */
  static WebappSession cockpit(int port, String user) {
    return login(port, "cockpit", user);
  }

  /** Logs into one of the webapps (cockpit, tasklist, admin) as the user (password "demo"). */
  static WebappSession login(int port, String app, String user) {
    WebappSession session = new WebappSession(port);
    session.get("/camunda/app/" + app + "/default/");
    Answer login = session.post("/camunda/api/admin/auth/user/default/login/" + app,
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo");
    if (login.status() != 200) {
      throw new IllegalStateException("login of " + user + " failed: " + login.status() + " "
          + login.text());
    }
    return session;
  }

  /** GET of the plugin's API, e.g. {@code stalled-steps?level=2}. */
  Answer plugin(String path) {
    return get("/camunda/api/cockpit/plugin/sinergi-monitoring/default/" + path);
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET()
        .header("Accept", "application/json, text/html"));
  }

  private Answer post(String path, String form) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", xsrf())
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private String xsrf() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
        .orElse("");
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode body = null;
      String text = response.body();
      if (text != null && (text.startsWith("{") || text.startsWith("["))) {
        body = JSON.readTree(text);
      }
      return new Answer(response.statusCode(), body, text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
