package id.sinergi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.sinergi.support.PostgresTestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The chaos run: Sinergi on PostgreSQL behind a TCP proxy, two clients writing through engine
 * REST (users, task completions) and the app's API (holidays) without pause while the job
 * executor escalates {@value #OVERDUE_STEPS} overdue steps and e-mails them (GreenMail); once the
 * first steps are escalated the proxy is cut (every connection reset, new ones refused) for 10 s
 * and restored; then the service
 * is killed with SIGKILL. Every answer is a 2xx or a 503 with a reason, the service recovers by
 * itself, every acknowledged write is in the database exactly once, no task is lost or completed
 * twice, and every overdue step has exactly one escalation, one notification and one e-mail.
 */
@Tag("postgres")
class DatabaseOutageTest {

  static final int OVERDUE_STEPS = 400;
  private static final int TASKS = 150;
  private static final Pattern TASK_LINK = Pattern.compile("\\?task=([0-9a-f-]+)");

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
    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(
        "jdbc:postgresql://" + PostgresTestDatabase.HOST + "/" + database,
        PostgresTestDatabase.USER, "", true));
    ConcurrentLinkedQueue<String> openTasks = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> completedTasks = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> goneTasks = new ConcurrentLinkedQueue<>();
    Map<String, String> holders = new HashMap<>();
    int smtpPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      smtpPort = socket.getLocalPort();
    }
    GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1",
        ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    int retriedJobs = 0;
    double escalationSeconds;
    MimeMessage[] mails;
    long escalatedAtCut;
    long escalatedAtRestore;
    try (CuttableProxy proxy = new CuttableProxy(hostPort[0], Integer.parseInt(hostPort[1]));
        SinergiProcess sinergi = new SinergiProcess(directory, Map.of(
            "SPRING_PROFILES_ACTIVE", "postgres",
            "DB_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database,
            "DB_USER", PostgresTestDatabase.USER, "DB_PASSWORD", ""), List.of(
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                // A job whose node lost its transaction in the outage is free again after
                // 20 s (Camunda's default lock: 5 min); an idle executor looks every 5 s.
                "--camunda.bpm.job-execution.lock-time-in-millis=20000",
                "--camunda.bpm.job-execution.max-wait=5000"))) {
      sinergi.start(Duration.ofMinutes(6));
      prepareCasesAndOverdueSteps(sinergi, jdbc, openTasks, holders);
      String checkJob = jdbc.queryForObject("select id_ from act_ru_job where process_def_key_ = "
          + "'overdue-step-check' and handler_type_ = 'timer-start-event'", String.class);
      AtomicBoolean stop = new AtomicBoolean();
      AtomicBoolean restored = new AtomicBoolean();
      Runnable client = () -> {
        while (!stop.get()) {
          int n = sequence.incrementAndGet();
          String task = n % 3 == 0 ? openTasks.poll() : null;
          if (task != null) {
            // A clerk completing a waiting task; refused (503) means try again later.
            try {
              HttpResponse<String> answer = sinergi.send("POST", "/engine-rest/task/" + task
                  + "/complete", "{}");
              int status = answer.statusCode();
              statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
              if (status == 204) {
                completedTasks.add(task);
              } else if (status == 404 && answer.body().contains("message")) {
                goneTasks.add(task);
              } else {
                openTasks.add(task);
                if (status != 503 || !answer.body().contains("Basis data")) {
                  badAnswers.add(status + " " + answer.body());
                }
              }
            } catch (Exception e) {
              openTasks.add(task);
              badAnswers.add("no answer: " + e);
            }
            continue;
          }
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
      never.await(3, TimeUnit.SECONDS);
      // The overdue steps' check falls due now; the outage comes once the first steps are
      // escalated, so ladders, escalations and e-mails run into it.
      HttpResponse<String> due = sinergi.send("PUT", "/engine-rest/job/" + checkJob + "/duedate",
          "{\"duedate\":\"" + new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(new Date())
              + "\"}");
      assertThat(due.statusCode()).as(due.body()).isEqualTo(204);
      long escalationsDue = System.nanoTime();
      long waitUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (count(jdbc, "select count(*) from esc_escalation") < 20
          && System.nanoTime() < waitUntil) {
        never.await(100, TimeUnit.MILLISECONDS);
      }
      proxy.cut();
      escalatedAtCut = count(jdbc, "select count(*) from esc_escalation");
      never.await(10, TimeUnit.SECONDS);
      escalatedAtRestore = count(jdbc, "select count(*) from esc_escalation");
      proxy.restore();
      restoredAt = System.nanoTime();
      restored.set(true);
      never.await(20, TimeUnit.SECONDS);
      stop.set(true);
      for (Thread thread : clients) {
        thread.join(60_000);
      }
      finished = System.nanoTime();
      // Escalation jobs the outage broke run again: those whose failure was recorded wait for
      // their retry (R5/PT5M); it is moved to now here instead of waiting five minutes.
      long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
      while (System.nanoTime() < deadline && (count(jdbc, "select count(*) from esc_notification")
          < OVERDUE_STEPS || smtp.getReceivedMessages().length < OVERDUE_STEPS)) {
        for (String job : jdbc.queryForList("select id_ from act_ru_job where exception_msg_ is "
            + "not null and lock_owner_ is null and retries_ > 0 and duedate_ > ?", String.class,
            Timestamp.from(Instant.now()))) {
          HttpResponse<String> retry = sinergi.send("PUT", "/engine-rest/job/" + job
              + "/duedate", "{\"duedate\":\"" + new SimpleDateFormat(
                  "yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(new Date()) + "\"}");
          retriedJobs += retry.statusCode() == 204 ? 1 : 0;
        }
        never.await(2, TimeUnit.SECONDS);
      }
      escalationSeconds = (System.nanoTime() - escalationsDue) / 1e9;
      never.await(3, TimeUnit.SECONDS);
      sinergi.kill();
      mails = smtp.getReceivedMessages();
    } finally {
      smtp.stop();
    }
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

    // Tasks: every acknowledged completion stored, none done twice, none lost.
    Set<String> done = new HashSet<>(jdbc.queryForList("select t.id_ from act_hi_taskinst t join "
        + "act_re_procdef d on d.id_ = t.proc_def_id_ where d.key_ = 'outage-probe' and "
        + "t.task_def_key_ = 'Task_Work' and t.delete_reason_ = 'completed'", String.class));
    Set<String> stillOpen = new HashSet<>(jdbc.queryForList("select t.id_ from act_ru_task t "
        + "join act_re_procdef d on d.id_ = t.proc_def_id_ where d.key_ = 'outage-probe' and "
        + "t.task_def_key_ = 'Task_Work'", String.class));
    long nextSteps = count(jdbc, "select count(*) from act_ru_task t join act_re_procdef d on "
        + "d.id_ = t.proc_def_id_ where d.key_ = 'outage-probe' and t.task_def_key_ = "
        + "'Task_Next'");
    long casesWithTwoNextSteps = count(jdbc, "select count(*) from (select t.proc_inst_id_ from "
        + "act_ru_task t where t.task_def_key_ = 'Task_Next' group by t.proc_inst_id_ having "
        + "count(*) > 1) twice");
    System.out.printf("chaos run tasks: %d completions acknowledged (+%d answered 404 after a "
        + "lost answer), %d found completed, %d still open, %d next steps%n",
        completedTasks.size(), goneTasks.size(), done.size(), stillOpen.size(), nextSteps);
    assertThat(done).containsAll(completedTasks).containsAll(goneTasks);
    assertThat(done.size() + stillOpen.size()).as("no task lost").isEqualTo(TASKS);
    assertThat(nextSteps).as("each completion continued its case once").isEqualTo(done.size());
    assertThat(casesWithTwoNextSteps).isZero();

    // Escalations: each overdue step once, each notification once, each e-mail once.
    String ours = "from esc_escalation e where e.process_key = 'outage-overdue' and e.level = 1";
    Map<String, Integer> mailsPerTask = new HashMap<>();
    for (MimeMessage mail : mails) {
      Matcher link = TASK_LINK.matcher(String.valueOf(mail.getContent()));
      mailsPerTask.merge(link.find() ? link.group(1) : "?", 1, Integer::sum);
    }
    long escalations = count(jdbc, "select count(*) " + ours);
    long notified = count(jdbc, "select count(*) from esc_notification n join esc_escalation e "
        + "on e.id = n.escalation_id where e.process_key = 'outage-overdue'");
    System.out.printf("chaos run escalations: %d overdue steps, %d escalated when the "
        + "database went away, %d when it came back; %d escalated, %d notification "
        + "records, %d e-mails (%d steps with more than one) within %.0f s of falling due; %d "
        + "jobs the outage broke retried early; incidents %d%n", OVERDUE_STEPS, escalatedAtCut,
        escalatedAtRestore, escalations,
        notified, mails.length, mailsPerTask.values().stream().filter(c -> c > 1).count(),
        escalationSeconds, retriedJobs, count(jdbc, "select count(*) from act_ru_incident"));
    assertThat(escalatedAtCut).as("the outage came while steps were being escalated")
        .isPositive().isLessThan(OVERDUE_STEPS);
    assertThat(escalations).isEqualTo(OVERDUE_STEPS);
    assertThat(jdbc.queryForList("select e.task_id " + ours, String.class))
        .containsExactlyInAnyOrderElementsOf(holders.keySet());
    assertThat(notified).isEqualTo(OVERDUE_STEPS);
    assertThat(mails).hasSize(OVERDUE_STEPS);
    assertThat(mailsPerTask.keySet()).containsExactlyInAnyOrderElementsOf(holders.keySet());
    assertThat(count(jdbc, "select count(*) from act_ru_incident")).isZero();
  }

  /**
   * {@value #TASKS} cases waiting at a user task for the clients to complete, and
   * {@value #OVERDUE_STEPS} steps whose due date has passed (their check is not due yet).
   */
  private static void prepareCasesAndOverdueSteps(SinergiProcess sinergi, JdbcTemplate jdbc,
      ConcurrentLinkedQueue<String> openTasks, Map<String, String> holders) throws Exception {
    HttpResponse<String> deployed = sinergi.deploy("uji-gangguan", Map.of(
        "outage-probe.bpmn", Bpmn.convertToString(Bpmn.createExecutableProcess("outage-probe")
            .name("Uji gangguan").camundaHistoryTimeToLive(1)
            .startEvent("Event_Started").name("Uji dimulai")
            .userTask("Task_Work").name("Kerjakan uji gangguan")
            .userTask("Task_Next").name("Langkah sesudah gangguan")
            .endEvent("Event_Done").name("Uji selesai").done()),
        "outage-overdue.bpmn", Bpmn.convertToString(Bpmn.createExecutableProcess(
            "outage-overdue").name("Uji tenggat gangguan").camundaHistoryTimeToLive(1)
            .startEvent("Event_Started").name("Uji dimulai")
            .userTask("Task_Waiting").name("Langkah uji menunggu").camundaAssignee("${assignee}")
            .multiInstance().parallel().cardinality("${steps}").multiInstanceDone()
            .endEvent("Event_Done").name("Uji selesai").done())));
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    for (int i = 0; i < 2; i++) {
      assertThat(sinergi.send("POST", "/engine-rest/user/create", "{\"profile\":{\"id\":"
          + "\"penerima-" + i + "\",\"firstName\":\"Uji\",\"lastName\":\"Gangguan\",\"email\":"
          + "\"penerima-" + i + "@sinergi.test\"},\"credentials\":{\"password\":"
          + "\"Sandi-Uji-2026!\"}}").statusCode()).isEqualTo(204);
    }
    for (int i = 0; i < TASKS; i++) {
      HttpResponse<String> started = sinergi.send("POST", "/engine-rest/process-definition/key/"
          + "outage-probe/start", "{\"businessKey\":\"gangguan-" + i + "\",\"variables\":"
          + "{\"pemdaCode\":{\"value\":\"52.02\"}}}");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    }
    openTasks.addAll(jdbc.queryForList("select t.id_ from act_ru_task t join act_re_procdef d on "
        + "d.id_ = t.proc_def_id_ where d.key_ = 'outage-probe'", String.class));
    assertThat(openTasks).hasSize(TASKS);
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> started = sinergi.send("POST", "/engine-rest/process-definition/key/"
          + "outage-overdue/start", "{\"businessKey\":\"tenggat-gangguan-" + i + "\","
          + "\"variables\":{\"pemdaCode\":{\"value\":\"52.02\"},\"assignee\":{\"value\":"
          + "\"penerima-" + i + "\"},\"steps\":{\"value\":" + OVERDUE_STEPS / 2 + ",\"type\":"
          + "\"Integer\"}}}");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    }
    jdbc.query("select t.id_, t.assignee_ from act_ru_task t join act_re_procdef d on d.id_ = "
        + "t.proc_def_id_ where d.key_ = 'outage-overdue'", rs -> {
          holders.put(rs.getString(1), rs.getString(2));
        });
    assertThat(holders).hasSize(OVERDUE_STEPS);
    assertThat(jdbc.update("update act_ru_task set due_date_ = ? where proc_def_id_ in (select "
        + "id_ from act_re_procdef where key_ = 'outage-overdue')",
        Timestamp.from(Instant.now().minusSeconds(60)))).isEqualTo(OVERDUE_STEPS);
  }

  private static long count(JdbcTemplate jdbc, String sql) {
    Long n = jdbc.queryForObject(sql, Long.class);
    return n == null ? 0 : n;
  }
}
