package id.sinergi.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.support.BenchDatabase;
import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: Sinergi's start-up and memory against the bare Camunda 7.24 webapp + REST starter
 * ({@code barecamunda.BareCamundaApplication}), issue 13's "≤ 1.3×". Each start is a JVM of its
 * own with the same JVM flags, on an empty database of its own (H2 file in a fresh working
 * directory, or a fresh PostgreSQL database with {@code -Dbench.db=postgres}); rounds alternate
 * which one starts first. Measured per start:
 *
 * <ul>
 *   <li><b>first Tasklist answer</b>: wall-clock time from launching the JVM until, as a browser
 *       does it, the Tasklist page {@code /camunda/app/tasklist/default/} answered 200, the login
 *       {@code /camunda/api/admin/auth/user/default/login/tasklist} answered 200 and Tasklist's
 *       first call, the filter list with counts, answered 200;
 *   <li><b>RSS</b> ({@code VmRSS} of {@code /proc/<pid>/status}) right after that answer and after a
 *       small fixed workload (Tasklist's calls: filter list, the first filter's tasks, task count,
 *       process definitions, the user's profile; {@code bench.workload} times), and the peak
 *       ({@code VmHWM});
 *   <li>the same after a restart on the same data (graceful stop, start again);
 *   <li>with {@code -Dbench.demo=true} (default) also Sinergi with the demo profile on an empty
 *       database: first answer, the seeding time Sinergi logs ("Demo data ready in … ms") and the
 *       RSS after seeding, reported separately (issue 13 excludes seeding from the ratio);
 *   <li>with {@code -Dbench.stack=all} also the bare starter on Sinergi's whole runtime classpath
 *       (still without Sinergi's classes): what the libraries Sinergi adds (JPA, Flyway,
 *       Actuator, springdoc, mail, Spin) cost by themselves with their auto-configuration; with
 *       {@code -Dbench.stack=jpa} the bare starter with only Spring Data JPA and Flyway added,
 *       the persistence stack the brief fixes ({@code all,jpa} for both;
 *       {@code -Dbench.sinergi=false} leaves Sinergi out).
 * </ul>
 *
 * <p>Both run on the project's runtime classpath (written by the benchmark profile to
 * {@code target/startup-bench/runtime-classpath.txt}); the bare starter without Sinergi's classes
 * and without the libraries only Sinergi adds (JPA/Hibernate, Flyway, Actuator/Micrometer,
 * springdoc, mail, Spin, spreadsheets), so its auto-configuration is the one of a project with
 * just the two Camunda starters and a JDBC driver. The bare starter keeps its defaults
 * (authorization off, history full, job executor on) with an administrator and an "all tasks"
 * filter from the command line.
 *
 * <pre>
 * flock /work/notes/build.lock ./mvnw -B -o test -Dgroups=benchmark -Dtest=StartupBenchmark \
 *     [-Dbench.rounds=3 -Dbench.db=h2|postgres -Dbench.demo=true -Dbench.restart=true \
 *      -Dbench.workload=20 -Dbench.stack=all,jpa -Dbench.jvmArgs="-XX:+ExitOnOutOfMemoryError"]
 * </pre>
 */
@Tag("benchmark")
class StartupBenchmark {

  private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  private static final String DB = System.getProperty("bench.db", "h2");
  private static final boolean DEMO = Boolean.parseBoolean(System.getProperty("bench.demo", "true"));
  private static final boolean RESTART =
      Boolean.parseBoolean(System.getProperty("bench.restart", "true"));
  private static final int WORKLOAD = Integer.getInteger("bench.workload", 20);
  /** Library sets to start the bare starter with: {@code all}, {@code jpa} (comma-separated). */
  private static final List<String> STACKS = Arrays.stream(
      System.getProperty("bench.stack", "").split(",")).map(String::trim)
      .filter(stack -> !stack.isEmpty() && !stack.equals("false")).toList();
  private static final boolean SINERGI =
      Boolean.parseBoolean(System.getProperty("bench.sinergi", "true"));
  private static final List<String> JVM_ARGS = Arrays.stream(
      System.getProperty("bench.jvmArgs", "-XX:+ExitOnOutOfMemoryError").trim().split("\\s+"))
      .filter(arg -> !arg.isBlank()).toList();
  private static final String PG_PREFIX = BenchDatabase.prefix("sinergi_bench_startup");
  private static final Duration START_LIMIT = Duration.ofMinutes(3);

