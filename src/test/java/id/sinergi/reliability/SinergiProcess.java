package id.sinergi.reliability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sinergi as a separate JVM, started from the main classes and their dependencies (not the test
 * classes) in a working directory of its own, so it can be killed with SIGKILL like a real
 * process and started again on the same data.
 */
final class SinergiProcess implements AutoCloseable {

  static final String ADMIN = "admin";
  static final String PASSWORD = "Uji-Ketahanan-2026!";

  private final Path directory;
  private final Map<String, String> environment;
  private final List<String> arguments;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;
  private int port;
  private Path log;

  SinergiProcess(Path directory, Map<String, String> environment, List<String> arguments) {
    this.directory = directory;
    this.environment = environment;
    this.arguments = arguments;
  }

  /** Starts the JVM and waits until /actuator/health answers 200. */
  SinergiProcess start(Duration within) throws IOException, InterruptedException {
    port = freePort();
    String classpath = Arrays.stream(System.getProperty("java.class.path")
        .split(File.pathSeparator)).filter(entry -> !entry.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+ExitOnOutOfMemoryError", "-Xmx768m", "-XX:TieredStopAtLevel=1",
        "-cp", classpath, "id.sinergi.SinergiApplication", "--server.port=" + port,
        "--logging.level.root=warn"));
    command.addAll(arguments);
    // The service's log outlives the test's temporary directory: a test artefact in target/.
    Path logs = Path.of("target", "reliability-logs");
    Files.createDirectories(logs);
    log = logs.resolve(directory.getFileName() + "-sinergi.log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("SINERGI_ADMIN_USER", ADMIN);
    builder.environment().put("SINERGI_ADMIN_PASSWORD", PASSWORD);
    builder.environment().putAll(environment);
    process = builder.start();
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Sinergi stopped during start-up; see " + log);
      }
      try {
        if (send("GET", "/actuator/health", null).statusCode() == 200) {
          return this;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      process.waitFor(1, java.util.concurrent.TimeUnit.SECONDS);
    }
    throw new IllegalStateException("Sinergi not healthy within " + within);
  }

  int port() {
    return port;
  }

  Path log() {
    return log;
  }

  /** SIGKILL: no shutdown hook, no orderly close of the database. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  HttpResponse<String> send(String method, String path, String json)
      throws IOException, InterruptedException {
    return send(ADMIN, PASSWORD, method, path, json);
  }

  /** A request with HTTP Basic as the given user. */
  HttpResponse<String> send(String user, String password, String method, String path,
      String json) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json");
    if (json != null) {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Deploys models through engine REST as the administrator does from Camunda Modeler.
   *
   * @param resources file name to content
   */
  HttpResponse<String> deploy(String name, Map<String, String> resources)
      throws IOException, InterruptedException {
    String boundary = "----sinergi" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\""
        + "\r\n\r\n" + name + "\r\n").getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, String> resource : resources.entrySet()) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
          + resource.getKey() + "\"; filename=\"" + resource.getKey() + "\"\r\nContent-Type: "
          + "application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(resource.getValue().getBytes(StandardCharsets.UTF_8));
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + "/engine-rest/deployment/create")).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      kill();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
