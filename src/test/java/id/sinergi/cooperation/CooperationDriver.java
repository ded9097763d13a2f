package id.sinergi.cooperation;

import id.sinergi.kernel.caller.Affiliations;
import id.sinergi.kernel.caller.Callers;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.document.DocumentService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Drives pip-pemda-cooperation through the engine as its real users would: each task completed
 * by a member of its candidate group with the form's fields (the generic form layer validates
 * them and calls the handlers), documents uploaded first, jobs executed explicitly.
 */
final class CooperationDriver {

  static final String PIP = "pip.kerjasama";
  static final String PIP_HEAD = "pip.kepala";
  static final String PENYALUR = "penyalur.pnm";
  static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
      .getBytes(StandardCharsets.US_ASCII);

  final ProcessEngine engine;
  final DocumentService documents;

  Affiliations affiliations;

  CooperationDriver(ProcessEngine engine, DocumentService documents) {
    this.engine = engine;
    this.documents = documents;
  }

  /** A Pemda without demo users gets test users: t.<code>.ekonomi, .sekda, .bupati. */
  void ensurePemdaUsers(String pemda) {
    user(ekonomi(pemda), "pemda-" + pemda + "-ekonomi");
    user(sekda(pemda), "pemda-" + pemda + "-sekda");
    user(head(pemda), "pemda-" + pemda + "-kepala-daerah");
  }

  static String ekonomi(String pemda) {
    return "t." + pemda + ".ekonomi";
  }

  static String sekda(String pemda) {
    return "t." + pemda + ".sekda";
  }

  static String head(String pemda) {
    return "t." + pemda + ".bupati";
  }

