package id.sinergi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.Api;
import id.sinergi.support.SinergiPostgresTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * One cooperation from its start to the first disbursement report and the first quarterly
 * evaluation, only through the REST calls Tasklist makes (engine REST submit-form, claim, the
 * documents tab's upload), with the demo PIP and Penyalur logins, on PostgreSQL. Lombok Barat
 * has no demo cooperation, so its three officials are created here.
 */
@SinergiPostgresTest
class CooperationRestEndToEndTest {

  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};
  private static final String PEMDA = "52.01";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CooperationRepository cooperations;

  @Test
  void lombokBaratGoesFromStartToFirstReportAndEvaluationThroughRest() {
    CooperationDriver users = new CooperationDriver(engine, null);
    users.ensurePemdaUsers(PEMDA);
    CooperationTestSupport.closeOpen(engine, cooperations, PEMDA);
    String ekonomi = CooperationDriver.ekonomi(PEMDA);

    var started = Api.demo(port, ekonomi).post()
        .uri("/engine-rest/process-definition/key/pip-pemda-cooperation/submit-form")
        .contentType(MediaType.APPLICATION_JSON).body(vars(Map.of("initiative", "PERMOHONAN_PEMDA",
            "pemda", PEMDA, "background", "Permohonan Bagian Ekonomi Lombok Barat")))
        .retrieve().toEntity(OBJECT);
    assertThat(started.getStatusCode().value()).isEqualTo(200);
    String instanceId = (String) started.getBody().get("id");
    assertThat((String) started.getBody().get("businessKey")).startsWith("KS-52.01-");

    var second = Api.demo(port, ekonomi).post()
        .uri("/engine-rest/process-definition/key/pip-pemda-cooperation/submit-form")
        .contentType(MediaType.APPLICATION_JSON)
        .body(vars(Map.of("initiative", "PERMOHONAN_PEMDA", "pemda", PEMDA))).retrieve()
        .toEntity(OBJECT);
    assertThat(second.getStatusCode().value()).isEqualTo(400);
    assertThat((String) second.getBody().get("message")).contains("sudah memiliki kerja sama");

    // Step 1 starts with the cross-OPD data request (its own tests drive it through REST).
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instanceId).count()).isOne();
    id.sinergi.datarequest.DataRequestDriver.collectFromOneOpd(engine, instanceId);
    submit(instanceId, "Task_PrepareProgramData", ekonomi, Map.of(
        "programs", json("[{\"type\":\"FINANCING\",\"name\":\"Pinjaman tanpa bunga BPR NTB\","
            + "\"budget\":750000000,\"year\":2026,\"opd\":\"diskop\",\"targetBusinesses\":250}]")));
    submit(instanceId, "Task_ApproveInternally", CooperationDriver.sekda(PEMDA),
        Map.of("decision", "SETUJU"));
    // Without the signed letter the task cannot be completed.
    String letterTask = claim(instanceId, "Task_SubmitRequestLetter", ekonomi);
    var noLetter = Api.demo(port, ekonomi).post().uri("/engine-rest/task/" + letterTask + "/submit-form")
        .contentType(MediaType.APPLICATION_JSON).body(vars(CooperationDriver.letter())).retrieve()
        .toEntity(OBJECT);
    assertThat(noLetter.getStatusCode().value()).isEqualTo(400);
    submit(instanceId, "Task_SubmitRequestLetter", ekonomi, CooperationDriver.letter(),
        "SURAT_PERMOHONAN");
    submit(instanceId, "Task_StudyCooperation", "pip.kerjasama", CooperationDriver.study("LAYAK"));
    submit(instanceId, "Task_ProposeScheme", "pip.kerjasama", Map.of("synergies",
        json("[\"DATA_CALON_DEBITUR\",\"PELATIHAN\"]"), "penyalur", "penyalur-pnm",
        "targetDebtors", 500, "targetAmount", 2500000000L));
    submit(instanceId, "Task_ReviewScheme", ekonomi, Map.of("decision", "SETUJU"));
    submit(instanceId, "Task_DraftAgreement", "pip.kerjasama", Map.of("title",
        "Dokumen Kesepakatan UMi Lombok Barat", "commitments", "Data calon debitur dan pelatihan."));
    submit(instanceId, "Task_SignAgreementPemda", CooperationDriver.head(PEMDA),
        CooperationDriver.signature("DK/LOBAR/1"), "DOKUMEN_KESEPAKATAN_PEMDA");
    submit(instanceId, "Task_SignAgreementPip", "pip.kepala", CooperationDriver.signature("DK/PIP/1"),
        "DOKUMEN_KESEPAKATAN_PIP");
    runJobs(instanceId, false);
    var badPks = Api.demo(port, "pip.kerjasama").post().uri("/engine-rest/task/"
        + claim(instanceId, "Task_DraftPks", "pip.kerjasama") + "/submit-form")
        .contentType(MediaType.APPLICATION_JSON)
        .body(vars(CooperationDriver.pks("2026-06-30", "2026-01-01"))).retrieve().toEntity(OBJECT);
    assertThat(badPks.getStatusCode().value()).isEqualTo(400);
    assertThat((String) badPks.getBody().get("message"))
        .contains("periode selesai harus setelah periode mulai");
    submit(instanceId, "Task_DraftPks", "pip.kerjasama",
        CooperationDriver.pks("2026-01-01", "2026-12-31"));
    submit(instanceId, "Task_SignPksPemda", CooperationDriver.head(PEMDA),
        CooperationDriver.signature("PKS/LOBAR/1"), "PKS_PEMDA");
    submit(instanceId, "Task_SignPksPip", "pip.kepala", CooperationDriver.signature("PKS/PIP/1"),
        "PKS_PIP");
    submit(instanceId, "Task_SignPksPenyalur", "penyalur.pnm", CooperationDriver.signature("PNM/1"),
        "PKS_PENYALUR");
    runJobs(instanceId, false);
    runJobs(instanceId, true); // the first month and the first quarter have ended

    Map<String, Object> report = new HashMap<>(CooperationDriver.report("2026-01", 40, 200000000L));
    report.put("kecamatanRows", json("[{\"kecamatan\":\"Gerung\",\"debtors\":25,\"amount\":120000000}]"));
    submit(instanceId, "Task_ReportDisbursement", "penyalur.pnm", report);
    submit(instanceId, "Task_EvaluateQuarter", "pip.kerjasama", CooperationDriver.quarterly());

    long id = cooperations.findByProcessInstanceId(instanceId).orElseThrow().id;
    Map<String, Object> progress = Api.demo(port, ekonomi).get()
        .uri("/api/cooperations/" + id + "/progress").retrieve().toEntity(OBJECT).getBody();
    assertThat(progress).containsEntry("debtorsReached", 40).containsEntry("targetDebtors", 1000)
        .containsEntry("reportsFiled", 1);
    assertThat(((Number) progress.get("debtorsPercent")).doubleValue()).isEqualTo(4.0);
    assertThat(Api.demo(port, "loteng.ekonomi").get().uri("/api/cooperations/" + id + "/timeline")
        .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    List<Map<String, Object>> list = Api.demo(port, ekonomi).get().uri("/api/cooperations")
        .retrieve().toEntity(LIST).getBody();
    assertThat(list).filteredOn(c -> ((Number) c.get("id")).longValue() == id).singleElement()
        .satisfies(c -> assertThat(c.get("currentSteps"))
            .isEqualTo(List.of("Bulan laporan berakhir", "Triwulan berakhir")));
    CooperationTestSupport.closeOpen(engine, cooperations, PEMDA);
  }

  private String claim(String instanceId, String taskKey, String user) {
    RestClient client = Api.demo(port, user);
    List<Map<String, Object>> tasks = client.get().uri("/engine-rest/task?processInstanceId="
        + instanceId + "&taskDefinitionKey=" + taskKey).retrieve().toEntity(LIST).getBody();
    assertThat(tasks).as("%s visible to %s", taskKey, user).hasSize(1);
    String taskId = (String) tasks.get(0).get("id");
    int claimed = client.post().uri("/engine-rest/task/" + taskId + "/claim")
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("userId", user)).retrieve()
        .toBodilessEntity().getStatusCode().value();
    assertThat(claimed).isIn(204, 500).isEqualTo(204);
    return taskId;
  }

  private void submit(String instanceId, String taskKey, String user, Map<String, Object> fields,
      String... documents) {
    List<Map<String, Object>> open = Api.demo(port, user).get().uri("/engine-rest/task?processInstanceId="
        + instanceId + "&taskDefinitionKey=" + taskKey + "&assignee=" + user).retrieve()
        .toEntity(LIST).getBody();
    String taskId = open.isEmpty() ? claim(instanceId, taskKey, user) : (String) open.get(0).get("id");
    for (String kind : documents) {
      LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
      parts.add("kind", kind);
      parts.add("file", new ByteArrayResource(CooperationDriver.PDF) {
        @Override
        public String getFilename() {
          return kind.toLowerCase() + ".pdf";
        }
      });
      int uploaded = Api.demo(port, user).post().uri("/api/tasks/" + taskId + "/documents")
          .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toBodilessEntity()
          .getStatusCode().value();
      assertThat(uploaded).as("upload %s", kind).isEqualTo(201);
    }
    var response = Api.demo(port, user).post().uri("/engine-rest/task/" + taskId + "/submit-form")
        .contentType(MediaType.APPLICATION_JSON).body(vars(fields)).retrieve().toEntity(String.class);
    assertThat(response.getStatusCode().value()).as("%s: %s", taskKey, response.getBody())
        .isEqualTo(204);
  }

  private void runJobs(String instanceId, boolean timers) {
    var query = engine.getManagementService().createJobQuery().processInstanceId(instanceId);
    for (Job job : (timers ? query.timers() : query.messages()).list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  /** Camunda REST variables: {"name": {"value": ..., "type": ...}}. */
  private static Map<String, Object> vars(Map<String, Object> fields) {
    Map<String, Object> variables = new HashMap<>();
    fields.forEach((name, value) -> variables.put(name, value instanceof JsonText json
        ? Map.of("value", json.text(), "type", "Json") : Map.of("value", value)));
    return Map.of("variables", variables);
  }

  private static JsonText json(String text) {
    return new JsonText(text);
  }

  private record JsonText(String text) {}
}
