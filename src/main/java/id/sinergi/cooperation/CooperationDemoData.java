package id.sinergi.cooperation;

import id.sinergi.kernel.caller.Callers;

import id.sinergi.document.DocumentService;
import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.organisation.Appointment;
import id.sinergi.organisation.PositionAppointments;
import id.sinergi.organisation.PositionHolderRepository;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo profile: the three cooperations of the article, driven through the real process (the
 * same forms, handlers and documents a user goes through) with the engine clock set to when
 * each step happened: Lombok Utara in distribution with monthly reports, Lombok Tengah offered
 * by PIP after a socialisation and waiting for its programme data, Sumbawa waiting for the
 * Sekda's internal agreement. Skips a Pemda that already has a cooperation (restarts).
 *
 * <p>Runs once the application context is up (it needs the document service, which needs the
 * engine's beans) and before the job executor starts on ApplicationReadyEvent, so no timer
 * fires behind its back.
 */
@Component
@Profile("demo")
class CooperationDemoData {

  static final byte[] PDF = ("%PDF-1.4\n% Sinergi demo\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
      .getBytes(StandardCharsets.US_ASCII);

  /** Heads of region and Sekda of Lombok Utara, so every demo task and escalation reaches someone. */
  private static final List<String[]> OFFICIALS = List.of(
      new String[] {"loteng.bupati", "52.02-kepala-daerah", "Lalu", "Pathul Bahri (Bupati Lombok Tengah)"},
      new String[] {"lotara.bupati", "52.08-kepala-daerah", "Najmul", "Akhyar (Bupati Lombok Utara)"},
      new String[] {"lotara.sekda", "52.08-sekda", "Anding", "Duwi Cahyadi (Sekda Lombok Utara)"},
      // Sumbawa's stalled internal agreement escalates from its Sekda to the Bupati.
      new String[] {"sumbawa.bupati", "52.04-kepala-daerah", "Arif", "Rahman (Bupati Sumbawa)"});

  private final CooperationRepository cooperations;
  private final DocumentService documents;
  private final PositionAppointments appointments;
  private final PositionHolderRepository holders;
  private final String password;
  private final ProcessEngine engine;
  private final id.sinergi.datarequest.DataRequestDemoDriver dataRequests;
  private final Callers callers;

  CooperationDemoData(ProcessEngine engine, CooperationRepository cooperations,
      DocumentService documents, PositionAppointments appointments,
      PositionHolderRepository holders, @Value("${sinergi.demo.password}") String password,
      id.sinergi.datarequest.DataRequestDemoDriver dataRequests, Callers callers) {
    this.callers = callers;
    this.engine = engine;
    this.dataRequests = dataRequests;
    this.cooperations = cooperations;
    this.documents = documents;
    this.appointments = appointments;
    this.holders = holders;
    this.password = password;
  }

  @EventListener(ApplicationStartedEvent.class)
  public void seed() {
    officials(engine.getIdentityService());
    try {
      if (none("52.08")) {
        lombokUtara();
      }
      if (none("52.02")) {
        lombokTengah();
      }
      if (none("52.04")) {
        sumbawa();
      }
    } finally {
      ClockUtil.reset();
      engine.getIdentityService().clearAuthentication();
    }
  }

  private boolean none(String pemda) {
    return cooperations.findAll().stream().noneMatch(c -> c.pemdaCode.equals(pemda));
  }

  private void officials(IdentityService identity) {
    for (String[] official : OFFICIALS) {
      if (identity.createUserQuery().userId(official[0]).count() == 0) {
        User user = identity.newUser(official[0]);
        user.setFirstName(official[2]);
        user.setLastName(official[3]);
        user.setEmail(official[0] + "@demo.sinergi.local");
        user.setPassword(password);
        identity.saveUser(user);
      }
      if (!holders.existsByPositionCodeAndUserId(official[1], official[0])) {
        appointments.appoint(official[1], official[0], official[2] + " " + official[3],
            Appointment.DEFINITIF, LocalDate.of(2025, 2, 20), null);
      }
    }
  }

  private void lombokUtara() {
    at("2026-02-03T09:00");
    ProcessInstance instance = start("lotara.ekonomi", CooperationService.PEMDA_REQUEST, "52.08",
        "Lombok Utara melanjutkan program pinjaman berbunga ditanggung Pemda.");
    Map<String, Object> data = new HashMap<>();
    data.put("programs", json("[{\"type\":\"INTEREST_SUBSIDY\",\"name\":\"Pinjaman bunga ditanggung "
        + "Pemda bersama Bank NTB Syariah (plafon Rp25 juta)\",\"budget\":1000000000,\"year\":2026,"
        + "\"opd\":\"diskop\",\"targetBusinesses\":400}]"));
    data.put("mentors", json("[{\"name\":\"Made Wirawan\",\"opd\":\"diskop\",\"area\":\"Pembukuan "
        + "usaha mikro\",\"contact\":\"081805551234\"}]"));
    data.put("trainings", json("[{\"name\":\"Kelas kewirausahaan desa\",\"organiser\":\"Dinas "
        + "Koperasi, UMKM, Perindustrian dan Perdagangan\",\"schedule\":\"April–Juni 2026\","
        + "\"capacity\":60}]"));
    // Step 1 starts by asking the OPDs (cross-OPD data request); Diskop answered.
    dataRequests.collectFromDiskop(instance.getId(), "lotara.ekonomi", "52.08");
    complete(instance, "Task_PrepareProgramData", "lotara.ekonomi", data);
    at("2026-02-16T10:00");
    complete(instance, "Task_ApproveInternally", "lotara.sekda", Map.of("decision", "SETUJU"));
    at("2026-02-20T09:00");
    complete(instance, "Task_SubmitRequestLetter", "lotara.ekonomi", Map.of("letterNumber",
        "500.2/045/EKON/II/2026", "letterDate", "2026-02-19"), "SURAT_PERMOHONAN");
    at("2026-03-25T14:00");
    complete(instance, "Task_StudyCooperation", "pip.kerjasama", Map.of("outcome", "LAYAK",
        "summary", "Program bunga ditanggung Pemda melengkapi UMi; PNM aktif di lima kecamatan."));
    at("2026-04-08T10:00");
    complete(instance, "Task_ProposeScheme", "pip.kerjasama", Map.of("synergies",
        json("[\"DATA_CALON_DEBITUR\",\"PENDAMPINGAN\",\"PELATIHAN\"]"), "penyalur", "penyalur-pnm",
        "targetDebtors", 1200, "targetAmount", 6000000000L));
    at("2026-04-15T10:00");
    complete(instance, "Task_ReviewScheme", "lotara.ekonomi", Map.of("decision", "SETUJU"));
    at("2026-05-06T10:00");
    complete(instance, "Task_DraftAgreement", "pip.kerjasama", Map.of("title",
        "Dokumen Kesepakatan Sinergi Pembiayaan UMi Kabupaten Lombok Utara", "commitments",
        "Pemda menyediakan data calon debitur, pendamping dan pelatihan; PIP menyalurkan UMi melalui PNM."));
    at("2026-05-20T10:00");
    complete(instance, "Task_SignAgreementPemda", "lotara.bupati", signature("500/112/KLU/2026",
        "2026-05-19", "Najmul Akhyar, Bupati Lombok Utara"), "DOKUMEN_KESEPAKATAN_PEMDA");
    complete(instance, "Task_SignAgreementPip", "pip.kepala", signature("KS-14/IP/2026",
        "2026-05-20", "Bambang Sutrisno, Kepala Unit Kerja Sama"), "DOKUMEN_KESEPAKATAN_PIP");
    runAsyncJobs(instance);
    at("2026-06-10T10:00");
    complete(instance, "Task_DraftPks", "pip.kerjasama", Map.of("pksNumber", "PKS-07/IP/2026",
        "periodStart", "2026-07-01", "periodEnd", "2027-06-30", "targetDebtors", 1200,
        "targetAmount", 6000000000L));
    at("2026-06-24T10:00");
    complete(instance, "Task_SignPksPemda", "lotara.bupati", signature("PKS/21/KLU/2026",
        "2026-06-23", "Najmul Akhyar, Bupati Lombok Utara"), "PKS_PEMDA");
    complete(instance, "Task_SignPksPip", "pip.kepala", signature("PKS-07/IP/2026",
        "2026-06-24", "Bambang Sutrisno, Kepala Unit Kerja Sama"), "PKS_PIP");
    complete(instance, "Task_SignPksPenyalur", "penyalur.pnm", signature("PNM-NTB/088/2026",
        "2026-06-24", "Made Sudarsana, Pimpinan Wilayah NTB"), "PKS_PENYALUR");
    runAsyncJobs(instance);
    String[][] months = {{"2026-07", "84", "412000000", "2026-08-05"},
        {"2026-08", "97", "486500000", "2026-09-04"}, {"2026-09", "121", "598000000", "2026-10-06"},
        {"2026-10", "110", "551000000", "2026-11-05"}};
    for (String[] month : months) {
      at(month[3] + "T09:00");
      fireTimer(instance, "Timer_MonthEnded");
      Map<String, Object> report = new HashMap<>(Map.of("month", month[0],
          "debtorsReached", Integer.parseInt(month[1]), "amountDisbursed", Long.parseLong(month[2])));
      report.put("kecamatanRows", json("[{\"kecamatan\":\"Tanjung\",\"debtors\":30,\"amount\":150000000},"
          + "{\"kecamatan\":\"Gangga\",\"debtors\":25,\"amount\":120000000}]"));
      complete(instance, "Task_ReportDisbursement", "penyalur.pnm", report);
      if (month[0].equals("2026-09")) {
        at("2026-10-14T10:00");
        fireTimer(instance, "Timer_QuarterEnded");
        complete(instance, "Task_EvaluateQuarter", "pip.kerjasama", Map.of("pemdaParticipants",
            "Raden Sumardi (Bagian Ekonomi Setda Lombok Utara)", "progressAssessment",
            "SESUAI_TARGET", "findings", "Triwulan pertama 302 debitur dari target 300 per triwulan; data calon debitur dari desa belum lengkap.",
            "recommendations", "Bagian Ekonomi mengirim data calon debitur per desa setiap bulan."));
      }
    }
  }

  private void lombokTengah() {
    at("2026-05-12T10:00");
    start("pip.kerjasama", CooperationService.PIP_OFFER, "52.02", "Sosialisasi UMi melalui Zoom "
        + "pada 12 Mei 2026 bersama Bagian Ekonomi dan Setda Lombok Tengah; PIP menawarkan "
        + "kerja sama dan menunggu data pelaku usaha.");
    ProcessInstance instance = instanceOf("52.02");
    at("2026-05-19T09:00");
    complete(instance, "Task_AnswerOffer", "loteng.ekonomi", Map.of("decision", "TERIMA"));
    dataRequests.collectFromDiskop(instance.getId(), "loteng.ekonomi", "52.02");
  }

  private void sumbawa() {
    at("2026-06-02T09:00");
    ProcessInstance instance = start("sumbawa.ekonomi", CooperationService.PEMDA_REQUEST, "52.04",
        "Sumbawa mengajukan kerja sama; data program tersebar di beberapa OPD.");
    dataRequests.collectFromDiskop(instance.getId(), "sumbawa.ekonomi", "52.04");
    at("2026-07-21T11:00");
    complete(instance, "Task_PrepareProgramData", "sumbawa.ekonomi", Map.of("programs",
        json("[{\"type\":\"GOODS_GRANT\",\"name\":\"Hibah alat usaha IKM\",\"budget\":350000000,"
            + "\"year\":2026,\"opd\":\"diskop\",\"targetBusinesses\":120}]")));
  }

  // ---- driving the engine as the users would ----

  private static void at(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime)
        .atZone(id.sinergi.kernel.clock.EngineClock.ZONE).toInstant()));
  }

  private ProcessInstance start(String userId, String initiative, String pemda, String background) {
    as(userId);
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(CooperationVariables.PROCESS_KEY,
          Map.of("initiative", initiative, "pemda", pemda, "background", background));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private ProcessInstance instanceOf(String pemda) {
    String id = cooperations.findByOpenPemdaCode(pemda).orElseThrow().processInstanceId;
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private void complete(ProcessInstance instance, String taskKey, String userId,
      Map<String, Object> fields, String... documentKinds) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult();
    as(userId);
    try {
      for (String kind : documentKinds) {
        documents.upload(task.getId(), kind, kind.toLowerCase() + ".pdf", PDF,
            callers.ofUser(userId));
      }
      engine.getTaskService().claim(task.getId(), userId);
      engine.getFormService().submitTaskForm(task.getId(), fields);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void as(String userId) {
    Callers.authenticate(engine.getIdentityService(), userId);
  }

  private void runAsyncJobs(ProcessInstance instance) {
    for (Job job : engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).messages().list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  private void fireTimer(ProcessInstance instance, String activityId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());
  }

  private static Map<String, Object> signature(String number, String date, String signer) {
    return Map.of("documentNumber", number, "signedOn", date, "signerName", signer);
  }

  private static Object json(String json) {
    return SpinValues.jsonValue(json).create();
  }

}
