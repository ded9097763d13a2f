package id.sinergi.incubation;

import id.sinergi.kernel.cases.Cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.support.Api;
import id.sinergi.support.SinergiSpringTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
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
 * Incubation's REST API and its refusals: registration one by one and by CSV/XLSX import
 * (all-or-nothing, with row and field), one business in one cohort at a time, businesses
 * already fostered flagged, attendance refused for future sessions and outsiders, withdrawal,
 * the report as ratios and its exports, scoping, and who may open a cohort.
 */
@SinergiSpringTest
class IncubationApiTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired Cases cases;
  @Autowired CohortRepository cohorts;
  @Autowired CandidateRepository candidates;
  @Autowired FosteredBusinessRepository fostered;
  @Autowired ReferralRepository referrals;

  IncubationScenario scenario;
  RestClient stipark;
  LocalDate today = LocalDate.of(2032, 2, 2);

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(IncubationScenario.at(today, 9));
    scenario = new IncubationScenario(engine, candidates);
    stipark = Api.demo(port, "stipark.staf");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void registersOneByOneAndRefusesBadOrDuplicateBusinesses() {
    Cohort first = scenario.startCohort(5, today.plusWeeks(4), 12, cohorts);
    Cohort second = new IncubationScenario(engine, candidates)
        .startCohort(5, today.plusWeeks(6), 6, cohorts);
    String nik = IncubationScenario.nik();

    var created = register(stipark, first, candidate("Dodol Nangka Bu Sri", nik, null));
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    assertThat(created.getBody()).containsEntry("status", "REGISTERED")
        .containsEntry("pemdaCode", "52.03").containsEntry("source", "MANUAL");

    var badNik = register(stipark, first, candidate("Usaha Salah", "52030112", "123"));
    assertThat(badNik.getStatusCode().value()).isEqualTo(400);
    assertThat(errors(badNik)).anySatisfy(e -> {
      assertThat(e).containsEntry("field", "nik");
      assertThat((String) e.get("reason")).contains("NIK harus 16 angka");
    }).anySatisfy(e -> assertThat(e).containsEntry("field", "nib"));

    var impossibleBirthday = register(stipark, first,
        candidate("Usaha Salah", "5203019913900001", null));
    assertThat(errors(impossibleBirthday).get(0).get("reason").toString())
        .contains("tanggal lahir");

    var elsewhere = register(stipark, second, candidate("Dodol Nangka Bu Sri", nik, null));
    assertThat(elsewhere.getStatusCode().value()).isEqualTo(400);
    assertThat(errors(elsewhere).get(0).get("reason").toString())
        .contains("sedang mengikuti angkatan '" + first.getName() + "' (STIPark NTB)");
    var twice = register(stipark, first, candidate("Dodol Nangka Bu Sri", nik, null));
    assertThat(errors(twice).get(0).get("reason").toString())
        .contains("sudah terdaftar di angkatan ini");

    String fosteredNik = IncubationScenario.nik();
    fostered.save(new FosteredBusiness(fosteredNik, null, "52.03-diskop",
        "Pendampingan UMKM naik kelas 2031", LocalDate.of(2031, 5, 1), null,
        OffsetDateTime.now()));
    var flagged = register(stipark, first, candidate("Abon Ikan Labuhan Haji", fosteredNik,
        null));
    assertThat(flagged.getStatusCode().value()).isEqualTo(201);
    assertThat((String) flagged.getBody().get("fosteredFlag")).contains(
        "Sudah menjadi binaan Dinas Koperasi dan UKM — Lombok Timur",
        "Pendampingan UMKM naik kelas 2031");

    var otherIncubator = register(Api.demo(port, "plut.konsultan"), first,
        candidate("Usaha PLUT", IncubationScenario.nik(), null));
    assertThat(otherIncubator.getStatusCode().value()).isEqualTo(403);
    assertThat(Api.demo(port, "loteng.ekonomi").get()
        .uri("/api/incubation/cohorts/{id}/report", first.getId()).retrieve().toEntity(JSON)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(Api.demo(port, "manajer").get()
        .uri("/api/incubation/cohorts/{id}/report", first.getId()).retrieve().toEntity(JSON)
        .getStatusCode().value()).isEqualTo(200);
    assertThat(stipark.get().uri("/api/incubation/cohorts/999999").retrieve().toEntity(JSON)
        .getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void importsCsvAndXlsxAllOrNothing() throws IOException {
    Cohort cohort = scenario.startCohort(10, today.plusWeeks(4), 12, cohorts);
    String good1 = IncubationScenario.nik();
    String good2 = IncubationScenario.nik();
    String csv = "nama_usaha;nama_pemilik;nik;nib;kode_pemda;alamat;sektor;skala;kebutuhan\n"
        + "Kerupuk Kulit Masbagik;Amaq Rian;" + good1 + ";;52.03;Masbagik;PANGAN_OLAHAN;"
        + "ULTRA_MIKRO;KEMASAN\n"
        + "Anyaman Ketak Loyok;Inaq Minah;12345;;52.03;Loyok;KERAJINAN;MIKRO;PEMASARAN\n"
        + "Susu Kuda Liar;Amaq Sahnan;" + good2 + ";;52.99;;PETERNAKAN;MIKRO;PRODUKSI\n";
    var refused = importFile(cohort, "calon.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    List<Map<String, Object>> errors = errors(refused);
    assertThat(errors).extracting(e -> e.get("field")).contains("baris 3.nik",
        "baris 4.pemdaCode", "baris 4.sector");
    assertThat(candidates.findByCohortIdOrderById(cohort.getId())).isEmpty();

    String fixed = csv.replace("12345", IncubationScenario.nik()).replace("52.99", "52.03")
        .replace("PETERNAKAN", "AGRO");
    var imported = importFile(cohort, "calon.csv", ("\uFEFF" + fixed)
        .getBytes(StandardCharsets.UTF_8));
    assertThat(imported.getStatusCode().value()).isEqualTo(201);
    assertThat(imported.getBody()).containsEntry("imported", 3);

    var again = importFile(cohort, "calon.csv", fixed.getBytes(StandardCharsets.UTF_8));
    assertThat(errors(again)).hasSize(3)
        .allSatisfy(e -> assertThat(e.get("reason").toString()).contains("sudah terdaftar"));

    var xlsx = importFile(cohort, "calon.xlsx", xlsx(List.of(
        List.of("Nama Usaha", "Nama Pemilik", "NIK", "Sektor", "Skala", "Kebutuhan"),
        List.of("Bawang Goreng Sembalun", "Inaq Nurul", IncubationScenario.nik(),
            "pangan olahan", "mikro", "pembiayaan"),
        List.of("Tenun Ikat Pringgasela", "Inaq Atun", IncubationScenario.nik(), "FESYEN",
            "MIKRO", "PRODUKSI"))));
    assertThat(xlsx.getStatusCode().value()).isEqualTo(201);
    assertThat(xlsx.getBody()).containsEntry("imported", 2);
    assertThat(candidates.findByCohortIdOrderById(cohort.getId())).hasSize(5)
        .filteredOn(c -> c.getSource() == Candidate.Source.IMPORT).hasSize(5);

    var noColumns = importFile(cohort, "calon.csv", "nama;alamat\nA;B\n".getBytes());
    assertThat(errors(noColumns).get(0).get("reason").toString())
        .contains("Kolom wajib tidak ada", "nama_usaha");
    var pdf = importFile(cohort, "calon.pdf", "%PDF-1.4".getBytes());
    assertThat(errors(pdf).get(0).get("reason").toString()).contains(".csv atau .xlsx");
  }

  @Test
  void attendanceIsRefusedForFutureSessionsAndOutsidersAndWithdrawalEndsCleanly() {
    LocalDate start = today.plusWeeks(2);
    Cohort cohort = scenario.startCohort(2, start, 3, cohorts);
    scenario.recruit(List.of(
        IncubationScenario.candidateRow("Kopi Sapit", IncubationScenario.nik(), "52.03",
            "PANGAN_OLAHAN", "MIKRO", "KEMASAN"),
        IncubationScenario.candidateRow("Madu Sembalun", IncubationScenario.nik(), "52.03",
            "AGRO", "ULTRA_MIKRO", "PEMBIAYAAN"),
        IncubationScenario.candidateRow("Gula Aren Suela", IncubationScenario.nik(), "52.03",
            "PANGAN_OLAHAN", "MIKRO", "PERIZINAN")), true);
    List<Candidate> all = candidates.findByCohortIdOrderById(cohort.getId());
    all.forEach(c -> scenario.verify(c, true));
    scenario.select(List.of(all.get(0).getId(), all.get(1).getId()));
    Long outsider = all.get(2).getId();

    var future = attendance(cohort, 1, List.of(all.get(0).getId()));
    assertThat(future.getStatusCode().value()).isEqualTo(400);
    assertThat(errors(future).get(0).get("reason").toString())
        .contains("Sesi ke-1 baru dijadwalkan " + start.getDayOfMonth());

    ClockUtil.setCurrentTime(IncubationScenario.at(start, 10));
    scenario.runDueJobs();
    assertThat(errors(attendance(cohort, 1, List.of(outsider))).get(0).get("reason").toString())
        .contains("bukan peserta aktif angkatan ini (tidak terpilih sebagai peserta)");
    assertThat(errors(attendance(cohort, 99, List.of())).get(0).get("reason").toString())
        .contains("tidak punya sesi ke-99 (sesi 1–12)");
    var recorded = attendance(cohort, 1, List.of(all.get(0).getId(), all.get(1).getId()));
    assertThat(recorded.getStatusCode().value()).isEqualTo(200);
    assertThat(recorded.getBody()).containsEntry("recordedBy", "stipark.staf");

    // Withdrawal: the participant's instance ends through its withdrawal event, history stays.
    Candidate leaving = candidates.findById(all.get(1).getId()).orElseThrow();
    String instance = leaving.getProcessInstanceId();
    assertThat(instance).isNotNull();
    var noReason = stipark.post().uri("/api/incubation/cohorts/{id}/participants/{c}/withdraw",
        cohort.getId(), leaving.getId()).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("reason", "")).retrieve().toEntity(JSON);
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    var withdrawn = stipark.post().uri("/api/incubation/cohorts/{id}/participants/{c}/withdraw",
        cohort.getId(), leaving.getId()).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("reason", "Pindah domisili ke Bali untuk bekerja")).retrieve().toEntity(JSON);
    assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);
    assertThat(withdrawn.getBody()).containsEntry("status", "WITHDRAWN");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
        .count()).isZero();
    var history = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instance).singleResult();
    assertThat(history.getEndActivityId()).isEqualTo("SubProcess_Withdrawal");
    assertThat(history.getState()).isEqualTo("COMPLETED");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(instance).activityId("Event_WithdrawalRecorded").finished().count())
        .isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(instance).activityId("Task_ChooseTraining").count()).isEqualTo(1);
    assertThat(errors(attendance(cohort, 1, List.of(leaving.getId()))).get(0).get("reason")
        .toString()).contains("sudah mengundurkan diri");
    assertThat(errors(stipark.post().uri(
        "/api/incubation/cohorts/{id}/participants/{c}/withdraw", cohort.getId(),
        leaving.getId()).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("reason", "sekali lagi")).retrieve().toEntity(JSON)).get(0).get("reason")
        .toString()).contains("bukan peserta aktif");

    // Released: the withdrawn business may join another cohort.
    Cohort next = new IncubationScenario(engine, candidates)
        .startCohort(5, today.plusWeeks(8), 6, cohorts);
    assertThat(register(stipark, next, candidate("Madu Sembalun", leaving.getNik(), null))
        .getStatusCode().value()).isEqualTo(201);

    // The report reads as ratios, in JSON and in the exports.
    var report = stipark.get().uri("/api/incubation/cohorts/{id}/report", cohort.getId())
        .retrieve().toEntity(JSON).getBody();
    assertThat(text(report, "candidates")).isEqualTo("3/200 (2%)");
    assertThat(text(report, "verified")).isEqualTo("3/200 (2%)");
    assertThat(text(report, "selected")).isEqualTo("2/2 (100%)");
    assertThat(report).containsEntry("withdrawn", 1);
    String csv = new String(stipark.get().uri("/api/incubation/cohorts/{id}/report.csv",
        cohort.getId()).retrieve().body(byte[].class), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFBagian;Indikator;Nilai")
        .contains("Rekrutmen;Terverifikasi lapangan (dari target);3/200 (2%)")
        .contains("Kehadiran;Pengetahuan bisnis produk olahan — kehadiran;2/2 (100%)");
    byte[] xlsx = stipark.get().uri("/api/incubation/cohorts/{id}/report.xlsx", cohort.getId())
        .retrieve().body(byte[].class);
    assertThat(xlsxRows(xlsx)).contains(
        List.of("Seleksi", "Peserta terpilih (dari kapasitas)", "2/2 (100%)"));
  }

  @Test
  void aReferralReachesThePenyalurOfACooperationInDistribution() {
    Cohort cohort = scenario.startCohort(5, today.plusWeeks(4), 12, cohorts);
    Candidate graduate = candidates.save(new Candidate(cohort.getId(), "Madu Trigona KLU",
        "Raden Sumardi", IncubationScenario.nik(), null, "52.08", null,
        BusinessProfile.Sector.AGRO, BusinessProfile.Scale.ULTRA_MIKRO,
        BusinessProfile.Need.PEMBIAYAAN, Candidate.Source.MANUAL, "stipark.staf",
        OffsetDateTime.now()));
    // Started by the system before the referral (an administrator's repair), as a participant
    // of the cohort: the referral finds Lombok Utara's Penyalur and adds it to the case.
    String instance = engine.getRuntimeService()
        .createProcessInstanceByKey(IncubationVariables.PARTICIPANT_PROCESS)
        .setVariable("candidateId", graduate.getId())
        .startBeforeActivity("Task_ReferFinancing").execute().getId();
    engine.getManagementService().createJobQuery().processInstanceId(instance).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    assertThat(cases.of(instance).getPemdaCode()).isEqualTo("52.08");
    assertThat(cases.of(instance).groups("penyalur")).containsExactly("penyalur-pnm");
    Task sikp = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_CheckSikp").singleResult();
    assertThat(sikp.getName()).isEqualTo(
        "Periksa SIKP calon debitur: Madu Trigona KLU — Lombok Utara");
    scenario.complete(sikp, "penyalur.pnm", List.of("penyalur-pnm"),
        IncubationScenario.sikpCheck("CLEAR", null));
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_FollowUpReferral").singleResult();
    assertThat(task.getName()).isEqualTo(
        "Tindak lanjuti rujukan pembiayaan: Madu Trigona KLU — Lombok Utara");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId())
        .taskCandidateGroup("penyalur-pnm").count()).isEqualTo(1);
    scenario.complete(task, "penyalur.pnm", List.of("penyalur-pnm"), Map.of("decision",
        "DIPROSES", "notes", "Dihubungi AO Mekaar Tanjung untuk pengajuan UMi."));
    assertThat(referrals.findByCandidateId(graduate.getId()).orElseThrow().getStatus())
        .isEqualTo(Referral.Status.PROCESSED);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
        .singleResult()).isNotNull();
    assertThat(engine.getRuntimeService().getActiveActivityIds(instance))
        .containsExactly("Event_SixMonthsAfterGraduation");
    engine.getRuntimeService().deleteProcessInstance(instance, "test finished");
  }

  @Test
  void theDemoHoldsStiparksLombokTimurCohortMidVerification() {
    Cohort demo = cohorts.findFirstByName("Pra-inkubasi IKM Lombok Timur (demo)").orElseThrow();
    assertThat(demo.getPemdaCode()).isEqualTo("52.03");
    assertThat(demo.getIncubatorCode()).isEqualTo("stipark");
    List<Task> open = engine.getTaskService().createTaskQuery()
        .processInstanceId(demo.getProcessInstanceId()).taskDefinitionKey("Task_VerifyCandidate")
        .taskCandidateGroup("stipark").list();
    assertThat(open).hasSize(3);
    var report = stipark.get().uri("/api/incubation/cohorts/{id}/report", demo.getId())
        .retrieve().toEntity(JSON).getBody();
    assertThat(text(report, "candidates")).isEqualTo("8/200 (4%)");
    assertThat(text(report, "verified")).isEqualTo("4/200 (2%)");
    assertThat(report).containsEntry("notEligible", 1).containsEntry("awaitingVerification", 3)
        .containsEntry("flaggedAsFostered", 1);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> listed = stipark.get().uri("/api/incubation/cohorts").retrieve()
        .body(List.class);
    assertThat(listed).anySatisfy(c -> assertThat(c).containsEntry("name",
        "Pra-inkubasi IKM Lombok Timur (demo)").containsEntry("region", "Lombok Timur"));
  }

  @Test
  void onlyTheIncubatorsOwnStaffOpenACohort() {
    Map<String, Object> plan = IncubationScenario.planValues("Uji wewenang", 5,
        today.plusWeeks(4), 12);
    assertThatThrownBy(() -> scenario.as("loteng.ekonomi", List.of("pemda-52.02-ekonomi"),
        () -> engine.getRuntimeService().startProcessInstanceByKey(
            IncubationVariables.COHORT_PROCESS, plan)))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> scenario.as("plut.konsultan", List.of("plut"),
        () -> engine.getRuntimeService().startProcessInstanceByKey(
            IncubationVariables.COHORT_PROCESS, plan)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Anda bukan staf STIPark NTB");
    Map<String, Object> past = new HashMap<>(plan);
    past.put("startDate", today.minusDays(1).toString());
    assertThatThrownBy(() -> scenario.as("stipark.staf", List.of("stipark"),
        () -> engine.getRuntimeService().startProcessInstanceByKey(
            IncubationVariables.COHORT_PROCESS, past)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("sudah lewat");
    assertThat(cohorts.findFirstByName("Uji wewenang")).isEmpty();
  }

  private ResponseEntity<Map<String, Object>> register(RestClient client, Cohort cohort,
      Map<String, Object> body) {
    return client.post().uri("/api/incubation/cohorts/{id}/candidates", cohort.getId())
        .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(JSON);
  }

  private ResponseEntity<Map<String, Object>> attendance(Cohort cohort, int session,
      List<Long> present) {
    return stipark.put().uri("/api/incubation/cohorts/{id}/sessions/{n}/attendance",
        cohort.getId(), session).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("attendedCandidateIds", present)).retrieve().toEntity(JSON);
  }

  private ResponseEntity<Map<String, Object>> importFile(Cohort cohort, String name,
      byte[] content) {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    return stipark.post().uri("/api/incubation/cohorts/{id}/candidates/import", cohort.getId())
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(JSON);
  }

  private static Map<String, Object> candidate(String name, String nik, String nib) {
    Map<String, Object> body = new HashMap<>();
    body.put("businessName", name);
    body.put("ownerName", "Pemilik " + name);
    body.put("nik", nik);
    body.put("nib", nib);
    body.put("sector", "PANGAN_OLAHAN");
    body.put("scale", "MIKRO");
    body.put("need", "KEMASAN");
    return body;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    return (List<Map<String, Object>>) response.getBody().get("errors");
  }

  @SuppressWarnings("unchecked")
  private static String text(Map<String, Object> report, String key) {
    return (String) ((Map<String, Object>) report.get(key)).get("text");
  }

  private static byte[] xlsx(List<List<String>> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "test", "1.0");
    Worksheet sheet = workbook.newWorksheet("Calon");
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        sheet.value(r, c, rows.get(r).get(c));
      }
    }
    workbook.finish();
    return out.toByteArray();
  }

  private static List<List<String>> xlsxRows(byte[] content) {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
      return workbook.getFirstSheet().read().stream()
          .map((Row row) -> java.util.stream.IntStream.range(0, row.getCellCount())
              .mapToObj(row::getCellText).toList()).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
