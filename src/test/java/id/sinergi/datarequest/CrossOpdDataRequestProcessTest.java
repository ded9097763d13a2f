package id.sinergi.datarequest;

import id.sinergi.kernel.caller.Callers;

import static id.sinergi.datarequest.DataRequestFixtures.randomNik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import id.sinergi.support.Api;
import id.sinergi.support.SinergiSpringTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The data request end to end: the coordinator of Sumbawa asks three OPDs; Diskop answers in
 * the form, Disnaker by uploading an XLSX through REST, Bappeda is reminded and then skipped.
 */
@SinergiSpringTest
@SuppressWarnings("unchecked")
class CrossOpdDataRequestProcessTest {

  static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  static final String COORDINATOR = "sumbawa.ekonomi";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataRequestService service;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void threeOpdsAskedTwoAnswerTheThirdIsRemindedAndSkipped() {
    ProcessInstance instance = start("PROGRAM,BUSINESS_ACTOR");
    Task plan = task(instance, "Task_PlanDataRequest");
    assertThat(engine.getTaskService().getIdentityLinksForTask(plan.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("pemda-52.04-ekonomi"));
    SpinJsonNode options = (SpinJsonNode) engine.getTaskService()
        .getVariableLocal(plan.getId(), "opdOptions");
    assertThat(options.toString()).contains("52.04-diskop", "52.04-disnaker", "52.04-bappeda")
        .doesNotContain("52.02-");

    long caseId = planThreeOpds(instance, plan);
    BpmnAwareTests.assertThat(instance).isWaitingAt("SubProcess_OpdAnswer#multiInstanceBody")
        .isWaitingAt("Task_SendData", "Task_ReviewAnswers");
    assertThat(notices(caseId, "REQUEST")).isEqualTo(3);
    Task diskopTask = opdTask(instance, "pemda-52.04-diskop");
    assertThat(diskopTask.getName()).startsWith(
        "Kirim data program dukungan dan pelaku usaha untuk kerja sama UMi");
    assertThat(diskopTask.getDueDate()).isNotNull();

    // Diskop answers in the form: a programme and two business actors.
    String sharedNik = randomNik();
    completeAs("sumbawa.diskop", diskopTask, Map.of("answer", "PROVIDE",
        "programs", Spin.JSON(List.of(Map.of("name", "Bantuan alat usaha 2026", "amount", 50000000,
            "quantity", 20))),
        "actors", Spin.JSON(List.of(
            actor("Siti Aminah", sharedNik, "HIBAH"), actor("Made Yasa", randomNik(), "")))));
    runJobs(instance);

    // Disnaker uploads an XLSX through REST, with the same business receiving a grant.
    OpdRequestView disnaker = requestOf(caseId, "52.04-disnaker");
    byte[] file = DataRequestFixtures.xlsx(List.of(
        row("Siti Aminah", Long.parseLong(sharedNik), "HIBAH"),
        row("Baiq Rina", randomNik(), "PELATIHAN"),
        row("Lalu Ahmad", randomNik(), "")));
    ResponseEntity<Map<String, Object>> upload = upload("sumbawa.disnaker", disnaker.id(), file,
        "peserta.xlsx");
    assertThat(upload.getStatusCode().value()).isEqualTo(201);
    assertThat(upload.getBody()).containsEntry("status", "IMPORTED").containsEntry("rows", 3);
    ResponseEntity<Map<String, Object>> answered = Api.demo(port, "sumbawa.disnaker").post()
        .uri("/api/opd-data-requests/{id}/answer", disnaker.id())
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("answer", "PROVIDE"))
        .retrieve().toEntity(JSON);
    assertThat(answered.getStatusCode().value()).isEqualTo(200);
    assertThat(answered.getBody()).containsEntry("status", "ANSWERED")
        .containsEntry("answerChannel", "UPLOAD").containsEntry("businessActors", 3);
    runJobs(instance);

    // The review opened before the answers; looking again shows them, and the duplicate.
    reviewAs(task(instance, "Task_ReviewAnswers"), Map.of("action", "REFRESH"));
    Task review = task(instance, "Task_ReviewAnswers");
    assertThat(engine.getTaskService().getVariableLocal(review.getId(), "reviewSummary"))
        .asString().startsWith("2 dari 3 OPD sudah menjawab. 1 pelaku usaha");
    SpinJsonNode flags = (SpinJsonNode) engine.getTaskService()
        .getVariableLocal(review.getId(), "duplicateFlags");
    assertThat(flags.toString()).contains(sharedNik, "hibah barang/alat");
    List<Map<String, Object>> duplicates = Api.demo(port, COORDINATOR).get()
        .uri("/api/data-requests/{id}/duplicates", caseId).retrieve()
        .body(new ParameterizedTypeReference<>() {});
    assertThat(duplicates).singleElement().satisfies(d -> {
      assertThat(d).containsEntry("nik", sharedNik).containsEntry("helpKind", "HIBAH");
      assertThat((List<Object>) d.get("opdCodes")).containsExactly("52.04-diskop", "52.04-disnaker");
    });

    // Bappeda stays silent: reminded once, then the request is closed without it.
    reviewAs(review, Map.of("action", "REMIND"));
    runJobs(instance);
    assertThat(jdbc.queryForList("select r.opd_code from datarequest_notification n join "
        + "datarequest_request r on r.id = n.request_id where r.case_id = ? and n.kind = "
        + "'REMINDER'", String.class, caseId)).containsExactly("52.04-bappeda");
    reviewAs(task(instance, "Task_ReviewAnswers"), Map.of("action", "CLOSE"));
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ConsolidateData");
    runJobs(instance);
    BpmnAwareTests.assertThat(instance).isEnded();

    Object packageId = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("dataPackageId").singleResult()
        .getValue();
    Map<String, Object> dataPackage = Api.demo(port, COORDINATOR).get()
        .uri("/api/data-packages/{id}", packageId).retrieve().body(JSON);
    assertThat(dataPackage).containsEntry("answered", 2).containsEntry("notAnswered", 1)
        .containsEntry("refused", 0).containsEntry("businessActors", 4)
        .containsEntry("duplicateCount", 1);
    assertThat((List<Map<String, Object>>) dataPackage.get("requests"))
        .extracting(r -> r.get("opdCode") + "=" + r.get("status") + "/" + r.get("answerChannel"))
        .containsExactly("52.04-bappeda=NOT_ANSWERED/null", "52.04-diskop=ANSWERED/FORM",
            "52.04-disnaker=ANSWERED/UPLOAD");
    assertThat(Api.demo(port, "loteng.diskop").get().uri("/api/data-packages/{id}", packageId)
        .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    assertThat(Api.demo(port, "pip.kerjasama").get().uri("/api/data-packages/{id}", packageId)
        .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);

    // A retried job (or a delegate run twice) creates and notifies nothing twice.
    service.createRequests(caseId);
    assertThat(service.notifyOpenRequests(caseId, Notification.Kind.REQUEST)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from datarequest_request where case_id = ?",
        Integer.class, caseId)).isEqualTo(3);
    assertThat(notices(caseId, "REQUEST")).isEqualTo(3);
    assertThat(service.consolidate(caseId).getId()).isEqualTo(((Number) packageId).longValue());
  }

