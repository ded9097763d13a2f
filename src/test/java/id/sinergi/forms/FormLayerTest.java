package id.sinergi.forms;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import id.sinergi.support.Api;
import id.sinergi.support.SinergiSpringTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The generic form layer through the same REST calls Tasklist makes: the server enforces the
 * form's rules, required documents and the handler's business rules, and a refused submission
 * leaves the task open with nothing saved.
 */
@SinergiSpringTest
class FormLayerTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static boolean deployed;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void deployTestProcess() {
    if (deployed) {
      return;
    }
    engine.getRepositoryService().createDeployment().name("form-layer-test")
        .addClasspathResource("forms-test/form-layer-test.bpmn")
        .addClasspathResource("forms-test/form-layer-test-start.form")
        .addClasspathResource("forms-test/form-layer-test-task.form").deploy();
    AuthorizationService auth = engine.getAuthorizationService();
    for (String group : List.of("pemda-52.02-ekonomi", "pemda-52.04-ekonomi")) {
      id.sinergi.kernel.engine.AuthorizationGrants.grantGroup(auth, group, Resources.PROCESS_DEFINITION,
          "form-layer-test", Permissions.READ, Permissions.CREATE_INSTANCE);
      id.sinergi.kernel.engine.AuthorizationGrants.grantGroup(auth, group, Resources.PROCESS_INSTANCE,
          "*", Permissions.CREATE);
    }
    deployed = true;
  }

  @Test
  void startFormIsValidatedOnTheServerAndItsFieldsLeaveTheProcess() {
    var loteng = Api.demo(port, "loteng.ekonomi");
    long before = instances();

    var missing = startForm(loteng, Map.of("title", Map.of("value", "Uji")));
    assertThat(missing.getStatusCode().value()).isEqualTo(400);
    assertThat((String) missing.getBody().get("message")).contains("Kolom 'Pemda': wajib diisi");

    var badOption = startForm(loteng, Map.of("pemdaChoice", Map.of("value", "99"),
        "title", Map.of("value", "Uji")));
    assertThat((String) badOption.getBody().get("message")).contains("pilihan '99' tidak tersedia");

    var refused = startForm(loteng, Map.of("pemdaChoice", Map.of("value", "52.02"),
        "title", Map.of("value", "TOLAK")));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat((String) refused.getBody().get("message")).contains("ditolak oleh aturan bisnis");
    assertThat(instances()).isEqualTo(before);

    String instanceId = start(loteng);
    var variables = engine.getRuntimeService().getVariables(instanceId);
    assertThat(variables).containsEntry("chosenPemda", "52.02").doesNotContainKeys("title", "pemdaChoice");
  }

  @Test
  void taskNamesThePemdaAndIsPrefilled() {
    String instanceId = start(Api.demo(port, "loteng.ekonomi"));
    Task task = task(instanceId);
    assertThat(task.getName()).isEqualTo("Isi formulir uji — Lombok Tengah");
    assertThat(engine.getTaskService().getVariableLocal(task.getId(), "letterNumber"))
        .isEqualTo("PREFILL/1");
  }

  @Test
  void completionNeedsTheDocumentsAndTheFormsRulesThenTheHandlerGetsTheData() {
    var loteng = Api.demo(port, "loteng.ekonomi");
    String instanceId = start(loteng);
    Task task = task(instanceId);
    Map<String, Object> valid = Map.of(
        "letterNumber", Map.of("value", "500/12/EKON"),
        "budget", Map.of("value", 2500000),
        "letterDate", Map.of("value", "2026-11-20"),
        "decision", Map.of("value", "APPROVE"),
        "programs", Map.of("type", "Json",
            "value", "[{\"name\":\"Subsidi bunga\",\"year\":2026}]"));

    var noDocument = submit(loteng, task.getId(), valid);
    assertThat(noDocument.getStatusCode().value()).isEqualTo(400);
    assertThat((String) noDocument.getBody().get("message"))
        .contains("Kolom 'Lampiran uji'", "tab \"Dokumen\"");

    var notPdf = upload(loteng, task.getId(), "LAMPIRAN_UJI", "surat.pdf", "hello".getBytes());
    assertThat(notPdf.getStatusCode().value()).isEqualTo(400);
    assertThat(notPdf.getBody().toString()).contains("hanya berkas PDF");
    var wrongKind = upload(loteng, task.getId(), "SURAT_LAIN", "surat.pdf", pdf());
    assertThat(wrongKind.getStatusCode().value()).isEqualTo(400);
    assertThat(upload(loteng, task.getId(), "LAMPIRAN_UJI", "lampiran.pdf", pdf())
        .getStatusCode().value()).isEqualTo(201);

    var invalid = submit(loteng, task.getId(), Map.of(
        "letterNumber", Map.of("value", "500 12"),
        "budget", Map.of("value", -5),
        "letterDate", Map.of("value", "2026-13-40"),
        "decision", Map.of("value", "SEND_BACK"),
        "programs", Map.of("type", "Json", "value", "[{\"name\":\"\",\"year\":1900}]")));
    assertThat(invalid.getStatusCode().value()).isEqualTo(400);
    assertThat((String) invalid.getBody().get("message")).contains(
        "Kolom 'Nomor surat': tidak sesuai format yang diminta",
        "Kolom 'Anggaran (Rp)': tidak boleh kurang dari 0",
        "Kolom 'Tanggal surat': tanggal tidak valid",
        "Kolom 'Program baris 1 — Nama program': wajib diisi",
        "Kolom 'Program baris 1 — Tahun': tidak boleh kurang dari 2000");
    assertThat(task(instanceId).getId()).isEqualTo(task.getId());

    int submissionsBefore = RecordingFormHandlers.SUBMISSIONS.size();
    assertThat(submit(loteng, task.getId(), valid).getStatusCode().value()).isEqualTo(204);
    FormSubmission received = RecordingFormHandlers.SUBMISSIONS.get(submissionsBefore);
    assertThat(received.taskDefinitionKey()).isEqualTo("Task_FillTestForm");
    assertThat(received.userId()).isEqualTo("loteng.ekonomi");
    assertThat(new FormValues(received.values()).rows("programs")).singleElement()
        .satisfies(row -> assertThat(row.text("name")).isEqualTo("Subsidi bunga"));
    assertThat(engine.getRuntimeService().getVariables(instanceId))
        .containsEntry("approved", true)
        .doesNotContainKeys("letterNumber", "budget", "programs", "decision");
  }

  @Test
  void aFieldTheFormShowsIsRequiredOnTheServerTooAndAHiddenOneIsNot() {
    var loteng = Api.demo(port, "loteng.ekonomi");
    Task task = task(start(loteng));
    upload(loteng, task.getId(), "LAMPIRAN_UJI", "lampiran.pdf", pdf());
    Map<String, Object> sendBack = Map.of(
        "letterNumber", Map.of("value", "500/12/EKON"),
        "budget", Map.of("value", 1),
        "letterDate", Map.of("value", "2026-11-20"),
        "decision", Map.of("value", "SEND_BACK"));
    var refused = submit(loteng, task.getId(), sendBack);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    // The reason alone, in Indonesian, naming the label the user saw.
    assertThat((String) refused.getBody().get("message")).isEqualTo("Kolom 'Catatan': wajib diisi");
    assertThat(refused.getBody()).containsEntry("type", "invalid_input");

    var approve = new java.util.HashMap<>(sendBack);
    approve.put("decision", Map.of("value", "APPROVE"));
    assertThat(submit(loteng, task.getId(), approve).getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void aPlainCompleteIsCheckedWithTheValuesSentNotThePrefilledOnes() {
    var loteng = Api.demo(port, "loteng.ekonomi");
    Task task = task(start(loteng));
    upload(loteng, task.getId(), "LAMPIRAN_UJI", "lampiran.pdf", pdf());
    Map<String, Object> variables = new java.util.HashMap<>(Map.of("letterNumber", "500 12",
        "budget", 10, "letterDate", "2026-11-20", "decision", "APPROVE"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> engine.getTaskService().complete(task.getId(), variables))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Kolom 'Nomor surat': tidak sesuai format");
  }

  @Test
  void anotherPemdaCannotSeeCompleteOrDownload() {
    var loteng = Api.demo(port, "loteng.ekonomi");
    var sumbawa = Api.demo(port, "sumbawa.ekonomi");
    String instanceId = start(loteng);
    Task task = task(instanceId);
    var uploaded = upload(loteng, task.getId(), "LAMPIRAN_UJI", "lampiran.pdf", pdf());
    Number documentId = (Number) uploaded.getBody().get("id");

    assertThat(sumbawa.get().uri("/api/tasks/{id}/documents", task.getId()).retrieve()
        .toBodilessEntity().getStatusCode().value()).isEqualTo(404);
    assertThat(sumbawa.get().uri("/api/documents/{id}/content", documentId).retrieve()
        .toBodilessEntity().getStatusCode().value()).isEqualTo(404);
    assertThat(sumbawa.post().uri("/engine-rest/task/{id}/claim", task.getId())
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("userId", "sumbawa.ekonomi"))
        .retrieve().toBodilessEntity().getStatusCode().value()).isIn(403, 404);
    assertThat(task(instanceId).getAssignee()).isNull();

    var download = loteng.get().uri("/api/documents/{id}/content", documentId).retrieve()
        .toEntity(byte[].class);
    assertThat(download.getStatusCode().value()).isEqualTo(200);
    assertThat(download.getBody()).isEqualTo(pdf());
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
  }

  private String start(RestClient client) {
    var started = startForm(client, Map.of("pemdaChoice", Map.of("value", "52.02"),
        "title", Map.of("value", "Uji")));
    assertThat(started.getStatusCode().value()).isEqualTo(200);
    return (String) started.getBody().get("id");
  }

  private ResponseEntity<Map<String, Object>> startForm(RestClient client, Map<String, Object> vars) {
    return client.post().uri("/engine-rest/process-definition/key/form-layer-test/submit-form")
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", vars))
        .retrieve().toEntity(JSON);
  }

  private ResponseEntity<Map<String, Object>> submit(RestClient client, String taskId,
      Map<String, Object> vars) {
    return client.post().uri("/engine-rest/task/{id}/submit-form", taskId)
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", vars))
        .retrieve().toEntity(JSON);
  }

  private ResponseEntity<Map<String, Object>> upload(RestClient client, String taskId, String kind,
      String name, byte[] content) {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("kind", kind);
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    return client.post().uri("/api/tasks/{id}/documents", taskId)
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(JSON);
  }

  private Task task(String instanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
  }

  private long instances() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("form-layer-test").count();
  }

  static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  }
}
