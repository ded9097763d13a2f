package id.sinergi.escalation.bench;

import com.zaxxer.hikari.HikariDataSource;
import id.sinergi.SinergiApplication;
import id.sinergi.support.BenchDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the HTTP benchmarks share: their databases (created and dropped here, names from
 * {@code SINERGI_BENCH_PG_DATABASE}), Sinergi started on one of them, one HTTP client for both
 * engines, medians.
 */
final class HttpBench {

  static final String PREFIX = BenchDatabase.prefix("sinergi_bench_forms");
  /** What Tasklist's HTTP client asks for (camunda-bpm-sdk-js). */
  static final String TASKLIST_ACCEPT = "application/hal+json, application/json; q=0.5";

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  private HttpBench() {}

  /** Sinergi with the postgres and demo profiles (demo users, password "demo"), jobs off. */
  static ConfigurableApplicationContext startSinergi(String database) {
    List<String> args = new ArrayList<>(List.of(
        "--spring.datasource.url=" + BenchDatabase.url(database),
        "--spring.datasource.username=postgres", "--spring.datasource.password=",
        "--server.port=0", "--spring.datasource.hikari.maximum-pool-size=10",
        "--camunda.bpm.job-execution.enabled=false",
        "--sinergi.admin.user=bench.admin", "--sinergi.admin.password=bench-Admin-2026!",
        "--sinergi.escalation.mail.delivery=log",
        "--logging.level.root=warn", "--logging.level.id.sinergi=warn"));
    // -Dbench.sinergiArgs="--a=b --c=d": settings to compare (e.g. before/after a change)
    String extra = System.getProperty("bench.sinergiArgs", "").trim();
    if (!extra.isEmpty()) {
      args.addAll(List.of(extra.split("\\s+")));
    }
    return new SpringApplicationBuilder(SinergiApplication.class).profiles("postgres", "demo")
        .initializers(HttpBench::countStatements).run(args.toArray(String[]::new));
  }

  /** Counts the SQL statements of the context's data source ({@link CountingDataSource}). */
  static void countStatements(ConfigurableApplicationContext context) {
    context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof HikariDataSource data ? CountingDataSource.wrap(data) : bean;
      }
    });
  }

  static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  /** An answer, its time, and the SQL statements sent while it was served (either engine). */
  record Answer(int status, String body, double millis, long statements) {}

  static Answer send(int port, String method, String path, String user, String contentType,
      HttpRequest.BodyPublisher body, String accept) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + path)).timeout(Duration.ofSeconds(120))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .header("Accept", accept == null ? "application/json" : accept);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
    long statements = CountingDataSource.STATEMENTS.sum();
    long began = System.nanoTime();
    try {
      HttpResponse<String> response = CLIENT.send(request.build(),
          HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(),
          (System.nanoTime() - began) / 1e6, CountingDataSource.STATEMENTS.sum() - statements);
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + ": " + e, e);
    }
  }

  static Answer get(int port, String path, String user) {
    return send(port, "GET", path, user, null, null, null);
  }

  static Answer postJson(int port, String path, String user, String json, String accept) {
    return send(port, "POST", path, user, "application/json",
        HttpRequest.BodyPublishers.ofString(json), accept);
  }

  /** Fails the benchmark on an unexpected answer: a refused step is not a measured step. */
  static Answer expect(Answer answer, int status, String what) {
    if (answer.status() != status) {
      throw new IllegalStateException(what + ": HTTP " + answer.status() + " " + answer.body());
    }
    return answer;
  }

  static double percentile(List<Double> values, double p) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted.length == 0 ? Double.NaN
        : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  static List<Double> all(List<List<Double>> rounds) {
    List<Double> all = new ArrayList<>();
    rounds.forEach(all::addAll);
    return all;
  }

  static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    } catch (Exception e) {
      return "unknown";
    }
  }
}
