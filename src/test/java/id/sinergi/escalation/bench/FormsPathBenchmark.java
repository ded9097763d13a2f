package id.sinergi.escalation.bench;

import id.sinergi.support.BenchDatabase;
import static id.sinergi.escalation.bench.HttpBench.TASKLIST_ACCEPT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: what a step of the real cooperation costs through its forms, over HTTP, as the
 * demo users, against the same number of steps on a bare Camunda 7.24 engine with engine REST
 * ({@link BareEngineRestApp}); one run, the same PostgreSQL (databases of their own), rounds
 * alternating Sinergi and bare, medians.
 *
 * <p>Sinergi (postgres and demo profiles, job executor off): a cooperation of Lombok Utara
 * (52.08) from its start form to the first monthly report and quarterly evaluation, 18 user
 * tasks: the three tasks of the OPD data request it calls, then every cooperation task up to the
 * three PKS signatures, then the report and the evaluation. Each step is what Tasklist sends, as the
 * demo user whose group the task is for: the group filter's first page ({@code POST
 * filter/{id}/list}, narrowed to the case with {@code processInstanceId}), opening the task
 * ({@code GET task/{id}}, {@code form}, {@code deployed-form}, {@code form-variables}), claim,
 * for signature and letter steps the Dokumen tab and its PDF upload ({@code /api/tasks/{id}/
 * documents}), then {@code submit-form} with the form's fields. The start is a step of its own
 * (start form, its variables, {@code submit-form}). Not timed: executing the async continuations
 * and the month/quarter timers between steps (the job executor's work, done here in-process as
 * the system), finding the next task's user, ending the cooperation after the path.
 *
 * <p>Bare: a linear model with the same 18 task ids and the same Camunda Forms (the project's
 * {@code forms/*.form} deployed with it), one candidate group, the same requests per step with
 * the same submitted values, no uploads (plain Camunda has no document store and Tasklist no
 * file picker).
 *
 * <pre>
 * flock /work/notes/build.lock ./mvnw -B -o test -Dgroups=benchmark -Dtest=FormsPathBenchmark \
 *     [-Dbench.rounds=3 -Dbench.paths=3]
 * </pre>
 */
@Tag("benchmark")
class FormsPathBenchmark {

  private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  private static final int PATHS = Integer.getInteger("bench.paths", 3);
  private static final String PEMDA = "52.08";
  private static final List<String> DEMO_USERS = List.of("lotara.ekonomi", "lotara.diskop",
      "lotara.sekda", "lotara.bupati", "pip.kerjasama", "pip.kepala", "penyalur.pnm");
  private static final String STARTER = "lotara.ekonomi";
  private static final String BARE_USER = "bench.user";
  private static final String BARE_GROUP = "bench-group";
  private static final String COOPERATION = "pip-pemda-cooperation";
  private static final String BARE_KEY = "bench-cooperation-path";
  private static final String GROUP_FILTER = "Tugas kelompok saya";
  private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
      .getBytes(StandardCharsets.US_ASCII);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One user task of the path: its form, the fields Tasklist submits, documents first. */
  record Step(String key, String formRef, Map<String, Object> fields, List<String> documents) {}

  /** A JSON field (checklist, dynamic list): sent with type Json, as Tasklist does. */
  record Json(String text) {}

  private static final Map<String, Object> START = Map.of("initiative", "PERMOHONAN_PEMDA",
      "pemda", PEMDA, "background", "Permohonan Bagian Ekonomi Lombok Utara");

  static List<Step> steps() {
    String due = LocalDate.now().plusDays(7).toString();
    Map<String, Object> report = new HashMap<>(Map.of("month", "2026-01", "debtorsReached", 40,
        "amountDisbursed", 200000000L));
    report.put("kecamatanRows",
        new Json("[{\"kecamatan\":\"Tanjung\",\"debtors\":25,\"amount\":120000000}]"));
    return List.of(
        new Step("Task_PlanDataRequest", "datarequest-plan", Map.of("requests", new Json(
            "[{\"opdCode\":\"" + PEMDA + "-diskop\",\"kinds\":[\"PROGRAM\"],\"dueDate\":\"" + due
                + "\"}]")), List.of()),
        new Step("Task_SendData", "datarequest-answer", Map.of("answer", "PROVIDE", "programs",
            new Json("[{\"name\":\"Subsidi bunga pinjaman UMKM\",\"amount\":100000000,"
                + "\"quantity\":40}]")), List.of()),
        new Step("Task_ReviewAnswers", "datarequest-review", Map.of("action", "CLOSE"), List.of()),
        new Step("Task_PrepareProgramData", "cooperation-prepare-program-data", Map.of("programs",
            new Json("[{\"type\":\"FINANCING\",\"name\":\"Pinjaman tanpa bunga BPR NTB\","
                + "\"budget\":750000000,\"year\":2026,\"opd\":\"diskop\","
                + "\"targetBusinesses\":250}]")), List.of()),
        new Step("Task_ApproveInternally", "cooperation-internal-agreement",
            Map.of("decision", "SETUJU"), List.of()),
        new Step("Task_SubmitRequestLetter", "cooperation-request-letter", Map.of("letterNumber",
            "500/123/EKON/2026", "letterDate", "2026-02-02"), List.of("SURAT_PERMOHONAN")),
        new Step("Task_StudyCooperation", "cooperation-study", Map.of("outcome", "LAYAK",
            "summary", "Potensi debitur UMi memadai dan program Pemda saling melengkapi."),
            List.of()),
        new Step("Task_ProposeScheme", "cooperation-propose-scheme", Map.of("synergies",
            new Json("[\"DATA_CALON_DEBITUR\",\"PELATIHAN\"]"), "penyalur", "penyalur-pnm",
            "targetDebtors", 500, "targetAmount", 2500000000L), List.of()),
        new Step("Task_ReviewScheme", "cooperation-review-scheme", Map.of("decision", "SETUJU"),
            List.of()),
        new Step("Task_DraftAgreement", "cooperation-draft-agreement", Map.of("title",
            "Dokumen Kesepakatan UMi Lombok Utara", "commitments",
            "Data calon debitur dan pelatihan."), List.of()),
        new Step("Task_SignAgreementPemda", "cooperation-sign-agreement-pemda",
            signature("DK/LOTARA/1"), List.of("DOKUMEN_KESEPAKATAN_PEMDA")),
        new Step("Task_SignAgreementPip", "cooperation-sign-agreement-pip",
            signature("DK/PIP/1"), List.of("DOKUMEN_KESEPAKATAN_PIP")),
        new Step("Task_DraftPks", "cooperation-draft-pks", Map.of("pksNumber", "PKS-UJI/2026",
            "periodStart", "2026-01-01", "periodEnd", "2026-12-31", "targetDebtors", 1000,
            "targetAmount", 10000000000L), List.of()),
        new Step("Task_SignPksPemda", "cooperation-sign-pks-pemda", signature("PKS/LOTARA/1"),
            List.of("PKS_PEMDA")),
        new Step("Task_SignPksPip", "cooperation-sign-pks-pip", signature("PKS/PIP/1"),
            List.of("PKS_PIP")),
        new Step("Task_SignPksPenyalur", "cooperation-sign-pks-penyalur", signature("PNM/1"),
            List.of("PKS_PENYALUR")),
        new Step("Task_ReportDisbursement", "cooperation-disbursement-report", report, List.of()),
        new Step("Task_EvaluateQuarter", "cooperation-quarterly-evaluation", Map.of(
            "pemdaParticipants", "Kepala Bagian Ekonomi", "progressAssessment", "SESUAI_TARGET",
            "findings", "Penyaluran berjalan sesuai rencana.", "recommendations",
            "Perluas pendampingan ke kecamatan lain."), List.of()));
  }

  private static Map<String, Object> signature(String number) {
    return Map.of("documentNumber", number, "signedOn", "2026-03-01",
        "signerName", "Pejabat penandatangan");
  }

  /** One engine under test, over HTTP. */
  abstract static class Target {
    final String name;
    final int port;
    final String rest;
    final ProcessEngine engine;
    String groupFilter;

    Target(String name, int port, String rest, ProcessEngine engine) {
      this.name = name;
      this.port = port;
      this.rest = rest;
      this.engine = engine;
    }

    abstract String startKey();

    /** Untimed: prepares the next path (ends the previous cooperation). */
    abstract void beforePath();

    /** Untimed: what runs between steps (jobs, timers); the next step's task and user. */
    abstract Task next(String rootId, Step step);

    abstract String user(Task task);

    abstract boolean uploads();

    abstract void afterPath(String rootId);
  }

  /** Times per request type, per step key. */
  static final class Times {
    final Map<String, List<Double>> byType = new LinkedHashMap<>();
    final Map<String, List<Double>> statementsByType = new LinkedHashMap<>();
    final Map<String, List<Double>> byStep = new LinkedHashMap<>();
    double total;
    int steps;

    void add(String type, double millis) {
      byType.computeIfAbsent(type, k -> new ArrayList<>()).add(millis);
    }
  }

  @Test
  void cooperationPathAgainstABareEngine() throws Exception {
    String sinergiDb = HttpBench.PREFIX + "_path_sinergi";
    String bareDb = HttpBench.PREFIX + "_path_bare";
    BenchDatabase.recreate(sinergiDb);
    BenchDatabase.recreate(bareDb);
    ConfigurableApplicationContext sinergiApp = null;
    ConfigurableApplicationContext bareApp = null;
    try {
      sinergiApp = HttpBench.startSinergi(sinergiDb);
      bareApp = BareEngineRestApp.start(BenchDatabase.url(bareDb));
      List<Step> steps = steps();
      Target sinergi = sinergi(sinergiApp, sinergiDb);
      Target bare = bare(bareApp, steps);
      for (Target t : List.of(sinergi, bare)) {
        t.groupFilter = filterId(t, t == sinergi ? STARTER : BARE_USER);
      }
      // Warm-up: one path each.
      path(sinergi, steps, new Times());
      path(bare, steps, new Times());
      Map<String, List<Times>> results = new LinkedHashMap<>();
      for (int round = 1; round <= ROUNDS; round++) {
        List<Target> order = round % 2 == 1 ? List.of(sinergi, bare) : List.of(bare, sinergi);
        for (Target t : order) {
          BenchDatabase.vacuum(t == sinergi ? sinergiDb : bareDb);
          Times times = new Times();
          for (int p = 0; p < PATHS; p++) {
            path(t, steps, times);
          }
          results.computeIfAbsent(t.name, k -> new ArrayList<>()).add(times);
          System.out.printf("round %d %-8s %5.1f ms/step %5.1f steps/s (%d steps)%n", round,
              t.name, times.total / times.steps, 1000 * times.steps / times.total, times.steps);
        }
      }
      report(results, steps);
    } finally {
      if (bareApp != null) {
        bareApp.close();
      }
      if (sinergiApp != null) {
        sinergiApp.close();
      }
      if (!Boolean.getBoolean("bench.keep")) {
        BenchDatabase.drop(sinergiDb);
        BenchDatabase.drop(bareDb);
      }
    }
  }

  private static void report(Map<String, List<Times>> results, List<Step> steps) {
    System.out.printf("%nRESULT rounds=%d paths/round=%d steps/path=%d (+ start) load=%s%n",
        ROUNDS, PATHS, steps.size(), HttpBench.loadAverage());
    Map<String, Double> msPerStep = new LinkedHashMap<>();
    for (var entry : results.entrySet()) {
      List<Double> perStep = entry.getValue().stream().map(t -> t.total / t.steps).toList();
      msPerStep.put(entry.getKey(), BenchDatabase.median(perStep));
    }
    double s = msPerStep.get("sinergi");
    double b = msPerStep.get("bare");
    System.out.printf("RESULT per step (median of rounds): sinergi %.1f ms = %.1f steps/s, bare "
        + "%.1f ms = %.1f steps/s; sinergi/bare time %.2f, throughput ratio %.2f%n", s,
        1000 / s, b, 1000 / b, s / b, b / s);
    Set<String> types = new java.util.LinkedHashSet<>();
    results.values().forEach(l -> l.forEach(t -> types.addAll(t.byType.keySet())));
    for (String type : types) {
      double st = medianOf(results.get("sinergi"), type, true);
      double bt = medianOf(results.get("bare"), type, true);
      System.out.printf("RESULT request %-14s median ms: sinergi %6.1f  bare %6.1f  ratio %s;"
          + " SQL statements (median): sinergi %.0f  bare %.0f%n", type, st, bt,
          Double.isNaN(bt) ? "-" : String.format("%.2f", st / bt),
          statementsOf(results.get("sinergi"), type), statementsOf(results.get("bare"), type));
    }
    for (Step step : steps) {
      double st = medianOf(results.get("sinergi"), step.key(), false);
      double bt = medianOf(results.get("bare"), step.key(), false);
      System.out.printf("RESULT step %-24s median ms: sinergi %6.1f  bare %6.1f  ratio %.2f%n",
          step.key(), st, bt, st / bt);
    }
    double st = medianOf(results.get("sinergi"), "start", false);
    double bt = medianOf(results.get("bare"), "start", false);
    System.out.printf("RESULT step %-24s median ms: sinergi %6.1f  bare %6.1f  ratio %.2f%n",
        "start (start form)", st, bt, st / bt);
  }

  private static double statementsOf(List<Times> rounds, String type) {
    List<Double> all = new ArrayList<>();
    rounds.forEach(t -> all.addAll(t.statementsByType.getOrDefault(type, List.of())));
    return BenchDatabase.median(all);
  }

  private static double medianOf(List<Times> rounds, String key, boolean type) {
    List<Double> all = new ArrayList<>();
    for (Times t : rounds) {
      all.addAll((type ? t.byType : t.byStep).getOrDefault(key, List.of()));
    }
    return BenchDatabase.median(all);
  }

  /** One path: start form, then every step as Tasklist does it. Only the requests are timed. */
  private static void path(Target t, List<Step> steps, Times times) throws Exception {
    t.beforePath();
    String starter = t.name.equals("sinergi") ? STARTER : BARE_USER;
    double began = 0;
    String startPath = t.rest + "/process-definition/key/" + t.startKey();
    began += timed(times, "start-open", HttpBench.expect(HttpBench.get(t.port, startPath
        + "/deployed-start-form", starter), 200, t.name + " start form"));
    began += timed(times, "start-open", HttpBench.expect(HttpBench.get(t.port, startPath
        + "/form-variables", starter), 200, t.name + " start variables"));
    String body = variables(START);
    var started = sqlOf("start", t.name + " start submit", () -> HttpBench.expect(
        HttpBench.postJson(t.port, startPath + "/submit-form", starter, body, null), 200,
        t.name + " start"));
    began += timed(times, "start-submit", started);
    times.byStep.computeIfAbsent("start", k -> new ArrayList<>()).add(began);
    times.total += began;
    String rootId = JSON.readTree(started.body()).get("id").asText();
    for (Step step : steps) {
      Task task = t.next(rootId, step);
      String user = t.user(task);
      double ms = 0;
      String listBody = "{\"processVariables\":[],\"taskVariables\":[],"
          + "\"caseInstanceVariables\":[],\"processInstanceId\":\"" + task.getProcessInstanceId()
          + "\",\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
      var list = HttpBench.expect(HttpBench.postJson(t.port, t.rest + "/filter/" + t.groupFilter
          + "/list?firstResult=0&maxResults=15", user, listBody, TASKLIST_ACCEPT), 200,
          t.name + " list " + step.key());
      if (!list.body().contains(task.getId())) {
        throw new IllegalStateException(t.name + ": " + step.key() + " not in " + user
            + "'s group filter: " + list.body());
      }
      ms += timed(times, "list", list);
      String taskPath = t.rest + "/task/" + task.getId();
      ms += timed(times, "open", HttpBench.expect(HttpBench.send(t.port, "GET", taskPath, user,
          null, null, TASKLIST_ACCEPT), 200, t.name + " task"));
      ms += timed(times, "open", HttpBench.expect(HttpBench.get(t.port, taskPath + "/form",
          user), 200, t.name + " form"));
      ms += timed(times, "open", HttpBench.expect(HttpBench.get(t.port, taskPath
          + "/deployed-form", user), 200, t.name + " deployed form " + step.key()));
      ms += timed(times, "open", HttpBench.expect(HttpBench.get(t.port, taskPath
          + "/form-variables?deserializeValues=false", user), 200, t.name + " variables"));
      ms += timed(times, "claim", sqlOf(step.key(), t.name + " " + step.key() + " claim",
          () -> HttpBench.expect(HttpBench.postJson(t.port, taskPath + "/claim", user,
              "{\"userId\":\"" + user + "\"}", null), 204, t.name + " claim")));
      if (t.uploads() && !step.documents().isEmpty()) {
        ms += timed(times, "documents-tab", HttpBench.expect(HttpBench.get(t.port,
            "/api/tasks/" + task.getId() + "/documents", user), 200, "documents tab"));
        for (String kind : step.documents()) {
          ms += timed(times, "upload", HttpBench.expect(upload(t.port, task.getId(), user,
              kind), 201, "upload " + kind));
        }
      }
      String fields = variables(step.fields());
      ms += timed(times, "submit", sqlOf(step.key(), t.name + " " + step.key() + " submit",
          () -> HttpBench.expect(HttpBench.postJson(t.port, taskPath + "/submit-form", user,
              fields, null), 204, t.name + " submit " + step.key())));
      times.byStep.computeIfAbsent(step.key(), k -> new ArrayList<>()).add(ms);
      times.total += ms;
      times.steps++;
    }
    t.afterPath(rootId);
  }

  /**
   * Sends {@code request}; with {@code -Dbench.sql=<which>} ("start" or a step's key) also prints
   * the statements the engine prepared for it.
   */
  private static HttpBench.Answer sqlOf(String which, String what,
      Supplier<HttpBench.Answer> request) {
    if (!which.equals(System.getProperty("bench.sql"))) {
      return request.get();
    }
    CountingDataSource.capture = new CopyOnWriteArrayList<>();
    try {
      return request.get();
    } finally {
      CountingDataSource.capture.forEach(sql -> System.out.println("SQL " + what + ": "
          + CountingDataSource.kind(sql) + " | " + sql.substring(0, Math.min(160, sql.length()))));
      CountingDataSource.capture = null;
    }
  }

  private static double timed(Times times, String type, HttpBench.Answer answer) {
    times.add(type, answer.millis());
    times.statementsByType.computeIfAbsent(type, k -> new ArrayList<>())
        .add((double) answer.statements());
    return answer.millis();
  }

  /** Camunda REST variables as Tasklist sends them: plain values, Json fields typed. */
  private static String variables(Map<String, Object> fields) throws Exception {
    Map<String, Object> variables = new TreeMap<>();
    fields.forEach((name, value) -> variables.put(name, value instanceof Json json
        ? Map.of("value", json.text(), "type", "Json") : Map.of("value", value)));
    return JSON.writeValueAsString(Map.of("variables", variables));
  }

  private static HttpBench.Answer upload(int port, String taskId, String user, String kind) {
    String boundary = "bench" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n"
        + kind + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
        + "filename=\"" + kind.toLowerCase() + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(PDF);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpBench.send(port, "POST", "/api/tasks/" + taskId + "/documents", user,
        "multipart/form-data; boundary=" + boundary,
        HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()), null);
  }

  private static String filterId(Target t, String user) throws Exception {
    var answer = HttpBench.expect(HttpBench.get(t.port, t.rest + "/filter?resourceType=Task",
        user), 200, "filters");
    for (JsonNode filter : JSON.readTree(answer.body())) {
      if (GROUP_FILTER.equals(filter.get("name").asText())) {
        return filter.get("id").asText();
      }
    }
    throw new IllegalStateException(t.name + ": no filter " + GROUP_FILTER);
  }

  // ---- Sinergi ----

  private static Target sinergi(ConfigurableApplicationContext app, String database) {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    Map<String, String> userOfGroup = new HashMap<>();
    return new Target("sinergi", HttpBench.port(app), "/engine-rest", engine) {
      String startKey() {
        return COOPERATION;
      }

      void beforePath() {
        endOpenCooperation(engine, database);
      }

      Task next(String rootId, Step step) {
        for (int attempt = 0; attempt < 20; attempt++) {
          List<String> tree = new ArrayList<>(List.of(rootId));
          engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(rootId)
              .list().forEach(p -> tree.add(p.getId()));
          for (String id : tree) {
            List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(id)
                .taskDefinitionKey(step.key()).list();
            if (!open.isEmpty()) {
              return open.get(0);
            }
          }
          // the job executor's work: async continuations, then the month and quarter timers
          boolean ran = false;
          for (String id : tree) {
            for (Job job : engine.getManagementService().createJobQuery().processInstanceId(id)
                .executable().list()) {
              engine.getManagementService().executeJob(job.getId());
              ran = true;
            }
          }
          if (!ran) {
            for (String activity : List.of("Timer_MonthEnded", "Timer_QuarterEnded")) {
              for (Job job : engine.getManagementService().createJobQuery()
                  .processInstanceId(rootId).activityId(activity).timers().list()) {
                engine.getManagementService().executeJob(job.getId());
                ran = true;
              }
            }
          }
          if (!ran) {
            break;
          }
        }
        throw new IllegalStateException("sinergi: no open " + step.key() + " in " + rootId);
      }

      String user(Task task) {
        for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
          if (link.getGroupId() != null && link.getType().equals("candidate")) {
            String user = userOfGroup.computeIfAbsent(link.getGroupId(), g -> engine
                .getIdentityService().createUserQuery().memberOfGroup(g).list().stream()
                .map(User::getId).filter(DEMO_USERS::contains).findFirst().orElse(""));
            if (!user.isEmpty()) {
              return user;
            }
          }
        }
        throw new IllegalStateException("no demo user for " + task.getTaskDefinitionKey());
      }

      boolean uploads() {
        return true;
      }

      void afterPath(String rootId) {
        endOpenCooperation(engine, database);
      }
    };
  }

  /** Ends Lombok Utara's open cooperation, as CooperationTestSupport does in the tests. */
  private static void endOpenCooperation(ProcessEngine engine, String database) {
    try (var c = java.sql.DriverManager.getConnection(BenchDatabase.url(database), "postgres", "");
        var s = c.prepareStatement("select process_instance_id from coop_cooperation "
            + "where open_pemda_code = ?")) {
      s.setString(1, PEMDA);
      var rows = s.executeQuery();
      while (rows.next()) {
        String id = rows.getString(1);
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id)
            .count() > 0) {
          engine.getRuntimeService().deleteProcessInstance(id, "bench");
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    BenchDatabase.sql(database, "update coop_cooperation set open_pemda_code = null, "
        + "status = 'CLOSED' where open_pemda_code = '" + PEMDA + "'");
  }

  // ---- bare ----

  private static Target bare(ConfigurableApplicationContext app, List<Step> steps)
      throws Exception {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    var identity = engine.getIdentityService();
    User user = identity.newUser(BARE_USER);
    user.setPassword("demo");
    identity.saveUser(user);
    identity.saveGroup(identity.newGroup(BARE_GROUP));
    identity.createMembership(BARE_USER, BARE_GROUP);
    engine.getFilterService().saveFilter(engine.getFilterService().newTaskFilter(GROUP_FILTER)
        .setQuery(engine.getTaskService().createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned()
            .orderByDueDate().asc()));
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bench")
        .addModelInstance(BARE_KEY + ".bpmn", bareModel(steps));
    try (var forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        deployment.addString(form.getFileName().toString(), Files.readString(form));
      }
    }
    deployment.deploy();
    return new Target("bare", HttpBench.port(app), BareEngineRestApp.REST, engine) {
      String startKey() {
        return BARE_KEY;
      }

      void beforePath() {}

      Task next(String rootId, Step step) {
        return engine.getTaskService().createTaskQuery().processInstanceId(rootId)
            .taskDefinitionKey(step.key()).singleResult();
      }

      String user(Task task) {
        return BARE_USER;
      }

      boolean uploads() {
        return false;
      }

      void afterPath(String rootId) {
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(rootId)
            .count() != 0) {
          throw new IllegalStateException("bare path did not end");
        }
      }
    };
  }

  /** The path's task ids and forms in a line, one candidate group. */
  private static BpmnModelInstance bareModel(List<Step> steps) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(BARE_KEY)
        .camundaHistoryTimeToLive(30).startEvent("Event_Started")
        .camundaFormRef("cooperation-start").camundaFormRefBinding("latest");
    for (Step step : steps) {
      flow = flow.userTask(step.key()).name(step.key()).camundaCandidateGroups(BARE_GROUP)
          .camundaFormRef(step.formRef()).camundaFormRefBinding("latest");
    }
    return flow.endEvent("Event_Done").done();
  }
}