  @Test
  void aRetriedJobCreatesNoSecondRequestAndSendsNoSecondNotice() {
    ProcessInstance instance = start("PROGRAM");
    Task plan = task(instance, "Task_PlanDataRequest");
    completeAs(COORDINATOR, plan, Map.of("requests", Spin.JSON(List.of(
        planRow("52.04-diskop", List.of("PROGRAM"))))));
    long caseId = caseOf(instance);
    // The create job runs, then its delegate runs again as a retry would after a later failure.
    Job create = job(instance);
    engine.getManagementService().executeJob(create.getId());
    service.createRequests(caseId);
    Job notify = job(instance);
    // First attempt fails after notifying (simulated by running the delegate's work first):
    service.notifyOpenRequests(caseId, Notification.Kind.REQUEST);
    engine.getManagementService().executeJob(notify.getId());
    assertThat(jdbc.queryForObject("select count(*) from datarequest_request where case_id = ?",
        Integer.class, caseId)).isEqualTo(1);
    assertThat(notices(caseId, "REQUEST")).isEqualTo(1);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_SendData", "Task_ReviewAnswers");
  }

  @Test
  void anOpdRefusesWithAReasonAndTheCoordinatorExtendsAnotherDueDate() {
    ProcessInstance instance = start("PROGRAM,TRAINING");
    Task plan = task(instance, "Task_PlanDataRequest");
    completeAs(COORDINATOR, plan, Map.of("requests", Spin.JSON(List.of(
        planRow("52.04-bappeda", List.of("PROGRAM")),
        planRow("52.04-disnaker", List.of("TRAINING"))))));
    runJobs(instance);
    long caseId = caseOf(instance);
    Task bappeda = opdTask(instance, "pemda-52.04-bappeda");
    assertThat(catchReason(() -> completeAs("sumbawa.bappeda", bappeda, Map.of(
        "answer", "PROVIDE")))).contains("belum ada data");
    completeAs("sumbawa.bappeda", bappeda, Map.of("answer", "REFUSE", "refusalReason",
        "Data program ada di Dinas Koperasi, bukan di Bappeda."));
    runJobs(instance);

    LocalDate later = LocalDate.now().plusDays(30);
    reviewAs(task(instance, "Task_ReviewAnswers"), Map.of("action", "EXTEND",
        "extendOpds", Spin.JSON(List.of("52.04-disnaker")), "newDueDate", later.toString()));
    Task disnaker = opdTask(instance, "pemda-52.04-disnaker");
    assertThat(disnaker.getDueDate()).isEqualTo(DataRequestTaskListener.endOfDay(later));
    assertThat(notices(caseId, "EXTENSION")).isEqualTo(1);

    Map<String, Object> view = Api.demo(port, COORDINATOR).get()
        .uri("/api/data-requests/{id}", caseId).retrieve().body(JSON);
    assertThat((List<Map<String, Object>>) view.get("requests"))
        .filteredOn(r -> r.get("opdCode").equals("52.04-bappeda")).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("status", "REFUSED").containsEntry(
            "refusalReason", "Data program ada di Dinas Koperasi, bukan di Bappeda."));
    assertThat((List<Map<String, Object>>) view.get("requests"))
        .filteredOn(r -> r.get("opdCode").equals("52.04-disnaker")).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("dueDate", later.toString()));
  }

  @Test
  void anOpdUserOfAnotherPemdaCannotSeeOrAnswerTheRequest() {
    ProcessInstance instance = start("BUSINESS_ACTOR");
    completeAs(COORDINATOR, task(instance, "Task_PlanDataRequest"), Map.of("requests",
        Spin.JSON(List.of(planRow("52.04-diskop", List.of("BUSINESS_ACTOR"))))));
    runJobs(instance);
    long caseId = caseOf(instance);
    OpdRequestView diskop = requestOf(caseId, "52.04-diskop");
    var other = Api.demo(port, "loteng.diskop");
    assertThat(other.get().uri("/api/data-requests/{id}", caseId).retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(403);
    assertThat(other.get().uri("/api/opd-data-requests/{id}", diskop.id()).retrieve()
        .toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    assertThat(upload("loteng.diskop", diskop.id(), DataRequestFixtures.xlsx(List.of(
        row("Siti", randomNik(), ""))), "a.xlsx").getStatusCode().value()).isEqualTo(403);
    // A colleague OPD of the same Pemda may read but not answer for Diskop.
    assertThat(Api.demo(port, "sumbawa.bappeda").get()
        .uri("/api/opd-data-requests/{id}", diskop.id()).retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(200);
    assertThat(upload("sumbawa.bappeda", diskop.id(), DataRequestFixtures.xlsx(List.of(
        row("Siti", randomNik(), ""))), "a.xlsx").getStatusCode().value()).isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("loteng.diskop")
        .processInstanceId(instance.getId()).count()).isZero();
  }

  // --- helpers ---------------------------------------------------------------------------

  record OpdRequestView(long id, String opdCode) {}

  ProcessInstance start(String kinds) {
    return engine.getRuntimeService().startProcessInstanceByKey(
        DataRequestVariables.PROCESS_ID, "test-" + UUID.randomUUID(),
        Map.of("pemdaCode", "52.04", "requesterGroup", "pemda-52.04-ekonomi",
            "callerReference", "test", "dataKinds", kinds));
  }

  long planThreeOpds(ProcessInstance instance, Task plan) {
    completeAs(COORDINATOR, plan, Map.of("requests", Spin.JSON(List.of(
        planRow("52.04-diskop", List.of("PROGRAM", "BUSINESS_ACTOR")),
        planRow("52.04-disnaker", List.of("PROGRAM", "BUSINESS_ACTOR")),
        planRow("52.04-bappeda", List.of("PROGRAM"))))));
    runJobs(instance);
    return caseOf(instance);
  }

  static Map<String, Object> planRow(String opd, List<String> kinds) {
    return Map.of("opdCode", opd, "kinds", kinds, "dueDate",
        LocalDate.now().plusDays(14).toString(), "note", "untuk uji");
  }

  static Map<String, Object> actor(String name, String nik, String help) {
    Map<String, Object> actor = new LinkedHashMap<>();
    actor.put("nama", name);
    actor.put("nik", nik);
    actor.put("sektor", "10792");
    actor.put("kecamatan", "Moyo Hilir");
    actor.put("desa", "Moyo");
    actor.put("skala", "ULTRA_MIKRO");
    if (!help.isEmpty()) {
      actor.put("jenisBantuan", help);
    }
    return actor;
  }

  static List<Object> row(String name, Object nik, String help) {
    List<Object> row = new ArrayList<>(List.of(name, nik, "", "Industri makanan", "Moyo Hilir",
        "Moyo", "MIKRO", "081234567890", help));
    return row;
  }

  long caseOf(ProcessInstance instance) {
    return ((Number) engine.getRuntimeService().getVariable(instance.getId(),
        DataRequestVariables.CASE_ID.name())).longValue();
  }

  OpdRequestView requestOf(long caseId, String opd) {
    return jdbc.queryForObject("select id, opd_code from datarequest_request where case_id = ? "
        + "and opd_code = ?", (rs, i) -> new OpdRequestView(rs.getLong(1), rs.getString(2)),
        caseId, opd);
  }

  int notices(long caseId, String kind) {
    return jdbc.queryForObject("select count(*) from datarequest_notification n join "
        + "datarequest_request r on r.id = n.request_id where r.case_id = ? and n.kind = ?",
        Integer.class, caseId, kind);
  }

  Task task(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult();
  }

  Task opdTask(ProcessInstance instance, String group) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_SendData").taskCandidateGroup(group).singleResult();
  }

  Job job(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .executable().singleResult();
  }

  void runJobs(ProcessInstance instance) {
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery()
          .processInstanceId(instance.getId()).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
  }

  void completeAs(String userId, Task task, Map<String, Object> values) {
    var identity = engine.getIdentityService();
    Callers.authenticate(identity, userId);
    try {
      // As Tasklist does: submit-form writes over the prefilled task-local fields.
      engine.getFormService().submitTaskForm(task.getId(), values);
    } finally {
      identity.clearAuthentication();
    }
  }

  void reviewAs(Task review, Map<String, Object> values) {
    completeAs(COORDINATOR, review, values);
  }

  static String catchReason(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a refusal");
  }

  ResponseEntity<Map<String, Object>> upload(String user, long requestId, byte[] content,
      String name) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    return Api.demo(port, user).post()
        .uri("/api/opd-data-requests/{id}/business-actors", requestId)
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(JSON);
  }
}
