package id.sinergi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.PostgresTestDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The chaos run: Sinergi on PostgreSQL behind a TCP proxy, two clients writing through engine
 * REST (users) and the app's API (holidays) without pause; the proxy is cut (every connection
 * reset, new ones refused) for 10 s and restored; then the service is killed with SIGKILL.
 * Every answer is a 2xx or a 503 with a reason, the service recovers by itself, and every
 * acknowledged write is in the database exactly once.
 */
@Tag("postgres")
class DatabaseOutageTest {

  @TempDir Path directory;

  @Test
  void requestsDuringAnOutageAre503AndEveryAcknowledgedWriteIsStoredOnce() throws Exception {
    String database = PostgresTestDatabase.DATABASE + "_outage";
    String admin = "jdbc:postgresql://" + PostgresTestDatabase.HOST + "/postgres";
    try (Connection c = DriverManager.getConnection(admin, PostgresTestDatabase.USER, "");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
      s.execute("create database " + database);
    }
    String[] hostPort = PostgresTestDatabase.HOST.split(":");
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> users = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<LocalDate> holidays = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> badAnswers = new ConcurrentLinkedQueue<>();
    AtomicInteger sequence = new AtomicInteger();
    long[] firstSuccessAfterRestore = {0};
    long restoredAt;
    long started;
    long finished;
    try (CuttableProxy proxy = new CuttableProxy(hostPort[0], Integer.parseInt(hostPort[1]));
        SinergiProcess sinergi = new SinergiProcess(directory, Map.of(
            "SPRING_PROFILES_ACTIVE", "postgres",
            "DB_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database,
            "DB_USER", PostgresTestDatabase.USER, "DB_PASSWORD", ""), List.of())) {
      sinergi.start(Duration.ofMinutes(6));
      AtomicBoolean stop = new AtomicBoolean();
      AtomicBoolean restored = new AtomicBoolean();
      Runnable client = () -> {
        while (!stop.get()) {
          int n = sequence.incrementAndGet();
          try {
            HttpResponse<String> answer;
            String user = "chaos-" + n;
            LocalDate date = LocalDate.of(2100, 1, 1).plusDays(n);
            answer = n % 2 == 0
                ? sinergi.send("POST", "/engine-rest/user/create", "{\"profile\":{\"id\":\""
                    + user + "\",\"firstName\":\"Uji\",\"lastName\":\"Kacau\",\"email\":\""
                    + user + "@sinergi.test\"},\"credentials\":{\"password\":\"Sandi-Uji-2026!\"}}")
                : sinergi.send("POST", "/api/escalation/holidays", "{\"date\":\"" + date
                    + "\",\"name\":\"Libur kacau " + n + "\",\"kind\":\"LIBUR_DAERAH\"}");
            int status = answer.statusCode();
            statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
            if (status / 100 == 2) {
              if (n % 2 == 0) {
                users.add(user);
              } else {
                holidays.add(date);
              }
              if (restored.get()) {
                synchronized (firstSuccessAfterRestore) {
                  if (firstSuccessAfterRestore[0] == 0) {
                    firstSuccessAfterRestore[0] = System.nanoTime();
                  }
                }
              }
            } else if (status != 503 || !answer.body().contains("Basis data")) {
              badAnswers.add(status + " " + answer.body());
            }
          } catch (Exception e) {
            badAnswers.add("no answer: " + e);
          }
        }
      };
      List<Thread> clients = List.of(new Thread(client), new Thread(client));
      started = System.nanoTime();
      clients.forEach(Thread::start);
      CountDownLatch never = new CountDownLatch(1);
      never.await(10, TimeUnit.SECONDS);
      proxy.cut();
      never.await(10, TimeUnit.SECONDS);
      proxy.restore();
      restoredAt = System.nanoTime();
      restored.set(true);
      never.await(20, TimeUnit.SECONDS);
      stop.set(true);
      for (Thread thread : clients) {
        thread.join(60_000);
      }
      finished = System.nanoTime();
      sinergi.kill();
    }
    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(
        "jdbc:postgresql://" + PostgresTestDatabase.HOST + "/" + database,
        PostgresTestDatabase.USER, "", true));
    Set<String> storedUsers = new HashSet<>(jdbc.queryForList(
        "select id_ from act_id_user where id_ like 'chaos-%'", String.class));
    Set<LocalDate> storedHolidays = new HashSet<>(jdbc.queryForList(
        "select holiday_date from esc_holiday where name like 'Libur kacau %'", LocalDate.class));
    int duplicates = jdbc.queryForObject("select (select count(*) from act_id_user where id_ "
        + "like 'chaos-%') - (select count(distinct id_) from act_id_user where id_ like "
        + "'chaos-%') + (select count(*) from esc_holiday where name like 'Libur kacau %') - "
        + "(select count(distinct name) from esc_holiday where name like 'Libur kacau %')",
        Integer.class);
    long foundUsers = users.stream().filter(storedUsers::contains).count();
    long foundHolidays = holidays.stream().filter(storedHolidays::contains).count();
    double seconds = (finished - started) / 1e9;
    System.out.printf("chaos run: %d requests in %.0f s (%.1f req/s), answers %s; 1 outage of "
        + "10 s + kill -9; acknowledged %d users + %d holidays, found %d + %d; duplicates %d; "
        + "first success %.1f s after the database came back%n", sequence.get(), seconds,
        sequence.get() / seconds, statuses, users.size(), holidays.size(), foundUsers,
        foundHolidays, duplicates, firstSuccessAfterRestore[0] == 0 ? -1.0
            : (firstSuccessAfterRestore[0] - restoredAt) / 1e9);
    assertThat(badAnswers).as("answers other than 2xx or 503 with a reason").isEmpty();
    assertThat(statuses).as("the outage was seen").containsKey(503);
    assertThat(firstSuccessAfterRestore[0]).as("recovered by itself").isPositive();
    assertThat((firstSuccessAfterRestore[0] - restoredAt) / 1e9).isLessThan(15);
    assertThat(foundUsers).isEqualTo(users.size());
    assertThat(foundHolidays).isEqualTo(holidays.size());
    assertThat(duplicates).isZero();
  }
}