  private static final String ADMIN = "admin";
  private static final String PASSWORD = "Tolok-Ukur-Start-2026!";
  private static final String DEMO_PASSWORD = "demo";
  private static final Path OUT = Path.of("target", "startup-bench");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SEEDED = Pattern.compile("Demo data ready in (\\d+) ms");

  /** The persistence libraries the brief fixes, Spring Data JPA and Flyway (jar-name prefixes). */
  private static final List<String> JPA_AND_FLYWAY = List.of(
      "spring-boot-starter-data-jpa", "spring-data-", "spring-orm", "spring-aspects",
      "aspectjweaver", "hibernate-core", "hibernate-commons-annotations",
      "jakarta.persistence-api", "antlr4-runtime", "jandex", "byte-buddy", "flyway-");

  /**
   * Libraries only Sinergi adds (jar-name prefixes), left out of the bare starter's classpath:
   * a bare project with the webapp and REST starters has none of them, and on the classpath they
   * would switch on their auto-configuration (Flyway, JPA, Actuator, springdoc, mail).
   */
  private static final List<String> SINERGI_ONLY = Stream.concat(JPA_AND_FLYWAY.stream(),
      Stream.of("spring-boot-starter-actuator", "spring-boot-actuator", "micrometer-core",
          "micrometer-jakarta9", "micrometer-registry-prometheus", "prometheus-metrics-",
          "HdrHistogram", "LatencyUtils", "springdoc-", "swagger-", "webjars-locator-lite",
          "spring-boot-starter-mail", "jakarta.mail", "angus-activation",
          "camunda-engine-plugin-spin", "camunda-spin-", "commons-csv", "fastexcel", "opczip"))
      .toList();

  enum Variant {
    SINERGI("Sinergi"), BARE("bare starter"), BARE_STACK("bare + libraries"),
    BARE_JPA("bare + JPA, Flyway"),
    SINERGI_DEMO("Sinergi + demo");

    final String label;

    Variant(String label) {
      this.label = label;
    }
  }

  /** One start: milliseconds and MiB; seeding only for the demo. */
  record Start(double pageMs, double answerMs, double rssReadyMib, double rssWorkloadMib,
      double peakMib, double seedingMs, double seededMs, double rssSeededMib) {}

  @Test
  void sinergiAgainstTheBareCamundaStarter() throws Exception {
    List<String> runtime = runtimeClasspath();
    String sinergiClasspath = Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
        + String.join(File.pathSeparator, runtime);
    String bareClasspath = bareClasspath(runtime, List.of());
    // The bare starter with every library Sinergi adds, still without Sinergi's own classes:
    // what those libraries (JPA, Flyway, Actuator, springdoc, mail, Spin) cost by themselves.
    String stackClasspath = bareClasspath(runtime, SINERGI_ONLY);
    String jpaClasspath = bareClasspath(runtime, JPA_AND_FLYWAY);

    String load = loadAverage();
    Map<Variant, List<Start>> fresh = new EnumMap<>(Variant.class);
    Map<Variant, List<Start>> restarted = new EnumMap<>(Variant.class);
    for (int round = 1; round <= ROUNDS; round++) {
      List<Variant> order = round % 2 == 1 ? List.of(Variant.SINERGI, Variant.BARE)
          : List.of(Variant.BARE, Variant.SINERGI);
      List<Variant> all = new ArrayList<>(order);
      if (!SINERGI) {
        all.remove(Variant.SINERGI);
      }
      if (STACKS.contains("all") || STACKS.contains("true")) {
        all.add(Variant.BARE_STACK);
      }
      if (STACKS.contains("jpa")) {
        all.add(Variant.BARE_JPA);
      }
      if (DEMO && SINERGI) {
        all.add(Variant.SINERGI_DEMO);
      }
      for (Variant variant : all) {
        Path directory = Files.createDirectories(OUT.resolve("run-" + round + "-"
            + variant.name().toLowerCase(Locale.ROOT)));
        deleteData(directory);
        String database = PG_PREFIX + "_" + variant.name().toLowerCase(Locale.ROOT);
        if (postgres()) {
          BenchDatabase.recreate(database);
        }
        String classpath = switch (variant) {
          case BARE -> bareClasspath;
          case BARE_STACK -> stackClasspath;
          case BARE_JPA -> jpaClasspath;
          default -> sinergiClasspath;
        };
        Start first = launch(variant, classpath, directory, database, "fresh", round);
        fresh.computeIfAbsent(variant, v -> new ArrayList<>()).add(first);
        System.out.printf(Locale.ROOT, "round %d %-15s fresh:   %s%n", round, variant.label,
            describe(first));
        if (RESTART && variant != Variant.SINERGI_DEMO) {
          Start again = launch(variant, classpath, directory, database, "restart", round);
          restarted.computeIfAbsent(variant, v -> new ArrayList<>()).add(again);
          System.out.printf(Locale.ROOT, "round %d %-15s restart: %s%n", round, variant.label,
              describe(again));
        }
        if (postgres()) {
          BenchDatabase.drop(database);
        }
      }
    }
    report(fresh, restarted, load + " → " + loadAverage());
    assertThat(fresh.get(SINERGI ? Variant.SINERGI : Variant.BARE)).hasSize(ROUNDS);
  }

