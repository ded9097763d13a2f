package id.sinergi.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.sinergi.support.PostgresTestDatabase;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two Sinergi nodes (separate JVMs, both job executors on) on one PostgreSQL database, both
 * e-mailing to one SMTP server (GreenMail) in the test: Camunda's homogeneous cluster as a Pemda
 * would run it behind a load balancer.
 *
 * <ul>
 *   <li>a workload alternating between the nodes with deliberate collisions (two users claiming
 *       one task at once on different nodes, sibling tasks completed at once on different nodes,
 *       one task completed twice at once): no 5xx, a collision is a 409/404 with a reason in
 *       Indonesian, what one node completed the other sees at once;
 *   <li>{@value #DEFAULT_ESCALATIONS} steps overdue at once (system property
 *       {@code sinergi.cluster.escalations}): both job executors race for the work; every step
 *       gets exactly one level-1 escalation, one notification record and one e-mail, no
 *       incidents, and both nodes executed jobs;
 *   <li>an SLA changed through node A takes effect on node B within the documented bound;
 *   <li>the webapps' login session lives on one node (why a load balancer needs sticky
 *       sessions for browsers).
 * </ul>
 */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterTest {

  static final int DEFAULT_ESCALATIONS = 5000;
  private static final int ESCALATIONS = Integer.getInteger("sinergi.cluster.escalations",
      DEFAULT_ESCALATIONS);
  private static final int ROUNDS = Integer.getInteger("sinergi.cluster.rounds", 30);
  /** The cache bound of SLA rows and holidays on other nodes (sinergi.escalation.cache-ttl). */
  private static final Duration CACHE_TTL = Duration.ofSeconds(10);
  private static final String PROBE = "cluster-probe";
  private static final String OVERDUE = "cluster-overdue";
  private static final String WORKER_PASSWORD = "Sandi-Klaster-2026!";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TASK_LINK = Pattern.compile("\\?task=([0-9a-f-]+)");

  @TempDir static Path directory;

  private GreenMail smtp;
  private SinergiProcess a;
  private SinergiProcess b;
  private JdbcTemplate jdbc;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  void startTwoNodes() throws Exception {
    String database = PostgresTestDatabase.DATABASE + "_cluster";
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://"
        + PostgresTestDatabase.HOST + "/postgres", PostgresTestDatabase.USER, "");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
      s.execute("create database " + database);
    }
    jdbc = new JdbcTemplate(new SingleConnectionDataSource("jdbc:postgresql://"
        + PostgresTestDatabase.HOST + "/" + database, PostgresTestDatabase.USER, "", true));
    int smtpPort = freePort();
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "postgres",
        "DB_URL", "jdbc:postgresql://" + PostgresTestDatabase.HOST + "/" + database,
        "DB_USER", PostgresTestDatabase.USER, "DB_PASSWORD", "");
    long started = System.nanoTime();
    // The first node creates the schemas (Flyway, Camunda) on the empty database; the second
    // starts on them, as a second node joins a running installation.
    a = new SinergiProcess(Files.createDirectories(directory.resolve("node-a")), environment,
        node("node-a", smtpPort)).start(Duration.ofMinutes(6));
    long firstUp = System.nanoTime();
    b = new SinergiProcess(Files.createDirectories(directory.resolve("node-b")), environment,
        node("node-b", smtpPort)).start(Duration.ofMinutes(6));
    System.out.printf("cluster: node A up in %.0f s, node B in %.0f s more%n",
        (firstUp - started) / 1e9, (System.nanoTime() - firstUp) / 1e9);
    deployModels();
    for (String worker : List.of("petugas-a", "petugas-b")) {
      createUser(worker, worker + "@sinergi.test");
      ok(a.send("PUT", "/engine-rest/group/camunda-admin/members/" + worker, null));
    }
    for (int i = 0; i < 5; i++) {
      createUser("penerima-" + i, "penerima-" + i + "@sinergi.test");
    }
  }

  private static List<String> node(String name, int smtpPort) {
    return List.of(
        // Camunda records the executing node per job (ACT_HI_JOB_LOG.HOSTNAME_); two nodes on
        // one machine would otherwise both be "<ip>$default".
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
        // An idle job executor looks for due jobs at most every 10 s (Camunda's default: 60 s).
        "--camunda.bpm.job-execution.max-wait=10000");
  }

  @AfterAll
  void stop() throws Exception {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  @Order(1)
  void aWebappLoginLivesOnTheNodeThatTookIt() throws Exception {
    Map<String, String> cookies = new HashMap<>();
    exchange(a, "GET", "/camunda/app/tasklist/default/", null, cookies);
    HttpResponse<String> login = exchange(a, "POST",
        "/camunda/api/admin/auth/user/default/login/tasklist", "username="
            + URLEncoder.encode(SinergiProcess.ADMIN, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(SinergiProcess.PASSWORD, StandardCharsets.UTF_8), cookies);
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String count = "/camunda/api/engine/engine/default/task/count";
    assertThat(exchange(a, "GET", count, null, cookies).statusCode()).isEqualTo(200);
    // Tasklist's engine API reads engine failures as /engine-rest does: a task that is gone
    // (completed a moment ago by someone else) is a 404 with the reason, not a 500.
    HttpResponse<String> gone = exchange(a, "POST",
        "/camunda/api/engine/engine/default/task/tugas-tidak-ada/submit-form", "{}", cookies);
    assertThat(gone.statusCode()).as(gone.body()).isEqualTo(404);
    assertThat(json(gone).path("message").asText()).contains("tidak ditemukan");
    // The same browser sent to the other node: its session is unknown there.
    int onB = exchange(b, "GET", count, null, new HashMap<>(cookies)).statusCode();
    System.out.println("cluster: Tasklist session of node A on node B answers " + onB);
    assertThat(onB).isIn(401, 403);
    // HTTP Basic needs no session: both nodes answer.
    assertThat(a.send("GET", "/api/me", null).statusCode()).isEqualTo(200);
    assertThat(b.send("GET", "/api/me", null).statusCode()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void anSlaChangedOnOneNodeTakesEffectOnTheOtherWithinTheCacheBound() throws Exception {
    // Node B has read the SLA table: its probe task is due by the global default (5 days).
    assertThat(dueDays(start(b, PROBE, "sla-sebelum"))).isLessThan(10);
    HttpResponse<String> changed = a.send("POST", "/api/escalation/slas", "{\"processKey\":\""
        + PROBE + "\",\"dueWorkingDays\":20,\"level2AfterWorkingDays\":3,"
        + "\"level3AfterWorkingDays\":3}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(201);
    long changedAt = System.nanoTime();
    assertThat(dueDays(start(a, PROBE, "sla-a"))).as("node A at once")
        .isGreaterThanOrEqualTo(26);
    AtomicInteger probe = new AtomicInteger();
    await("SLA seen on node B").atMost(CACHE_TTL.plusSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> dueDays(start(b, PROBE, "sla-b-" + probe.getAndIncrement())) >= 26);
    double seenAfter = (System.nanoTime() - changedAt) / 1e9;
    System.out.printf("cluster: SLA changed on node A applied on node B after %.1f s%n",
        seenAfter);
    assertThat(seenAfter).as("seen on node B").isPositive();
    // The bound plus the time of one start under load.
    assertThat(seenAfter).isLessThan(CACHE_TTL.getSeconds() + 5.0);
  }

  @Test
  @Order(3)
  void aWorkloadAcrossBothNodesWithCollisionsNeverAnswers5xx() throws Exception {
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    AtomicInteger requests = new AtomicInteger();
    CyclicBarrier barrier = new CyclicBarrier(2);
    String[] instances = new String[ROUNDS];
    String[] leftTasks = new String[ROUNDS];
    int[][] claimStatus = new int[ROUNDS][2];
    int[][] doubleCompleteStatus = new int[ROUNDS][2];
    ExecutorService pool = Executors.newFixedThreadPool(2);
    long started = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int me = 0; me < 2; me++) {
      int self = me;
      SinergiProcess node = me == 0 ? a : b;
      String user = me == 0 ? "petugas-a" : "petugas-b";
      workers.add(pool.submit(() -> {
        for (int round = 0; round < ROUNDS; round++) {
          // Each round starts on the other node than the last.
          if (round % 2 == self) {
            HttpResponse<String> start = call(node, user, "POST", "/engine-rest/process-definition"
                + "/key/" + PROBE + "/start", "{\"businessKey\":\"klaster-" + round + "\","
                + "\"variables\":{\"pemdaCode\":{\"value\":\"52.02\"}}}", requests, outcomes,
                problems);
            instances[round] = start.statusCode() == 200 ? json(start).path("id").asText() : null;
          }
          barrier.await(60, TimeUnit.SECONDS);
          String instance = instances[round];
          if (instance == null) {
            problems.add("round " + round + ": no case started");
            barrier.await(60, TimeUnit.SECONDS);
            continue;
          }
          // Started on one node, visible on the other at once.
          JsonNode tasks = json(call(node, user, "GET", "/engine-rest/task?processInstanceId="
              + instance + "&sortBy=name&sortOrder=asc", null, requests, outcomes, problems));
          if (tasks.size() != 2) {
            problems.add("round " + round + ": node " + self + " sees " + tasks.size()
                + " tasks of a new case");
            barrier.await(60, TimeUnit.SECONDS);
            continue;
          }
          String left = taskId(tasks, "Task_Left");
          String right = taskId(tasks, "Task_Right");
          leftTasks[round] = left;
          barrier.await(60, TimeUnit.SECONDS);
          // Collision 1: both users claim the same task at the same moment, one on each node.
          claimStatus[round][self] = call(node, user, "POST", "/engine-rest/task/" + left
              + "/claim", "{\"userId\":\"" + user + "\"}", requests, outcomes, problems)
              .statusCode();
          barrier.await(60, TimeUnit.SECONDS);
          boolean wonClaim = claimStatus[round][self] == 204;
          if (round % 3 == 0) {
            // Collision 2: both complete the same task at once.
            doubleCompleteStatus[round][self] = completeWithRetry(node, user, left, requests,
                outcomes, problems);
            barrier.await(60, TimeUnit.SECONDS);
            if (!wonClaim) {
              completeWithRetry(node, user, right, requests, outcomes, problems);
            }
          } else {
            // Collision 3: the two sibling tasks completed at once on the two nodes meet in
            // the parallel join (an optimistic-locking conflict in the engine).
            completeWithRetry(node, user, wonClaim ? left : right, requests, outcomes, problems);
          }
          barrier.await(60, TimeUnit.SECONDS);
          // Completed on either node, seen completed on this one at once.
          JsonNode historic = json(call(node, user, "GET", "/engine-rest/history/process-instance/"
              + instance, null, requests, outcomes, problems));
          if (!"COMPLETED".equals(historic.path("state").asText())) {
            problems.add("round " + round + ": node " + self + " sees case " + instance + " "
                + historic.path("state").asText());
          }
          HttpResponse<String> completion = call(node, user, "GET", "/api/tasks/" + left
              + "/completion", null, requests, outcomes, problems);
          if (completion.statusCode() != 200 || !completion.body().contains("Tugas selesai")) {
            problems.add("round " + round + ": completion on node " + self + ": "
                + completion.statusCode() + " " + completion.body());
          }
        }
        return null;
      }));
    }
    for (Future<?> worker : workers) {
      worker.get(6, TimeUnit.MINUTES);
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("cluster workload: %d rounds, %d requests in %.0f s (%.1f req/s) on two "
        + "nodes, answers %s%n", ROUNDS, requests.get(), seconds, requests.get() / seconds,
        new TreeMap<>(outcomes));
    assertThat(problems).as("5xx, unclear refusals or stale reads").isEmpty();
    for (int round = 0; round < ROUNDS; round++) {
      assertThat(List.of(claimStatus[round][0], claimStatus[round][1]))
          .as("round %d: one claim wins, the other is refused", round)
          .containsExactlyInAnyOrder(204, 409);
      if (round % 3 == 0) {
        assertThat(doubleCompleteStatus[round][0] == 204 ^ doubleCompleteStatus[round][1] == 204)
            .as("round %d: exactly one of two completions of one task stored: %s", round,
                List.of(doubleCompleteStatus[round][0], doubleCompleteStatus[round][1]))
            .isTrue();
      }
    }
    assertThat(count("select count(*) from act_hi_procinst p join act_re_procdef d on d.id_ = "
        + "p.proc_def_id_ where d.key_ = ? and p.business_key_ like 'klaster-%' and p.state_ = "
        + "'COMPLETED'", PROBE)).isEqualTo(ROUNDS);
    assertThat(count("select count(*) from act_hi_taskinst t join act_re_procdef d on d.id_ = "
        + "t.proc_def_id_ join act_hi_procinst p on p.id_ = t.proc_inst_id_ where d.key_ = ? "
        + "and p.business_key_ like 'klaster-%' and t.delete_reason_ = 'completed'", PROBE))
        .as("every task completed once").isEqualTo(2L * ROUNDS);
    assertThat(count("select count(*) from act_ru_incident")).isZero();
  }

  @Test
  @Order(4)
  void stepsOverdueAtOnceEscalateExactlyOnceEachAcrossBothNodes() throws Exception {
    // Waiting steps: instances of a model with one multi-instance user task, 100 tasks each,
    // started alternately on both nodes; each instance's tasks held by one of five users.
    int perInstance = 100;
    int instances = (ESCALATIONS + perInstance - 1) / perInstance;
    long created = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<HttpResponse<String>>> starts = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      int steps = Math.min(perInstance, ESCALATIONS - i * perInstance);
      SinergiProcess node = i % 2 == 0 ? a : b;
      String body = "{\"businessKey\":\"tenggat-" + i + "\",\"variables\":{"
          + "\"pemdaCode\":{\"value\":\"52.02\"},\"assignee\":{\"value\":\"penerima-" + (i % 5)
          + "\"},\"steps\":{\"value\":" + steps + ",\"type\":\"Integer\"}}}";
      starts.add(pool.submit(() -> node.send("POST", "/engine-rest/process-definition/key/"
          + OVERDUE + "/start", body)));
    }
    for (Future<HttpResponse<String>> start : starts) {
      HttpResponse<String> answer = start.get(5, TimeUnit.MINUTES);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
    pool.shutdown();
    Map<String, String> holders = new HashMap<>();
    jdbc.query("select t.id_, t.assignee_ from act_ru_task t join act_re_procdef d on d.id_ = "
        + "t.proc_def_id_ where d.key_ = ?", rs -> {
          holders.put(rs.getString(1), rs.getString(2));
        }, OVERDUE);
    assertThat(holders).hasSize(ESCALATIONS);
    double createSeconds = (System.nanoTime() - created) / 1e9;

    // All due a minute ago; the check's timer due now: both job executors race for the work.
    int moved = jdbc.update("update act_ru_task set due_date_ = ? where proc_def_id_ in (select "
        + "id_ from act_re_procdef where key_ = ?)",
        Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)), OVERDUE);
    assertThat(moved).isEqualTo(ESCALATIONS);
    String checkJob = jdbc.queryForObject("select id_ from act_ru_job where process_def_key_ = "
        + "'overdue-step-check' and handler_type_ = 'timer-start-event'", String.class);
    SimpleDateFormat restDate = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    HttpResponse<String> due = a.send("PUT", "/engine-rest/job/" + checkJob + "/duedate",
        "{\"duedate\":\"" + restDate.format(new Date()) + "\"}");
    assertThat(due.statusCode()).as(due.body()).isEqualTo(204);
    long fired = System.nanoTime();

    String ours = "from esc_escalation e where e.process_key = '" + OVERDUE + "' and e.level = 1";
    Duration limit = Duration.ofSeconds(Long.getLong("sinergi.cluster.escalation-wait-seconds",
        Math.max(180, ESCALATIONS / 4)));
    String notified = "select count(*) from esc_notification n join esc_escalation e on e.id = "
        + "n.escalation_id where e.process_key = ?";
    long[] lastReport = {0};
    try {
      await("every escalation notified and e-mailed").atMost(limit)
          .pollInterval(Duration.ofSeconds(1)).until(() -> {
            long sentNow = count(notified, OVERDUE);
            if (System.nanoTime() - lastReport[0] > 30e9) {
              lastReport[0] = System.nanoTime();
              System.out.printf("cluster escalation: %.0f s: %d escalated, %d notified, %d "
                  + "e-mails%n", (lastReport[0] - fired) / 1e9, count("select count(*) " + ours),
                  sentNow, smtp.getReceivedMessages().length);
            }
            return sentNow >= ESCALATIONS && smtp.getReceivedMessages().length >= ESCALATIONS;
          });
    } catch (org.awaitility.core.ConditionTimeoutException notAll) {
      // The assertions below say what is missing.
    }
    long sent = count(notified, OVERDUE);
    double escalateSeconds = (System.nanoTime() - fired) / 1e9;
    // A little longer: anything sent twice would arrive now, and the count must hold.
    int mailed = smtp.getReceivedMessages().length;
    try {
      await("the mailbox holding still").during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(5)).until(() -> smtp.getReceivedMessages().length == mailed);
    } catch (org.awaitility.core.ConditionTimeoutException stillArriving) {
      // The assertions below count every e-mail per step.
    }
    MimeMessage[] mails = smtp.getReceivedMessages();
    Map<String, Integer> mailsPerTask = new HashMap<>();
    List<String> wrongRecipient = new ArrayList<>();
    for (MimeMessage mail : mails) {
      Matcher link = TASK_LINK.matcher(String.valueOf(mail.getContent()));
      String task = link.find() ? link.group(1) : "?";
      mailsPerTask.merge(task, 1, Integer::sum);
      Address[] to = mail.getAllRecipients();
      String expected = holders.get(task) + "@sinergi.test";
      if (to == null || to.length != 1 || !to[0].toString().equals(expected)) {
        wrongRecipient.add(task + " to " + java.util.Arrays.toString(to));
      }
    }
    Map<String, Long> jobsByNode = new LinkedHashMap<>();
    jdbc.query("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 "
        + "group by hostname_ order by hostname_", rs -> {
          jobsByNode.put(rs.getString(1), rs.getLong(2));
        });
    long failedJobs = count("select count(*) from act_hi_job_log where job_state_ = 1");
    System.out.printf("cluster escalation: %d steps created in %.0f s; %d escalated, %d "
        + "notified, %d e-mails in %.0f s after the check was due (%.1f escalations/s); jobs "
        + "by node %s; job failures logged %d%n", ESCALATIONS, createSeconds,
        count("select count(*) " + ours), sent, mails.length, escalateSeconds,
        ESCALATIONS / escalateSeconds, jobsByNode, failedJobs);

    assertThat(count("select count(distinct e.task_id) " + ours)).isEqualTo(ESCALATIONS);
    assertThat(count("select count(*) " + ours)).as("one level-1 escalation per step")
        .isEqualTo(ESCALATIONS);
    assertThat(jdbc.queryForList("select e.task_id " + ours, String.class))
        .containsExactlyInAnyOrderElementsOf(holders.keySet());
    assertThat(count("select count(*) from esc_escalation e where e.process_key = ? and "
        + "e.level > 1", OVERDUE)).isZero();
    assertThat(count("select count(*) from (select n.escalation_id from esc_notification n join "
        + "esc_escalation e on e.id = n.escalation_id where e.process_key = ? group by "
        + "n.escalation_id having count(*) = 1) once", OVERDUE))
        .as("one notification per escalation").isEqualTo(ESCALATIONS);
    assertThat(mails).as("one e-mail per escalation").hasSize(ESCALATIONS);
    assertThat(mailsPerTask.keySet()).containsExactlyInAnyOrderElementsOf(holders.keySet());
    assertThat(mailsPerTask.values()).allMatch(n -> n == 1);
    assertThat(wrongRecipient).as("each e-mail to the step's holder").isEmpty();
    assertThat(count("select count(*) from act_ru_incident")).as("incidents").isZero();
    assertThat(count("select count(*) from act_ru_job where exception_msg_ is not null"))
        .as("jobs left failing").isZero();
    assertThat(jobsByNode.keySet()).as("both nodes executed jobs")
        .contains("node-a", "node-b");
  }

  // ---------------------------------------------------------------------------------------

  private void deployModels() throws Exception {
    // Two sibling tasks meeting in a parallel join: the classic optimistic-locking collision.
    BpmnModelInstance probe = Bpmn.createExecutableProcess(PROBE).name("Uji klaster")
        .camundaHistoryTimeToLive(1)
        .startEvent("Event_Started").name("Uji dimulai")
        .parallelGateway("Gateway_Split")
        .userTask("Task_Left").name("Periksa kiri")
        .parallelGateway("Gateway_Join")
        .endEvent("Event_Done").name("Uji selesai")
        .moveToNode("Gateway_Split")
        .userTask("Task_Right").name("Periksa kanan")
        .connectTo("Gateway_Join")
        .done();
    BpmnModelInstance overdue = Bpmn.createExecutableProcess(OVERDUE).name("Uji tenggat klaster")
        .camundaHistoryTimeToLive(1)
        .startEvent("Event_Started").name("Uji dimulai")
        .userTask("Task_Waiting").name("Langkah uji menunggu").camundaAssignee("${assignee}")
        .multiInstance().parallel().cardinality("${steps}").multiInstanceDone()
        .endEvent("Event_Done").name("Uji selesai")
        .done();
    HttpResponse<String> deployed = a.deploy("uji-klaster", Map.of(
        PROBE + ".bpmn", Bpmn.convertToString(probe),
        OVERDUE + ".bpmn", Bpmn.convertToString(overdue)));
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
  }

  private void createUser(String id, String email) throws Exception {
    ok(a.send("POST", "/engine-rest/user/create", "{\"profile\":{\"id\":\"" + id
        + "\",\"firstName\":\"Uji\",\"lastName\":\"Klaster\",\"email\":\"" + email
        + "\"},\"credentials\":{\"password\":\"" + WORKER_PASSWORD + "\"}}"));
  }

  private static void ok(HttpResponse<String> answer) {
    assertThat(answer.statusCode() / 100).as(answer.statusCode() + " " + answer.body())
        .isEqualTo(2);
  }

  /** Starts a case of the probe model; returns one of its tasks. */
  private JsonNode start(SinergiProcess node, String key, String businessKey)
      throws Exception {
    HttpResponse<String> started = node.send("POST", "/engine-rest/process-definition/key/" + key
        + "/start", "{\"businessKey\":\"" + businessKey + "\",\"variables\":{\"pemdaCode\":"
        + "{\"value\":\"52.02\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    JsonNode tasks = json(node.send("GET", "/engine-rest/task?processInstanceId="
        + json(started).path("id").asText(), null));
    assertThat(tasks.size()).isEqualTo(2);
    return tasks.get(0);
  }

  /** Calendar days between a task's creation and its due date. */
  private static long dueDays(JsonNode task) throws Exception {
    SimpleDateFormat restDate = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    Date createdAt = restDate.parse(task.path("created").asText());
    Date dueAt = restDate.parse(task.path("due").asText());
    return Duration.between(createdAt.toInstant(), dueAt.toInstant()).toDays();
  }

  /** One request of the workload; anything but a 2xx or a clear refusal is a problem. */
  private static HttpResponse<String> call(SinergiProcess node, String user, String method,
      String path, String json, AtomicInteger requests, Map<String, AtomicInteger> outcomes,
      ConcurrentLinkedQueue<String> problems) throws IOException, InterruptedException {
    HttpResponse<String> answer = node.send(user, WORKER_PASSWORD, method, path, json);
    requests.incrementAndGet();
    int status = answer.statusCode();
    outcomes.computeIfAbsent(String.valueOf(status), k -> new AtomicInteger()).incrementAndGet();
    if (status >= 500) {
      problems.add(method + " " + path + ": " + status + " " + answer.body());
    } else if (status >= 400) {
      String message = json(answer).path("message").asText("");
      if (message.isBlank() || message.contains("Exception") || message.contains("ENGINE-")) {
        problems.add(method + " " + path + ": " + status + " without a clear reason: "
            + answer.body());
      }
    }
    return answer;
  }

  /**
   * Completes a task as a user would: a 409 (someone changed the case at the same moment) is
   * tried again after a moment. @return the first answer's status that is not a 409, or 409
   */
  private static int completeWithRetry(SinergiProcess node, String user, String task,
      AtomicInteger requests, Map<String, AtomicInteger> outcomes,
      ConcurrentLinkedQueue<String> problems) throws IOException, InterruptedException {
    AtomicInteger attempts = new AtomicInteger();
    AtomicInteger status = new AtomicInteger();
    await("completion of " + task).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
        .atMost(Duration.ofSeconds(30)).until(() -> {
          status.set(call(node, user, "POST", "/engine-rest/task/" + task + "/complete", "{}",
              requests, outcomes, problems).statusCode());
          return status.get() != 409 || attempts.incrementAndGet() >= 5;
        });
    return status.get();
  }

  private static String taskId(JsonNode tasks, String activityId) {
    for (JsonNode task : tasks) {
      if (activityId.equals(task.path("taskDefinitionKey").asText())) {
        return task.path("id").asText();
      }
    }
    throw new IllegalStateException("no task " + activityId + " in " + tasks);
  }

  private long count(String sql, Object... arguments) {
    Long n = jdbc.queryForObject(sql, Long.class, arguments);
    return n == null ? 0 : n;
  }

  private static JsonNode json(HttpResponse<String> answer) {
    try {
      String body = answer.body();
      return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  /** A browser-like request: cookies kept per node by hand (cookies ignore ports). */
  private HttpResponse<String> exchange(SinergiProcess node, String method, String path,
      String form, Map<String, String> cookies) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + node.port() + path)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json, text/html");
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "="
          + e.getValue()).collect(Collectors.joining("; ")));
    }
    if (cookies.containsKey("XSRF-TOKEN")) {
      request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    if (form != null) {
      request.header("Content-Type", form.startsWith("{") ? "application/json"
          : "application/x-www-form-urlencoded")
          .method(method, HttpRequest.BodyPublishers.ofString(form));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (String cookie : answer.headers().allValues("Set-Cookie")) {
      String pair = cookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0) {
        cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }
    return answer;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
