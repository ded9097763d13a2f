package id.sinergi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.kernel.caller.Callers;
import id.sinergi.support.Api;
import id.sinergi.support.SinergiSpringTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * What an operator gets: the Prometheus endpoint for administrators only (health stays public),
 * the overdue-steps gauge equal to the demo's overdue steps, Camunda's engine metrics counting,
 * import counters, and one searchable log line per refusal and import without a NIK in it.
 */
@SinergiSpringTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired WorkloadMetrics workload;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void prometheusIsForAdministratorsOnlyAndHealthStaysPublic() {
    assertThat(status(Api.anonymous(port), "/actuator/prometheus")).isEqualTo(401);
    assertThat(status(Api.as(port, "admin", "salah"), "/actuator/prometheus")).isEqualTo(401);
    assertThat(status(Api.demo(port, "loteng.ekonomi"), "/actuator/prometheus")).isEqualTo(403);
    assertThat(status(Api.demo(port, "manajer"), "/actuator/prometheus")).isEqualTo(403);
    assertThat(prometheus("admin").retrieve().toBodilessEntity().getStatusCode().value())
        .isEqualTo(200);
    assertThat(status(Api.anonymous(port), "/actuator/health")).isEqualTo(200);
    // Endpoints not exposed stay closed to non-administrators too.
    assertThat(status(Api.demo(port, "loteng.ekonomi"), "/actuator/env")).isEqualTo(403);
  }

  @Test
  void overdueStepsGaugeEqualsTheDemosOverdueSteps() {
    workload.refresh();
    Date now = ClockUtil.getCurrentTime();
    long overdue = engine.getTaskService().createTaskQuery().dueBefore(now).count();
    long open = engine.getTaskService().createTaskQuery().count();
    long lombokTengahOverdue = engine.getTaskService().createTaskQuery().tenantIdIn("52.02")
        .dueBefore(now).count();
    assertThat(overdue).as("the demo has overdue steps (Lombok Tengah, Sumbawa)").isPositive();
    assertThat(lombokTengahOverdue).isPositive();

    String scrape = scrape();
    assertThat(sum(scrape, "sinergi_steps_overdue", null)).isEqualTo(overdue);
    assertThat(sum(scrape, "sinergi_steps_overdue", "pemda=\"52.02\"")).isEqualTo(
        lombokTengahOverdue);
    assertThat(sum(scrape, "sinergi_steps_open", null)).isEqualTo(open);
    assertThat(sum(scrape, "sinergi_steps_overdue",
        "process=\"pip-pemda-cooperation\",")).isPositive();
    assertThat(scrape).contains("sinergi_notifications_waiting{",
        "sinergi_metrics_refresh_seconds_count");
    // The tests' job executor is off, so escalations exist only where a test drove them.
    assertThat(sum(scrape, "sinergi_escalations_open", null)).isEqualTo(jdbc.queryForObject(
        "select count(*) from esc_escalation where resolved_at is null", Long.class)
        .doubleValue());
    assertThat(sum(scrape, "sinergi_incidents", null)).isEqualTo(
        (double) engine.getRuntimeService().createIncidentQuery().count());
  }

  @Test
  void camundaEngineMetricsCount() {
    String before = scrape();
    assertThat(before).contains("camunda_activity_instance_start_total",
        "camunda_job_acquired_success_total", "camunda_job_successful_total",
        "camunda_job_failed_total", "camunda_executed_decision_elements_total");
    double decisions = sum(before, "camunda_executed_decision_elements_total", null);

    engine.getDecisionService().evaluateDecisionTableByKey("incubation-graduation",
        Variables.createVariables().putValue("attendanceRate", 90.0)
            .putValue("averageScore", 3.5).putValue("lowestScore", 3));

    assertThat(sum(scrape(), "camunda_executed_decision_elements_total", null))
        .isGreaterThan(decisions);
  }

  @Test
  void aRefusedFormSubmissionIsOneLogLineWithCaseKeyPemdaAndUser(CapturedOutput output) {
    Task task = engine.getTaskService().createTaskQuery().tenantIdIn("52.02")
        .taskDefinitionKey("Task_PrepareProgramData").singleResult();
    assertThat(task).as("the demo's Lombok Tengah waits for its programme data").isNotNull();
    Callers.authenticate(engine.getIdentityService(), "loteng.ekonomi");
    try {
      engine.getTaskService().complete(task.getId(), Map.of());
    } catch (RuntimeException expected) {
      // refused: the form's required fields are missing
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    List<String> lines = lines(output, "REFUSED");
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).contains("status=400", "user=loteng.ekonomi", "pemda=52.02",
        "case=KS-52.02-", "task=" + task.getId(), "reason=\"Kolom ");
  }

  @Test
  void importsAreCountedAndLoggedWithoutNik(CapturedOutput output) {
    var stipark = Api.demo(port, "stipark.staf");
    List<Map<String, Object>> cohorts = stipark.get().uri("/api/incubation/cohorts").retrieve()
        .body(LIST);
    // The demo's cohort, by name: other tests in the shared context open cohorts too.
    Number cohortId = (Number) cohorts.stream()
        .filter(c -> "Pra-inkubasi IKM Lombok Timur (demo)".equals(c.get("name")))
        .findFirst().orElseThrow().get("id");
    String nik = "5203015107850003";
    // The demo cohort is past recruiting: the whole file is refused (and nothing changes).
    String csv = "nama_usaha;nama_pemilik;nik;nib;kode_pemda;alamat;sektor;skala;kebutuhan\n"
        + "Kopi Sembalun;Amaq Sahir;" + nik + ";;52.03;Sembalun;PANGAN_OLAHAN;MIKRO;KEMASAN\n"
        + "Kopi Sembalun Dua;Inaq Sahir;" + nik + ";;52.03;Sembalun;PANGAN_OLAHAN;MIKRO;"
        + "KEMASAN\n";
    double refusedBefore = sum(scrape(), "sinergi_imports_total",
        "kind=\"incubation-candidates\",outcome=\"refused\"");

    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "calon-" + nik + ".csv";
      }
    });
    ResponseEntity<Map<String, Object>> refused = stipark.post()
        .uri("/api/incubation/cohorts/{id}/candidates/import", cohortId)
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(JSON);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);

    assertThat(sum(scrape(), "sinergi_imports_total",
        "kind=\"incubation-candidates\",outcome=\"refused\"")).isEqualTo(refusedBefore + 1);
    List<String> imports = lines(output, "IMPORT kind=incubation-candidates");
    assertThat(imports).hasSize(1);
    assertThat(imports.get(0)).contains("outcome=refused", "user=stipark.staf", "pemda=52.03",
        "case=cohort-" + cohortId, "rows=2", "errors=1", "file=\"calon-520301**********.csv\"");
    List<String> refusals = lines(output, "REFUSED");
    assertThat(refusals).hasSize(1);
    assertThat(refusals.get(0)).contains("status=400", "user=stipark.staf",
        "POST /api/incubation/cohorts/" + cohortId + "/candidates/import",
        "sudah ditutup");
    assertThat(output.getAll()).doesNotContain(nik);
  }

  @Test
  void theGrafanaDashboardReadsMetricsSinergiHas() throws Exception {
    String dashboard = java.nio.file.Files.readString(
        java.nio.file.Path.of("ops/grafana/sinergi-dashboard.json"));
    String scrape = scrape();
    List<String> families = WorkloadMetrics.FAMILIES.stream()
        .map(f -> f.replace('.', '_')).toList();
    Matcher metric = Pattern.compile("\\b((?:sinergi|camunda)_[a-z_]+)").matcher(dashboard);
    int checked = 0;
    while (metric.find()) {
      String name = metric.group(1).replaceAll("_(sum|count|max|bucket)$", "");
      assertThat(scrape.contains("\n" + name) || families.contains(name))
          .as("dashboard metric %s", name).isTrue();
      checked++;
    }
    assertThat(checked).isGreaterThan(15);
  }

  @Test
  void everyLogLineMasksNik(CapturedOutput output) {
    org.slf4j.LoggerFactory.getLogger("id.sinergi.operations.test").info(
        "Baris 3: NIK 5204015107850003 ditolak; nomor lain 12345678901234567 tetap",
        new IllegalStateException("NIK 5204015107850003 tidak valid"));
    assertThat(output.getAll()).contains("NIK 520401********** ditolak",
        "12345678901234567", "IllegalStateException: NIK 520401********** tidak valid")
        .doesNotContain("5204015107850003");
  }

  private String scrape() {
    ResponseEntity<String> response = prometheus("admin").retrieve().toEntity(String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    return response.getBody();
  }

  private org.springframework.web.client.RestClient.RequestHeadersSpec<?> prometheus(
      String user) {
    return org.springframework.web.client.RestClient.builder()
        .baseUrl("http://localhost:" + port)
        .defaultStatusHandler(status -> true, (request, response) -> { }).build().get()
        .uri("/actuator/prometheus").headers(h -> h.setBasicAuth(user, "demo"))
        .accept(MediaType.TEXT_PLAIN);
  }

  private static int status(org.springframework.web.client.RestClient client, String path) {
    return client.get().uri(path).retrieve().toBodilessEntity().getStatusCode().value();
  }

  /** The sum of a metric's samples whose labels contain {@code labels} (all when null). */
  static double sum(String scrape, String metric, String labels) {
    Matcher line = Pattern.compile("(?m)^" + metric + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
    double total = 0;
    while (line.find()) {
      if (labels == null || (line.group(1) + ",").contains(labels)) {
        total += Double.parseDouble(line.group(2));
      }
    }
    return total;
  }

  private static List<String> lines(CapturedOutput output, String marker) {
    List<String> found = new ArrayList<>();
    for (String line : output.getAll().split("\\R")) {
      if (line.contains(marker)) {
        found.add(line);
      }
    }
    return found;
  }
}
