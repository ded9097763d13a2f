package id.sinergi.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.Api;
import id.sinergi.support.SinergiPostgresTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every demo role against every resource a user can reach, read and write, through the app's
 * REST API and the engine REST API, on PostgreSQL: the access model as a table. A row names a
 * request and the roles allowed; everyone else must be refused (403/404, or an empty list), and
 * nobody may ever get a 5xx. Each request is sent as every role.
 */
@SinergiPostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

  /** The demo roles: one user each. */
  static final List<String> ROLES = List.of("admin", "manajer", "pip.kerjasama",
      "loteng.ekonomi", "sumbawa.ekonomi", "sumbawa.diskop", "lotara.ekonomi", "penyalur.pnm",
      "stipark.staf");

  static final Set<String> OVERSIGHT = Set.of("admin", "manajer", "pip.kerjasama");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;

  String loteng;
  String sumbawa;
  String lotara;
  String sumbawaRequest;
  long sumbawaRequestCase;
  String cohort;
  long cohortId;
  long lotaraCooperation;
  long sumbawaCooperation;
  String lotengTask;
  String sumbawaTask;
  String cleanupJob;

  @BeforeAll
  void findTheDemoCases() {
    loteng = instanceOf("52.02");
    sumbawa = instanceOf("52.04");
    lotara = instanceOf("52.08");
    lotaraCooperation = jdbc.queryForObject(
        "select id from coop_cooperation where pemda_code = '52.08'", Long.class);
    sumbawaCooperation = jdbc.queryForObject(
        "select id from coop_cooperation where pemda_code = '52.04'", Long.class);
    sumbawaRequestCase = jdbc.queryForObject("select id from datarequest_case where pemda_code = "
        + "'52.04' and caller_reference = 'demo'", Long.class);
    sumbawaRequest = jdbc.queryForObject("select process_instance_id from datarequest_case "
        + "where id = ?", String.class, sumbawaRequestCase);
    cohortId = jdbc.queryForObject("select id from incubation_cohort where name = ?",
        Long.class, "Pra-inkubasi IKM Lombok Timur (demo)");
    cohort = jdbc.queryForObject("select process_instance_id from incubation_cohort where id = ?",
        String.class, cohortId);
    lotengTask = engine.getTaskService().createTaskQuery().processInstanceId(loteng)
        .taskDefinitionKey("Task_PrepareProgramData").singleResult().getId();
    sumbawaTask = engine.getTaskService().createTaskQuery().processInstanceId(sumbawa)
        .taskDefinitionKey("Task_ApproveInternally").singleResult().getId();
    engine.getHistoryService().cleanUpHistoryAsync(true);
    cleanupJob = engine.getHistoryService().findHistoryCleanupJobs().get(0).getId();
  }

  private String instanceOf(String pemda) {
    return jdbc.queryForObject("select process_instance_id from coop_cooperation where "
        + "pemda_code = ? and open_pemda_code is not null", String.class, pemda);
  }

  /** Who reads the cases of a Pemda: its own staff and the oversight roles. */
  static Set<String> readers(String... staff) {
    Set<String> allowed = new java.util.HashSet<>(OVERSIGHT);
    allowed.addAll(List.of(staff));
    return allowed;
  }

  enum Kind { ONE, LIST, WRITE }

  record Row(String name, HttpMethod method, String path, Object body, Kind kind,
      Set<String> allowed) {}

  List<Row> reads() {
    List<Row> rows = new ArrayList<>();
    // Engine REST: runtime and history of each case.
    for (var c : List.of(Map.entry(loteng, readers("loteng.ekonomi")),
        Map.entry(sumbawa, readers("sumbawa.ekonomi", "sumbawa.diskop")),
        Map.entry(lotara, readers("lotara.ekonomi", "penyalur.pnm")),
        Map.entry(sumbawaRequest, readers("sumbawa.ekonomi", "sumbawa.diskop")),
        Map.entry(cohort, readers("stipark.staf")))) {
      String pi = c.getKey();
      rows.add(new Row("instance " + pi, HttpMethod.GET, "/engine-rest/process-instance/" + pi,
          null, Kind.ONE, c.getValue()));
      rows.add(new Row("variables " + pi, HttpMethod.GET,
          "/engine-rest/process-instance/" + pi + "/variables", null, Kind.ONE, c.getValue()));
      rows.add(new Row("activity instances " + pi, HttpMethod.GET,
          "/engine-rest/process-instance/" + pi + "/activity-instances", null, Kind.ONE,
          c.getValue()));
      rows.add(new Row("history " + pi, HttpMethod.GET,
          "/engine-rest/history/process-instance?processInstanceId=" + pi, null, Kind.LIST,
          c.getValue()));
      rows.add(new Row("historic activities " + pi, HttpMethod.GET,
          "/engine-rest/history/activity-instance?processInstanceId=" + pi, null, Kind.LIST,
          c.getValue()));
      rows.add(new Row("historic variables " + pi, HttpMethod.GET,
          "/engine-rest/history/variable-instance?processInstanceId=" + pi, null, Kind.LIST,
          c.getValue()));
      rows.add(new Row("instances list " + pi, HttpMethod.GET,
          "/engine-rest/process-instance?processInstanceIds=" + pi, null, Kind.LIST,
          c.getValue()));
      rows.add(new Row("documents " + pi, HttpMethod.GET,
          "/api/process-instances/" + pi + "/documents", null, Kind.ONE, c.getValue()));
    }
    // Tasks: a task is visible to its candidate group and the managers (and admins).
    rows.add(new Row("Lombok Tengah's task", HttpMethod.GET, "/engine-rest/task/" + lotengTask,
        null, Kind.ONE, Set.of("admin", "manajer", "loteng.ekonomi")));
    rows.add(new Row("Sumbawa's task list", HttpMethod.GET,
        "/engine-rest/task?processInstanceId=" + sumbawa, null, Kind.LIST,
        Set.of("admin", "manajer")));
    // Comments and attachments belong to the case: whoever reads the case reads them.
    rows.add(new Row("comments of Lombok Tengah's task", HttpMethod.GET,
        "/engine-rest/task/" + lotengTask + "/comment", null, Kind.ONE,
        readers("loteng.ekonomi")));
    rows.add(new Row("attachments of Lombok Tengah's task", HttpMethod.GET,
        "/engine-rest/task/" + lotengTask + "/attachment", null, Kind.ONE,
        readers("loteng.ekonomi")));
    // App REST.
    rows.add(new Row("Lombok Utara's cooperation", HttpMethod.GET,
        "/api/cooperations/" + lotaraCooperation, null, Kind.ONE,
        readers("lotara.ekonomi", "penyalur.pnm")));
    rows.add(new Row("Sumbawa's cooperation", HttpMethod.GET,
        "/api/cooperations/" + sumbawaCooperation, null, Kind.ONE,
        readers("sumbawa.ekonomi", "sumbawa.diskop")));
    rows.add(new Row("Sumbawa's data request", HttpMethod.GET,
        "/api/data-requests/" + sumbawaRequestCase, null, Kind.ONE,
        readers("sumbawa.ekonomi", "sumbawa.diskop")));
    rows.add(new Row("STIPark's cohort", HttpMethod.GET, "/api/incubation/cohorts/" + cohortId,
        null, Kind.ONE, readers("stipark.staf")));
    // System resources: administrators (and, read only, managers).
    rows.add(new Row("jobs", HttpMethod.GET, "/engine-rest/job", null, Kind.ONE,
        Set.of("admin", "manajer")));
    rows.add(new Row("history cleanup job", HttpMethod.GET,
        "/engine-rest/history/cleanup/jobs", null, Kind.ONE, Set.of("admin", "manajer")));
    rows.add(new Row("job definitions", HttpMethod.GET, "/engine-rest/job-definition", null,
        Kind.ONE, Set.of("admin", "manajer")));
    rows.add(new Row("batches", HttpMethod.GET, "/engine-rest/batch", null, Kind.ONE,
        Set.of("admin", "manajer")));
    rows.add(new Row("SLAs", HttpMethod.GET, "/api/escalation/slas", null, Kind.ONE,
        Set.of("admin")));
    return rows;
  }

  List<Row> writes() {
    Map<String, Object> variable = Map.of("value", "x", "type", "String");
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("write a task variable", HttpMethod.PUT,
        "/engine-rest/task/" + lotengTask + "/variables/cooperationId", variable, Kind.WRITE,
        Set.of()));
    rows.add(new Row("write a task-local variable", HttpMethod.PUT,
        "/engine-rest/task/" + lotengTask + "/localVariables/note", variable, Kind.WRITE,
        Set.of()));
    rows.add(new Row("modify process variables", HttpMethod.POST,
        "/engine-rest/process-instance/" + loteng + "/variables",
        Map.of("modifications", Map.of("pemdaCode", variable)), Kind.WRITE, Set.of()));
    rows.add(new Row("comment on Lombok Tengah's task", HttpMethod.POST,
        "/engine-rest/task/" + lotengTask + "/comment/create", Map.of("message", "uji"),
        Kind.WRITE, Set.of("loteng.ekonomi")));
    rows.add(new Row("comment on Sumbawa's task", HttpMethod.POST,
        "/engine-rest/task/" + sumbawaTask + "/comment/create", Map.of("message", "uji"),
        Kind.WRITE, Set.of()));
    rows.add(new Row("suspend the history cleanup job", HttpMethod.PUT,
        "/engine-rest/job/" + cleanupJob + "/suspended", Map.of("suspended", true), Kind.WRITE,
        Set.of()));
    rows.add(new Row("re-date the history cleanup job", HttpMethod.PUT,
        "/engine-rest/job/" + cleanupJob + "/duedate", Map.of("duedate",
            "2030-01-01T00:00:00.000+0000"), Kind.WRITE, Set.of()));
    rows.add(new Row("check another user's password", HttpMethod.POST,
        "/engine-rest/identity/verify", Map.of("username", "sumbawa.sekda", "password", "demo"),
        Kind.WRITE, Set.of()));
    rows.add(new Row("create an SLA", HttpMethod.POST, "/api/escalation/slas",
        Map.of("processKey", "pip-pemda-cooperation", "activityId", "Task_AccessMatrix",
            "dueWorkingDays", 3, "level2AfterWorkingDays", 2, "level3AfterWorkingDays", 2),
        Kind.WRITE, Set.of()));
    rows.add(new Row("start a data request for Sumbawa", HttpMethod.POST,
        "/engine-rest/process-definition/key/cross-opd-data-request/start", Map.of("variables",
            Map.of("pemdaCode", Map.of("value", "52.04"), "dataKinds",
                Map.of("value", "PROGRAM"))), Kind.WRITE,
        Set.of("sumbawa.ekonomi", "pip.kerjasama")));
    return rows;
  }

  @Test
  void everyRoleReadsExactlyWhatTheAccessModelSays() {
    Map<String, String> wrong = new TreeMap<>();
    for (Row row : reads()) {
      for (String role : ROLES) {
        check(row, role, wrong);
      }
    }
    assertThat(wrong).as("role × resource decisions that differ from the access model").isEmpty();
  }

  @Test
  void noRoleWritesWhatTheAccessModelForbids() {
    Map<String, String> wrong = new TreeMap<>();
    for (Row row : writes()) {
      for (String role : ROLES) {
        if (role.equals("admin") || row.allowed().contains(role)) {
          continue; // allowed writes change state; they are checked by their own tests
        }
        check(row, role, wrong);
      }
    }
    assertThat(wrong).as("forbidden writes that were not refused").isEmpty();
    assertThat(engine.getManagementService().createJobQuery().jobId(cleanupJob).singleResult()
        .isSuspended()).isFalse();
    assertThat(engine.getRuntimeService().getVariable(loteng, "pemdaCode")).isNull();
  }

  @Test
  void nobodyWithoutCredentialsReachesAnything() {
    Map<String, String> wrong = new TreeMap<>();
    for (Row row : reads()) {
      ResponseEntity<String> answer = send(Api.anonymous(port), row);
      if (answer.getStatusCode().value() != 401) {
        wrong.put(row.name(), "anonymous got " + answer.getStatusCode().value());
      }
    }
    assertThat(wrong).isEmpty();
  }

  private void check(Row row, String role, Map<String, String> wrong) {
    ResponseEntity<String> answer = send(Api.demo(port, role), row);
    int status = answer.getStatusCode().value();
    boolean allowed = role.equals("admin") || row.allowed().contains(role);
    String key = row.name() + " as " + role;
    if (status >= 500) {
      wrong.put(key, "answered " + status + ": " + answer.getBody());
      return;
    }
    boolean granted = switch (row.kind()) {
      case ONE, WRITE -> status >= 200 && status < 300;
      case LIST -> status == 200 && answer.getBody() != null && !answer.getBody().equals("[]");
    };
    boolean refused = switch (row.kind()) {
      case ONE, WRITE -> status == 403 || status == 404 || (status == 400 && row.kind() == Kind.WRITE
          && answer.getBody() != null && answer.getBody().contains("kolom"));
      case LIST -> status == 403 || (status == 200 && "[]".equals(answer.getBody()));
    };
    if (allowed && !granted) {
      wrong.put(key, "should be allowed, answered " + status + ": " + abbreviate(answer));
    } else if (!allowed && !refused) {
      wrong.put(key, "should be refused, answered " + status + ": " + abbreviate(answer));
    }
  }

  private static String abbreviate(ResponseEntity<String> answer) {
    String body = answer.getBody() == null ? "" : answer.getBody();
    return body.length() > 160 ? body.substring(0, 160) + "…" : body;
  }

  private static ResponseEntity<String> send(org.springframework.web.client.RestClient client,
      Row row) {
    var request = client.method(row.method()).uri(row.path());
    if (row.body() != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(row.body());
    }
    return request.retrieve().toEntity(String.class);
  }

  /** The matrix as the README prints it, for a reader who wants the whole picture. */
  static Map<String, Map<String, Boolean>> table(List<Row> rows) {
    Map<String, Map<String, Boolean>> table = new LinkedHashMap<>();
    rows.forEach(r -> {
      Map<String, Boolean> byRole = new LinkedHashMap<>();
      ROLES.forEach(role -> byRole.put(role, role.equals("admin") || r.allowed().contains(role)));
      table.put(r.name(), byRole);
    });
    return table;
  }
}
