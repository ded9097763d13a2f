package id.sinergi.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** A REST client for the running test server, as a given demo user or anonymous. */
public final class Api {

  private Api() {}

  public static RestClient as(int port, String user, String password) {
    return RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
        .defaultStatusHandler(status -> true, (request, response) -> { })
        .build();
  }

  public static RestClient demo(int port, String user) {
    return as(port, user, "demo");
  }

  public static RestClient anonymous(int port) {
    return RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultStatusHandler(status -> true, (request, response) -> { })
        .build();
  }
}
