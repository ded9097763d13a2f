package id.sinergi.cooperation;

import static id.sinergi.cooperation.CooperationDriver.PENYALUR;
import static id.sinergi.cooperation.CooperationDriver.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.sinergi.document.DocumentService;
import id.sinergi.kernel.caller.Affiliations;
import id.sinergi.kernel.caller.Callers;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.support.Api;
import id.sinergi.support.SinergiSpringTest;
import id.sinergi.umi.Ceilings;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
 * UMi's rules on the Penyalur's monthly report, through the real form (Tasklist's submit) and
 * the REST uploads: a report over the ceiling in force is refused with the reason, a month after
 * the ceiling changed is checked against the new one, debtor lists are refused row by row, and
 * debtors reported twice in a period or despite a SIKP finding are flagged for PIP. The test's
 * own ceiling rows lie in 2047–2048, so no other test's months are affected.
 */
@SinergiSpringTest
class UmiReportProcessTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final Random RANDOM = new Random(System.nanoTime());

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired DocumentService documents;
  @Autowired Affiliations affiliations;
  @Autowired CooperationRepository cooperations;
  @Autowired Ceilings ceilings;
  @Autowired JdbcTemplate jdbc;

  CooperationDriver driver;
  final String pemda = "52.05";

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    driver = new CooperationDriver(engine, documents);
    driver.affiliations = affiliations;
    driver.ensurePemdaUsers(pemda);
    CooperationTestSupport.closeOpen(engine, cooperations, pemda);
    ceiling("2047-01-01", 20_000_000, false);
    ceiling("2047-06-01", 25_000_000, false);
    ceiling("2048-01-01", 25_000_000, true);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    driver.asNobody();
    CooperationTestSupport.closeOpen(engine, cooperations, pemda);
  }

  /** The test's own ceiling rows (append-only, so added once per database). */
  private void ceiling(String from, long amount, boolean exceptions) {
    Integer found = jdbc.queryForObject("select count(*) from umi_ceiling where valid_from = ? "
        + "and amount = ? and exceptions_allowed = ?", Integer.class, LocalDate.parse(from),
        BigDecimal.valueOf(amount), exceptions);
    if (found == 0) {
      ceilings.add(new Ceilings.NewCeiling(BigDecimal.valueOf(amount), LocalDate.parse(from),
          "Keputusan Direktur Utama PIP (uji)", exceptions, "Plafon uji untuk laporan UMi"),
          new Callers(engine.getIdentityService(), affiliations).ofUser("admin"));
    }
  }

  private ProcessInstance inDistribution() {
    ProcessInstance instance = driver.toScheme(pemda);
    driver.toDistribution(instance, pemda, "2047-01-01", "2048-12-31");
    return instance;
  }

  private long cooperationId(ProcessInstance instance) {
    return cooperations.findByProcessInstanceId(instance.getId()).orElseThrow().id;
  }

  private void submitReport(ProcessInstance instance, String month, int debtors, long amount) {
    driver.complete(instance, "Task_ReportDisbursement", PENYALUR, report(month, debtors, amount));
  }

  static String nik() {
    return String.format("520501%02d%02d%02d%04d", 1 + RANDOM.nextInt(28),
        1 + RANDOM.nextInt(12), RANDOM.nextInt(100), 1 + RANDOM.nextInt(9998));
  }

  private ResponseEntity<Map<String, Object>> upload(String user, String path, String csv) {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "debitur.csv";
      }
    });
    return Api.demo(port, user).post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA)
        .body(parts).retrieve().toEntity(JSON);
  }

  private ResponseEntity<Map<String, Object>> debtorList(long id, String month, String rows) {
    return upload("penyalur.pnm", "/api/umi/cooperations/" + id + "/debtor-lists?month=" + month,
        "NIK;Jumlah (Rp);Tanggal penyaluran\n" + rows);
  }

  private Map<String, Object> view(String user, long id) {
    return Api.demo(port, user).get().uri("/api/umi/cooperations/" + id).retrieve()
        .toEntity(JSON).getBody();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> view, String key) {
    return (List<Map<String, Object>>) view.get(key);
  }

  @Test
  void aReportOverTheCeilingInForceIsRefusedAndTheNewCeilingAppliesAfterItChanged() {
    ProcessInstance instance = inDistribution();
    long id = cooperationId(instance);

    // May 2047: Rp20.000.000 in force; an average of Rp21.000.000 per debtor is refused.
    driver.fireTimer(instance, "Timer_MonthEnded");
    assertThatThrownBy(() -> submitReport(instance, "2047-05", 10, 210_000_000L))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("rata-rata per debitur Rp21.000.000")
        .hasMessageContaining("melebihi plafon per debitur Rp20.000.000 (berlaku sejak 01/01/2047");
    assertThat(instance).isWaitingAt("Task_ReportDisbursement");

    // The debtor list is refused row by row: Rp24.000.000 is over May's ceiling.
    String over = nik();
    ResponseEntity<Map<String, Object>> refused = debtorList(id, "2047-05",
        nik() + ";15.000.000;10/05/2047\n" + over + ";24000000;2047-05-12\n"
            + "1234;abc;2047-06-01\n");
    assertThat(refused.getStatusCode().value()).isEqualTo(422);
    assertThat(refused.getBody()).containsEntry("status", "REJECTED").containsEntry("errorCount", 4);
    assertThat(refused.getBody().toString())
        .contains("row=3, column=Jumlah (Rp), value=24000000, reason=Rp24.000.000 melebihi plafon "
            + "per debitur Rp20.000.000")
        .contains("NIK harus 16 angka").contains("di luar bulan laporan 05/2047");
    long uploadId = ((Number) refused.getBody().get("uploadId")).longValue();
    String report = new String(Api.demo(port, "pip.kerjasama").get()
        .uri("/api/umi/uploads/" + uploadId + "/errors.csv").retrieve().body(byte[].class),
        StandardCharsets.UTF_8);
    assertThat(report).startsWith("\uFEFFBaris;Kolom;Nilai;Alasan").contains("Rp24.000.000");

    submitReport(instance, "2047-05", 10, 150_000_000L);

    // June 2047: the new Rp25.000.000 applies, to the list and to the average.
    driver.fireTimer(instance, "Timer_MonthEnded");
    ResponseEntity<Map<String, Object>> accepted = debtorList(id, "2047-06",
        over + ";24.000.000;03/06/2047\n" + nik() + ";15000000;2047-06-20\n");
    assertThat(accepted.getStatusCode().value()).isEqualTo(201);
    submitReport(instance, "2047-06", 2, 44_000_000L);

    Map<String, Object> pip = view("pip.kerjasama", id);
    assertThat(list(pip, "reports")).extracting(r -> r.get("month") + " " + r.get("basis") + " "
        + ((Number) r.get("ceilingAmount")).longValue() + " " + r.get("result"))
        .containsExactly("05/2047 AVERAGE 20000000 PASSED", "06/2047 DEBTOR_LIST 25000000 PASSED");
    assertThat(list(pip, "debtors")).hasSize(2);
    assertThat(list(pip, "refusals")).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("errorCount", 4).containsEntry("month", "05/2047"));
    assertThat(list(pip, "flags")).isEmpty();

    // Scoped by the cooperation's case: another Pemda reads nothing, only its Penyalur uploads.
    assertThat(Api.demo(port, "loteng.ekonomi").get().uri("/api/umi/cooperations/" + id)
        .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    assertThat(upload("pip.kerjasama", "/api/umi/cooperations/" + id
        + "/debtor-lists?month=2047-07", "NIK;Jumlah (Rp);Tanggal penyaluran\n")
        .getStatusCode().value()).isEqualTo(403);
    // A checked month's list cannot be replaced.
    assertThat(debtorList(id, "2047-06", nik() + ";1000000;2047-06-02\n").getStatusCode().value())
        .isEqualTo(409);

    // A new row reaching back over checked months needs a reason.
    var admin = new Callers(engine.getIdentityService(), affiliations).ofUser("admin");
    assertThatThrownBy(() -> ceilings.add(new Ceilings.NewCeiling(BigDecimal.valueOf(20_000_000),
        LocalDate.of(2047, 3, 1), "Keputusan uji", false, null), admin))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("sudah diperiksa");
  }

  @Test
  void debtorsReportedTwiceOrDespiteASikpFindingAreFlaggedForPip() {
    ProcessInstance instance = inDistribution();
    long id = cooperationId(instance);
    String twice = nik();
    String over = nik();
    String credit = nik();

    // January 2048 (the ceiling allows exceptions): one NIK twice, one over the ceiling.
    driver.fireTimer(instance, "Timer_MonthEnded");
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2048, 2, 5).atTime(9, 0)
        .atZone(ZoneId.of("Asia/Makassar")).toInstant()));
    assertThat(debtorList(id, "2048-01", twice + ";10000000;2048-01-05\n" + twice
        + ";5000000;2048-01-20\n" + over + ";30.000.000;2048-01-22\n").getStatusCode().value())
        .isEqualTo(201);
    submitReport(instance, "2048-01", 3, 45_000_000L);

    // The Penyalur records SIKP checks in bulk: one NIK holds other programme credit.
    ResponseEntity<Map<String, Object>> checks = upload("penyalur.pnm",
        "/api/umi/cooperations/" + id + "/sikp-checks", "NIK;Hasil SIKP;Tanggal periksa\n"
            + credit + ";ADA_KREDIT_PROGRAM;01/02/2048\n" + twice + ";BERSIH;2048-02-01\n");
    assertThat(checks.getStatusCode().value()).isEqualTo(201);
    assertThat(upload("penyalur.pnm", "/api/umi/cooperations/" + id + "/sikp-checks",
        "NIK;Hasil SIKP;Tanggal periksa\n" + credit + ";MUNGKIN;01/03/2049\n").getBody()
        .toString()).contains("tulis BERSIH atau ADA_KREDIT_PROGRAM").contains("belum terjadi");

    // February 2048: the over-ceiling debtor again, and the one SIKP showed credit for.
    driver.fireTimer(instance, "Timer_MonthEnded");
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2048, 3, 4).atTime(9, 0)
        .atZone(ZoneId.of("Asia/Makassar")).toInstant()));
    assertThat(debtorList(id, "2048-02", over + ";10000000;2048-02-11\n" + credit
        + ";5000000;2048-02-10\n").getStatusCode().value()).isEqualTo(201);
    submitReport(instance, "2048-02", 2, 15_000_000L);

    Map<String, Object> pip = view("pip.kerjasama", id);
    assertThat(list(pip, "flags")).extracting(f -> f.get("month") + " " + f.get("kind") + " "
        + f.get("nik")).containsExactlyInAnyOrder(
            "01/2048 DUPLICATE_IN_PERIOD " + twice,
            "01/2048 OVER_CEILING " + over,
            "02/2048 DUPLICATE_IN_PERIOD " + over,
            "02/2048 SIKP_PROGRAM_CREDIT " + credit);
    assertThat(list(pip, "flags")).anySatisfy(f -> assertThat((String) f.get("detail"))
        .contains("pemeriksaan SIKP 01/02/2048 oleh penyalur.pnm"));
    assertThat(list(pip, "reports")).extracting(r -> r.get("result"))
        .containsExactly("FLAGGED", "FLAGGED");
    assertThat(list(pip, "sikpChecks")).extracting(c -> c.get("checkedBy"))
        .containsOnly("penyalur.pnm");
    assertThat(list(pip, "debtors")).anySatisfy(d -> assertThat(d)
        .containsEntry("nik", credit).containsEntry("sikpResult", "HAS_PROGRAM_CREDIT"));
    // The Pemda reads its cooperation's flags too; managers read, never upload.
    assertThat(list(view("t.52.05.ekonomi", id), "flags")).hasSize(4);
    assertThat(upload("manajer", "/api/umi/cooperations/" + id + "/sikp-checks",
        "NIK;Hasil SIKP;Tanggal periksa\n").getStatusCode().value()).isEqualTo(403);
  }
}
