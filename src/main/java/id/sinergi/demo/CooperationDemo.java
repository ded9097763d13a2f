package id.sinergi.demo;

import id.sinergi.cooperation.CooperationDirectory;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile: the three cooperations of the article, driven through the real process (the
 * same forms, handlers and documents a user goes through) with the engine clock set to when
 * each step happened: Lombok Utara in distribution with monthly reports, Lombok Tengah offered
 * by PIP after a socialisation and waiting for its programme data, Sumbawa waiting for the
 * Sekda's internal agreement. Skips a Pemda that already has a cooperation (restarts).
 */
@Component
@Profile("demo")
class CooperationDemo {

  static final String PROCESS = "pip-pemda-cooperation";
  private static final Logger LOG = LoggerFactory.getLogger(CooperationDemo.class);

  private final ProcessDriver driver;
  private final CooperationDirectory directory;
  private final DataRequestDemo dataRequests;
  private final UmiDemo umi;

  CooperationDemo(ProcessDriver driver, CooperationDirectory directory,
      DataRequestDemo dataRequests, UmiDemo umi) {
    this.driver = driver;
    this.directory = directory;
    this.dataRequests = dataRequests;
    this.umi = umi;
  }

  void seed() {
    if (directory.ofPemda("52.08").isEmpty()) {
      lombokUtara();
    }
    if (directory.ofPemda("52.02").isEmpty()) {
      lombokTengah();
    }
    if (directory.ofPemda("52.04").isEmpty()) {
      sumbawa();
    }
    LOG.info("Demo: cooperations of Lombok Utara (distribution), Lombok Tengah and Sumbawa");
  }