  private void user(String id, String group) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName("Uji");
      user.setLastName(id);
      user.setPassword("demo");
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
      identity.createMembership(id, group);
    }
  }

  void as(String userId) {
    Callers.authenticate(engine.getIdentityService(), userId);
  }

  void asNobody() {
    engine.getIdentityService().clearAuthentication();
  }

  ProcessInstance start(String userId, String initiative, String pemda) {
    as(userId);
    ProcessInstance instance;
    try {
      instance = engine.getRuntimeService().startProcessInstanceByKey(
          CooperationVariables.PROCESS_KEY, Map.of("initiative", initiative, "pemda", pemda,
              "background", "Sosialisasi melalui Zoom bersama Bagian Ekonomi dan Setda."));
    } finally {
      asNobody();
    }
    collectOpdData(instance);
    return instance;
  }

  /**
   * Whether the driver answers the OPD data requests the cooperation calls ("Minta data … dari
   * OPD") by itself, so tests about other steps need not; a test of the call sets it false.
   */
  boolean answersDataRequests = true;

  void collectOpdData(ProcessInstance instance) {
    if (answersDataRequests) {
      id.sinergi.datarequest.DataRequestDriver.collectFromOneOpd(engine, instance.getId());
    }
  }

  Task task(ProcessInstance instance, String taskKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
    assertThat(tasks).as("open task %s", taskKey).hasSize(1);
    return tasks.get(0);
  }

  /** Completes the only open task with that key as the user, uploading its documents first. */
  void complete(ProcessInstance instance, String taskKey, String userId, Map<String, Object> fields,
      String... documentKinds) {
    Task task = task(instance, taskKey);
    as(userId);
    try {
      for (String kind : documentKinds) {
        documents.upload(task.getId(), kind, kind.toLowerCase() + ".pdf", PDF,
            new Callers(engine.getIdentityService(), affiliations).ofUser(userId));
      }
      engine.getTaskService().claim(task.getId(), userId);
      // What Tasklist's "Selesaikan" calls: submit-form sets the fields on the task, so a
      // prefilled (task-local) field takes the submitted value.
      engine.getFormService().submitTaskForm(task.getId(), fields);
    } finally {
      asNobody();
    }
    collectOpdData(instance);
  }

  /** Runs the waiting async continuations (parallel joins), not the timers. */
  void runAsyncJobs(ProcessInstance instance) {
    for (int round = 0; round < 5; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery()
          .processInstanceId(instance.getId()).messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
  }

  /** Fires the one timer waiting at the given activity (month or quarter ended). */
  void fireTimer(ProcessInstance instance, String activityId) {
    List<Job> timers = engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId(activityId).timers().list();
    assertThat(timers).as("timer at %s", activityId).hasSize(1);
    engine.getManagementService().executeJob(timers.get(0).getId());
  }

  static Object json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  // ---- form fields, as Tasklist submits them ----

  static Map<String, Object> programmeData() {
    Map<String, Object> f = new HashMap<>();
    f.put("programs", json("[{\"type\":\"INTEREST_SUBSIDY\",\"name\":\"Subsidi bunga UMKM\","
        + "\"budget\":1000000000,\"year\":2026,\"opd\":\"diskop\",\"targetBusinesses\":400}]"));
    f.put("mentors", json("[{\"name\":\"Baiq Sri\",\"opd\":\"diskop\",\"area\":\"Keuangan usaha\","
        + "\"contact\":\"081234567890\"}]"));
    f.put("trainings", json("[{\"name\":\"Kelas pembukuan\",\"organiser\":\"BLK\","
        + "\"schedule\":\"Maret–Mei 2026\",\"capacity\":30}]"));
    return f;
  }

  static Map<String, Object> sekda(boolean approve) {
    return approve ? Map.of("decision", "SETUJU")
        : Map.of("decision", "KEMBALIKAN", "notes", "Lengkapi anggaran program Dinas Perindustrian.");
  }

  static Map<String, Object> letter() {
    return Map.of("letterNumber", "500/123/EKON/2026", "letterDate", "2026-02-02");
  }

  static Map<String, Object> study(String outcome) {
    Map<String, Object> f = new HashMap<>();
    f.put("outcome", outcome);
    f.put("summary", "Potensi debitur UMi memadai dan program Pemda saling melengkapi.");
    if (outcome.equals("PERLU_DATA")) {
      f.put("missingData", "Data calon debitur per kecamatan belum ada.");
    }
    if (outcome.equals("TIDAK_LAYAK")) {
      f.put("reason", "Tidak ada Penyalur yang beroperasi di wilayah ini.");
    }
    return f;
  }

  static Map<String, Object> scheme(int debtors) {
    return Map.of("synergies", json("[\"DATA_CALON_DEBITUR\",\"PENDAMPINGAN\"]"),
        "penyalur", "penyalur-pnm", "targetDebtors", debtors, "targetAmount", 5000000000L);
  }

  static Map<String, Object> signature(String number) {
    return Map.of("documentNumber", number, "signedOn", "2026-03-01",
        "signerName", "Pejabat penandatangan");
  }

  static Map<String, Object> pks(String start, String end) {
    return Map.of("pksNumber", "PKS-UJI/2026", "periodStart", start, "periodEnd", end,
        "targetDebtors", 1000, "targetAmount", 10000000000L);
  }

  static Map<String, Object> report(String month, int debtors, long amount) {
    Map<String, Object> f = new HashMap<>();
    f.put("month", month);
    f.put("debtorsReached", debtors);
    f.put("amountDisbursed", amount);
    return f;
  }

  static Map<String, Object> quarterly() {
    return Map.of("pemdaParticipants", "Kepala Bagian Ekonomi", "progressAssessment",
        "SESUAI_TARGET", "findings", "Penyaluran berjalan sesuai rencana.",
        "recommendations", "Perluas pendampingan ke kecamatan lain.");
  }

  static Map<String, Object> finalEvaluation(String decision, String newEnd) {
    Map<String, Object> f = new HashMap<>(Map.of("findings", "Target periode tercapai sebagian.",
        "recommendations", "Lanjutkan dengan fokus pada debitur baru.", "decision", decision));
    if (newEnd != null) {
      f.put("newPeriodEnd", newEnd);
    }
    return f;
  }

  /** Start (Pemda request) → internal agreement → letter → study feasible, up to the scheme. */
  ProcessInstance toScheme(String pemda) {
    ProcessInstance instance = start(ekonomi(pemda), CooperationService.PEMDA_REQUEST, pemda);
    toStudy(instance, pemda);
    complete(instance, "Task_StudyCooperation", PIP, study("LAYAK"));
    return instance;
  }

  void toStudy(ProcessInstance instance, String pemda) {
    complete(instance, "Task_PrepareProgramData", ekonomi(pemda), programmeData());
    complete(instance, "Task_ApproveInternally", sekda(pemda), sekda(true));
    complete(instance, "Task_SubmitRequestLetter", ekonomi(pemda), letter(), "SURAT_PERMOHONAN");
  }

  /** From the scheme to the start of the distribution sub-process. */
  void toDistribution(ProcessInstance instance, String pemda, String start, String end) {
    complete(instance, "Task_ProposeScheme", PIP, scheme(1000));
    complete(instance, "Task_ReviewScheme", ekonomi(pemda), Map.of("decision", "SETUJU"));
    complete(instance, "Task_DraftAgreement", PIP, Map.of("title", "Dokumen Kesepakatan UMi",
        "commitments", "Sinergi data calon debitur, pendampingan dan pelatihan."));
    complete(instance, "Task_SignAgreementPemda", head(pemda), signature("DK-PEMDA/1"),
        "DOKUMEN_KESEPAKATAN_PEMDA");
    complete(instance, "Task_SignAgreementPip", PIP_HEAD, signature("DK-PIP/1"),
        "DOKUMEN_KESEPAKATAN_PIP");
    runAsyncJobs(instance);
    complete(instance, "Task_DraftPks", PIP, pks(start, end));
    complete(instance, "Task_SignPksPemda", head(pemda), signature("PKS-PEMDA/1"), "PKS_PEMDA");
    complete(instance, "Task_SignPksPip", PIP_HEAD, signature("PKS-PIP/1"), "PKS_PIP");
    complete(instance, "Task_SignPksPenyalur", PENYALUR, signature("PKS-PNM/1"), "PKS_PENYALUR");
    runAsyncJobs(instance);
  }

  List<String> activeTaskKeys(ProcessInstance instance) {
    List<String> keys = new ArrayList<>();
    engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list()
        .forEach(t -> keys.add(t.getTaskDefinitionKey()));
    return keys;
  }
}