  private Start launch(Variant variant, String classpath, Path directory, String database,
      String kind, int round) throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_ARGS);
    command.addAll(List.of("-cp", classpath));
    Map<String, String> environment = new LinkedHashMap<>();
    boolean sinergi = variant == Variant.SINERGI || variant == Variant.SINERGI_DEMO;
    if (sinergi) {
      command.add("id.sinergi.SinergiApplication");
      environment.put("SINERGI_ADMIN_USER", ADMIN);
      environment.put("SINERGI_ADMIN_PASSWORD", PASSWORD);
      List<String> profiles = new ArrayList<>();
      if (postgres()) {
        profiles.add("postgres");
        environment.put("DB_URL", BenchDatabase.url(database));
        environment.put("DB_USER", "postgres");
        environment.put("DB_PASSWORD", "");
      }
      if (variant == Variant.SINERGI_DEMO) {
        profiles.add("demo");
      }
      if (!profiles.isEmpty()) {
        command.add("--spring.profiles.active=" + String.join(",", profiles));
      }
      command.add("--logging.level.id.sinergi.demo=info");
    } else {
      command.add("barecamunda.BareCamundaApplication");
      if (postgres()) {
        command.addAll(List.of("--spring.datasource.url=" + BenchDatabase.url(database),
            "--spring.datasource.username=postgres", "--spring.datasource.password="));
      } else {
        command.addAll(List.of(
            "--spring.datasource.url=jdbc:h2:file:./data/bare;DB_CLOSE_ON_EXIT=FALSE",
            "--spring.datasource.username=sa", "--spring.datasource.password="));
      }
      command.addAll(List.of("--camunda.bpm.admin-user.id=" + ADMIN,
          "--camunda.bpm.admin-user.password=" + PASSWORD,
          "--camunda.bpm.filter.create=Semua tugas"));
    }
    command.addAll(List.of("--server.port=" + port, "--logging.level.root=warn"));

    Path log = directory.resolve(kind + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    String password = variant == Variant.SINERGI_DEMO ? DEMO_PASSWORD : PASSWORD;

    long launched = System.nanoTime();
    Process process = builder.start();
    try {
      Browser browser = new Browser(port);
      double[] pageMs = {-1};
      long deadline = launched + START_LIMIT.toNanos();
      // Polled like a browser every 50 ms; an IOException means Tomcat is not listening yet.
      await(variant.label + "'s first Tasklist answer (see " + log + ")").atMost(START_LIMIT)
          .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
          .ignoreExceptionsInstanceOf(IOException.class)
          .failFast(variant.label + " stopped during start-up; see " + log,
              () -> !process.isAlive())
          .until(() -> {
            if (pageMs[0] < 0
                && browser.get("/camunda/app/tasklist/default/").statusCode() == 200) {
              pageMs[0] = millisSince(launched);
            }
            return pageMs[0] >= 0 && browser.login("tasklist", ADMIN, password)
                && browser.get(FILTERS).statusCode() == 200;
          });
      double answerMs = millisSince(launched);
      double rssReady = memory(process.pid(), "VmRSS");

      double seedingMs = -1;
      double seededMs = -1;
      double rssSeeded = -1;
      if (variant == Variant.SINERGI_DEMO) {
        Matcher seeded = await("demo seeding (see " + log + ")")
            .atMost(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))
            .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
            .failFast("demo seeding did not finish; see " + log, () -> !process.isAlive())
            .until(() -> SEEDED.matcher(Files.readString(log)), Matcher::find);
        seededMs = millisSince(launched);
        seedingMs = Double.parseDouble(seeded.group(1));
        rssSeeded = memory(process.pid(), "VmRSS");
      }

      workload(browser, WORKLOAD);
      double rssWorkload = memory(process.pid(), "VmRSS");
      double peak = memory(process.pid(), "VmHWM");
      return new Start(pageMs[0], answerMs, rssReady, rssWorkload, peak, seedingMs, seededMs,
          rssSeeded);
    } finally {
      stop(process);
    }
  }

  private static final String ENGINE = "/camunda/api/engine/engine/default";
  private static final String FILTERS = ENGINE + "/filter?resourceType=Task&itemCount=true";

  /** What Tasklist asks for after a login, {@code times} times; every answer must be 200. */
  private static void workload(Browser browser, int times) throws Exception {
    for (int i = 0; i < times; i++) {
      HttpResponse<String> filters = browser.get(FILTERS);
      assertThat(filters.statusCode()).isEqualTo(200);
      JsonNode list = JSON.readTree(filters.body());
      assertThat(list.size()).as("Tasklist filters").isPositive();
      String filter = list.get(0).path("id").asText();
      assertThat(browser.post(ENGINE + "/filter/" + filter
          + "/list?firstResult=0&maxResults=15", "{\"sorting\":[{\"sortBy\":\"created\","
          + "\"sortOrder\":\"desc\"}],\"active\":true}").statusCode()).isEqualTo(200);
      assertThat(browser.get(ENGINE + "/task/count").statusCode()).isEqualTo(200);
      assertThat(browser.get(ENGINE + "/process-definition?latestVersion=true&maxResults=50")
          .statusCode()).isEqualTo(200);
      assertThat(browser.get(ENGINE + "/user/" + ADMIN + "/profile").statusCode())
          .isEqualTo(200);
    }
  }

  /** A browser-like session of the webapps: session cookie and CSRF token. */
  private static final class Browser {
    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    Browser(int port) {
      base = "http://127.0.0.1:" + port;
      http = HttpClient.newBuilder().cookieHandler(cookies)
          .connectTimeout(Duration.ofSeconds(1)).build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return http.send(HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(60)).header("Accept", "application/json, text/html")
          .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
      return http.send(HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
          .header("Accept", "application/json").header("X-XSRF-TOKEN", xsrf())
          .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    boolean login(String app, String user, String password)
        throws IOException, InterruptedException {
      String form = "username=" + user + "&password="
          + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
      return http.send(HttpRequest.newBuilder(URI.create(base
              + "/camunda/api/admin/auth/user/default/login/" + app))
          .timeout(Duration.ofSeconds(60))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("Accept", "application/json").header("X-XSRF-TOKEN", xsrf())
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private String xsrf() {
      return cookies.getCookieStore().getCookies().stream()
          .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
          .findFirst().orElse("");
    }
  }

  private static void report(Map<Variant, List<Start>> fresh, Map<Variant, List<Start>> restarted,
      String load) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%n=== Start-up and memory: medians of %d rounds, %s, "
        + "JVM flags %s, load average (1 min) %s ===%n", ROUNDS, DB, JVM_ARGS, load));
    out.append(String.format(Locale.ROOT, "%-24s %10s %10s %10s %10s %10s%n", "",
        "page s", "answer s", "RSS MiB", "RSS+wl MiB", "peak MiB"));
    for (var entry : List.of(Map.entry("fresh", fresh), Map.entry("restart", restarted))) {
      for (Variant variant : Variant.values()) {
        List<Start> starts = entry.getValue().get(variant);
        if (starts == null) {
          continue;
        }
        out.append(String.format(Locale.ROOT, "%-24s %10.1f %10.1f %10.0f %10.0f %10.0f%n",
            variant.label + " (" + entry.getKey() + ")", median(starts, Start::pageMs) / 1000,
            median(starts, Start::answerMs) / 1000, median(starts, Start::rssReadyMib),
            median(starts, Start::rssWorkloadMib), median(starts, Start::peakMib)));
      }
      List<Start> bare = entry.getValue().get(Variant.BARE);
      ratio(out, "Sinergi / bare (" + entry.getKey() + ")",
          entry.getValue().get(Variant.SINERGI), bare, "   (target ≤ 1.30)");
      ratio(out, "libraries / bare (" + entry.getKey() + ")",
          entry.getValue().get(Variant.BARE_STACK), bare, "");
      ratio(out, "JPA, Flyway / bare (" + entry.getKey() + ")",
          entry.getValue().get(Variant.BARE_JPA), bare, "");
    }
    List<Start> demo = fresh.get(Variant.SINERGI_DEMO);
    if (demo != null) {
      out.append(String.format(Locale.ROOT, "Sinergi + demo: first answer %.1f s, seeding %.1f s "
          + "(logged), seeded %.1f s after launch, RSS after seeding %.0f MiB%n",
          median(demo, Start::answerMs) / 1000, median(demo, Start::seedingMs) / 1000,
          median(demo, Start::seededMs) / 1000, median(demo, Start::rssSeededMib)));
    }
    System.out.println(out);
  }

  private static void ratio(StringBuilder out, String label, List<Start> starts, List<Start> bare,
      String note) {
    if (starts != null && bare != null) {
      out.append(String.format(Locale.ROOT, "%-24s %10s %10.2f %10.2f %10.2f %10.2f%s%n", label,
          "", median(starts, Start::answerMs) / median(bare, Start::answerMs),
          median(starts, Start::rssReadyMib) / median(bare, Start::rssReadyMib),
          median(starts, Start::rssWorkloadMib) / median(bare, Start::rssWorkloadMib),
          median(starts, Start::peakMib) / median(bare, Start::peakMib), note));
    }
  }

  private static String describe(Start start) {
    return String.format(Locale.ROOT, "page %.1f s, answer %.1f s, RSS %.0f MiB, after workload "
        + "%.0f MiB, peak %.0f MiB%s", start.pageMs() / 1000, start.answerMs() / 1000,
        start.rssReadyMib(), start.rssWorkloadMib(), start.peakMib(),
        start.seedingMs() < 0 ? "" : String.format(Locale.ROOT,
            ", seeding %.1f s (done %.1f s after launch, RSS %.0f MiB)",
            start.seedingMs() / 1000, start.seededMs() / 1000, start.rssSeededMib()));
  }

  private static double median(List<Start> starts, ToDoubleFunction<Start> value) {
    double[] sorted = starts.stream().mapToDouble(value).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** kB figures of /proc/pid/status, in MiB. */
  private static double memory(long pid, String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    throw new IllegalStateException(field + " not in /proc/" + pid + "/status");
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  private static List<String> runtimeClasspath() throws IOException {
    Path file = OUT.resolve("runtime-classpath.txt");
    if (!Files.exists(file)) {
      throw new IllegalStateException(file + " is missing: run with -Dgroups=benchmark, whose "
          + "Maven profile writes it");
    }
    return Arrays.stream(Files.readString(file).trim().split(File.pathSeparator))
        .filter(entry -> !entry.isBlank()).toList();
  }

  /** The bare starter's class and the runtime jars: Sinergi's libraries only if {@code kept}. */
  private static String bareClasspath(List<String> runtime, List<String> kept) throws IOException {
    return bareClasses() + File.pathSeparator + runtime.stream()
        .filter(entry -> startsWithAny(entry, kept) || !startsWithAny(entry, SINERGI_ONLY))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static boolean startsWithAny(String jar, List<String> prefixes) {
    String name = Path.of(jar).getFileName().toString();
    return prefixes.stream().anyMatch(name::startsWith);
  }

  /** A directory with only the bare starter's class: no Sinergi class, no test resource. */
  private static Path bareClasses() throws IOException {
    String name = "barecamunda/BareCamundaApplication.class";
    Path target = OUT.resolve("bare-classes").toAbsolutePath();
    Files.createDirectories(target.resolve("barecamunda"));
    Files.copy(Path.of("target", "test-classes", name), target.resolve(name),
        StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  private static void deleteData(Path directory) throws IOException {
    Path data = directory.resolve("data");
    if (Files.exists(data)) {
      try (var files = Files.walk(data)) {
        for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
  }

  private static double millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000.0;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static boolean postgres() {
    return "postgres".equals(DB);
  }
}