  private void lombokUtara() {
    ProcessDriver.at("2026-02-03T09:00");
    ProcessInstance instance = start("lotara.ekonomi", "PERMOHONAN_PEMDA", "52.08",
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
    dataRequests.collectFromDiskop(instance.getId(), "lotara.ekonomi", "52.08", "lotara.diskop");
    complete(instance, "Task_PrepareProgramData", "lotara.ekonomi", data);
    ProcessDriver.at("2026-02-16T10:00");
    complete(instance, "Task_ApproveInternally", "lotara.sekda", Map.of("decision", "SETUJU"));
    ProcessDriver.at("2026-02-20T09:00");
    complete(instance, "Task_SubmitRequestLetter", "lotara.ekonomi", Map.of("letterNumber",
        "500.2/045/EKON/II/2026", "letterDate", "2026-02-19"), "SURAT_PERMOHONAN");
    ProcessDriver.at("2026-03-25T14:00");
    complete(instance, "Task_StudyCooperation", "pip.kerjasama", Map.of("outcome", "LAYAK",
        "summary", "Program bunga ditanggung Pemda melengkapi UMi; PNM aktif di lima kecamatan."));
    ProcessDriver.at("2026-04-08T10:00");
    complete(instance, "Task_ProposeScheme", "pip.kerjasama", Map.of("synergies",
        json("[\"DATA_CALON_DEBITUR\",\"PENDAMPINGAN\",\"PELATIHAN\"]"), "penyalur", "penyalur-pnm",
        "targetDebtors", 1200, "targetAmount", 6000000000L));
    ProcessDriver.at("2026-04-15T10:00");
    complete(instance, "Task_ReviewScheme", "lotara.ekonomi", Map.of("decision", "SETUJU"));
    ProcessDriver.at("2026-05-06T10:00");
    complete(instance, "Task_DraftAgreement", "pip.kerjasama", Map.of("title",
        "Dokumen Kesepakatan Sinergi Pembiayaan UMi Kabupaten Lombok Utara", "commitments",
        "Pemda menyediakan data calon debitur, pendamping dan pelatihan; PIP menyalurkan UMi melalui PNM."));
    ProcessDriver.at("2026-05-20T10:00");
    complete(instance, "Task_SignAgreementPemda", "lotara.bupati", signature("500/112/KLU/2026",
        "2026-05-19", "Najmul Akhyar, Bupati Lombok Utara"), "DOKUMEN_KESEPAKATAN_PEMDA");
    complete(instance, "Task_SignAgreementPip", "pip.kepala", signature("KS-14/IP/2026",
        "2026-05-20", "Bambang Sutrisno, Kepala Unit Kerja Sama"), "DOKUMEN_KESEPAKATAN_PIP");
    driver.runDueJobs(instance.getId());
    ProcessDriver.at("2026-06-10T10:00");
    complete(instance, "Task_DraftPks", "pip.kerjasama", Map.of("pksNumber", "PKS-07/IP/2026",
        "periodStart", "2026-07-01", "periodEnd", "2027-06-30", "targetDebtors", 1200,
        "targetAmount", 6000000000L));
    ProcessDriver.at("2026-06-24T10:00");
    complete(instance, "Task_SignPksPemda", "lotara.bupati", signature("PKS/21/KLU/2026",
        "2026-06-23", "Najmul Akhyar, Bupati Lombok Utara"), "PKS_PEMDA");
    complete(instance, "Task_SignPksPip", "pip.kepala", signature("PKS-07/IP/2026",
        "2026-06-24", "Bambang Sutrisno, Kepala Unit Kerja Sama"), "PKS_PIP");
    complete(instance, "Task_SignPksPenyalur", "penyalur.pnm", signature("PNM-NTB/088/2026",
        "2026-06-24", "Made Sudarsana, Pimpinan Wilayah NTB"), "PKS_PENYALUR");
    driver.runDueJobs(instance.getId());
    String[][] months = {{"2026-07", "84", "412000000", "2026-08-05"},
        {"2026-08", "97", "486500000", "2026-09-04"}, {"2026-09", "121", "598000000", "2026-10-06"},
        {"2026-10", "110", "551000000", "2026-11-05"}};
    for (String[] month : months) {
      ProcessDriver.at(month[3] + "T09:00");
      driver.fireTimer(instance.getId(), "Timer_MonthEnded");
      Map<String, Object> report = new HashMap<>(Map.of("month", month[0],
          "debtorsReached", Integer.parseInt(month[1]), "amountDisbursed", Long.parseLong(month[2])));
      report.put("kecamatanRows", json("[{\"kecamatan\":\"Tanjung\",\"debtors\":30,\"amount\":150000000},"
          + "{\"kecamatan\":\"Gangga\",\"debtors\":25,\"amount\":120000000}]"));
      // PNM records the month's SIKP checks and uploads its debtor list first (UMi's rules).
      umi.lombokUtaraMonth(directory.inDistribution("52.08").orElseThrow().cooperationId(),
          month[0], Integer.parseInt(month[1]), Long.parseLong(month[2]));
      complete(instance, "Task_ReportDisbursement", "penyalur.pnm", report);
      if (month[0].equals("2026-09")) {
        ProcessDriver.at("2026-10-14T10:00");
        driver.fireTimer(instance.getId(), "Timer_QuarterEnded");
        complete(instance, "Task_EvaluateQuarter", "pip.kerjasama", Map.of("pemdaParticipants",
            "Raden Sumardi (Bagian Ekonomi Setda Lombok Utara)", "progressAssessment",
            "SESUAI_TARGET", "findings", "Triwulan pertama 302 debitur dari target 300 per triwulan; data calon debitur dari desa belum lengkap.",
            "recommendations", "Bagian Ekonomi mengirim data calon debitur per desa setiap bulan."));
      }
    }
  }

  private void lombokTengah() {
    ProcessDriver.at("2026-05-12T10:00");
    ProcessInstance instance = start("pip.kerjasama", "PENAWARAN_PIP", "52.02", "Sosialisasi UMi melalui Zoom "
        + "pada 12 Mei 2026 bersama Bagian Ekonomi dan Setda Lombok Tengah; PIP menawarkan "
        + "kerja sama dan menunggu data pelaku usaha.");
        ProcessDriver.at("2026-05-19T09:00");
    complete(instance, "Task_AnswerOffer", "loteng.ekonomi", Map.of("decision", "TERIMA"));
    dataRequests.collectFromDiskop(instance.getId(), "loteng.ekonomi", "52.02", "loteng.diskop");
  }

  private void sumbawa() {
    ProcessDriver.at("2026-06-02T09:00");
    ProcessInstance instance = start("sumbawa.ekonomi", "PERMOHONAN_PEMDA", "52.04",
        "Sumbawa mengajukan kerja sama; data program tersebar di beberapa OPD.");
    dataRequests.collectFromDiskop(instance.getId(), "sumbawa.ekonomi", "52.04", "sumbawa.diskop");
    ProcessDriver.at("2026-07-21T11:00");
    complete(instance, "Task_PrepareProgramData", "sumbawa.ekonomi", Map.of("programs",
        json("[{\"type\":\"GOODS_GRANT\",\"name\":\"Hibah alat usaha IKM\",\"budget\":350000000,"
            + "\"year\":2026,\"opd\":\"diskop\",\"targetBusinesses\":120}]")));
  }

  private ProcessInstance start(String userId, String initiative, String pemda,
      String background) {
    return driver.start(userId, PROCESS, Map.of("initiative", initiative, "pemda", pemda,
        "background", background));
  }

  private void complete(ProcessInstance instance, String taskKey, String userId,
      Map<String, Object> fields, String... documentKinds) {
    driver.complete(userId, instance.getId(), taskKey, fields, documentKinds);
  }

  private static Map<String, Object> signature(String number, String date, String signer) {
    return Map.of("documentNumber", number, "signedOn", date, "signerName", signer);
  }

  private static Object json(String json) {
    return SpinValues.jsonValue(json).create();
  }
}
