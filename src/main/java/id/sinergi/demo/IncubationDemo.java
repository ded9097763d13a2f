package id.sinergi.demo;

import id.sinergi.incubation.FosteredBusinesses;
import id.sinergi.kernel.clock.EngineClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile: STIPark's pre-incubation for Lombok Timur in the middle of field verification
 * (seed 004: a target of 200 IKM, classes from March), so Tasklist shows stipark.staf the open
 * verification tasks and Cockpit the cohort waiting on them. A handful of real candidates stand
 * for the 200, recruited and verified through the cohort's own forms. Created once.
 */
@Component
@Profile("demo")
class IncubationDemo {

  static final String PROCESS = "incubation-cohort";
  static final String BUSINESS_KEY = "demo-stipark-lombok-timur";
  static final String NAME = "Pra-inkubasi IKM Lombok Timur (demo)";
  private static final Logger LOG = LoggerFactory.getLogger(IncubationDemo.class);
  private static final String USER = "stipark.staf";

  /** business, owner, NIK, sector, scale, need; the first five are verified (one not eligible). */
  private static final List<List<String>> CANDIDATES = List.of(
      List.of("Dodol Rumput Laut Inaq Sari", "Inaq Sari", "5203014507850001", "PANGAN_OLAHAN",
          "ULTRA_MIKRO", "KEMASAN"),
      List.of("Keripik Ubi Ungu Masbagik", "Amaq Junaidi", "5203021203800002", "PANGAN_OLAHAN",
          "MIKRO", "PERIZINAN"),
      List.of("Tenun Songket Pringgasela", "Inaq Atun", "5203035011790003", "FESYEN", "MIKRO",
          "PRODUKSI"),
      List.of("Anyaman Ketak Loyok", "Inaq Minah", "5203046102880004", "KERAJINAN", "MIKRO",
          "PEMASARAN"),
      List.of("Susu Kuda Liar Sembalun", "Amaq Sahnan", "5203051508700005", "AGRO", "MIKRO",
          "PRODUKSI"),
      List.of("Madu Trigona Sapit", "Lalu Ahmad", "5203062304910006", "AGRO", "ULTRA_MIKRO",
          "PEMBIAYAAN"),
      List.of("Kopi Robusta Suela", "Baiq Lina", "5203074709930007", "PANGAN_OLAHAN", "MIKRO",
          "KEMASAN"),
      List.of("Bawang Goreng Sembalun", "Inaq Nurul", "5203086601870008", "PANGAN_OLAHAN",
          "ULTRA_MIKRO", "PEMASARAN"));

  private final ProcessDriver driver;
  private final FosteredBusinesses fostered;

  IncubationDemo(ProcessDriver driver, FosteredBusinesses fostered) {
    this.driver = driver;
    this.fostered = fostered;
  }

  void seed() {
    if (driver.exists(PROCESS, BUSINESS_KEY)) {
      return;
    }
    LocalDate today = EngineClock.today();
    int year = today.isBefore(LocalDate.of(today.getYear(), 2, 1)) ? today.getYear()
        : today.getYear() + 1;
    LocalDate start = LocalDate.of(year, 3, 1).with(TemporalAdjusters.firstInMonth(
        DayOfWeek.MONDAY));
    Map<String, Object> plan = new HashMap<>();
    plan.put("name", NAME);
    plan.put("incubatorCode", "stipark");
    plan.put("pemdaCode", "52.03");
    plan.put("targetSize", 200);
    plan.put("capacity", 40);
    plan.put("startDate", start.toString());
    plan.put("durationMonths", 12);
    plan.put("sessionTime", "08:30");
    String instance = driver.start(USER, PROCESS, BUSINESS_KEY, plan).getId();
    // One candidate is already fostered by Lombok Timur's Diskop: the incubator sees a flag.
    fostered.record(CANDIDATES.get(6).get(2), null, "52.03-diskop", "Wirausaha Baru Lotim 2025",
        LocalDate.of(2025, 6, 2));
    List<Map<String, Object>> rows = CANDIDATES.stream().map(c -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("businessName", c.get(0));
      row.put("ownerName", c.get(1));
      row.put("nik", c.get(2));
      row.put("pemdaCode", "52.03");
      row.put("address", "Kabupaten Lombok Timur");
      row.put("sector", c.get(3));
      row.put("scale", c.get(4));
      row.put("need", c.get(5));
      return row;
    }).toList();
    driver.complete(USER, instance, "Task_RecruitCandidates", Map.of("newCandidates",
        Spin.JSON(rows), "recruitmentClosed", true));
    driver.runDueJobs(instance);
    for (int i = 0; i < 5; i++) {
      verify(instance, CANDIDATES.get(i).get(0), i != 4);
    }
    LOG.info("Demo incubation cohort '{}' waits on {} field verifications", NAME,
        CANDIDATES.size() - 5);
  }

  private void verify(String instance, String businessName, boolean eligible) {
    Task task = driver.tasks(instance, "Task_VerifyCandidate").stream()
        .filter(t -> t.getName().contains(": " + businessName)).findFirst().orElseThrow();
    Map<String, Object> values = new HashMap<>();
    values.put("checks", SpinValues.jsonValue(
        "[\"LOKASI_DIKUNJUNGI\",\"PROSES_PRODUKSI_DIAMATI\",\"FOTO_DIAMBIL\"]").create());
    values.put("productionProcess", "Produksi di rumah dengan alat sederhana, dibantu keluarga.");
    values.put("constraints", "Kemasan belum menarik, belum punya izin edar, pasar masih lokal.");
    values.put("decision", eligible ? "TERVERIFIKASI" : "TIDAK_LAYAK");
    if (!eligible) {
      values.put("notEligibleReason", "Usaha peternakan tanpa pengolahan; bukan sasaran IKM.");
    }
    driver.complete(USER, task, values);
    driver.runDueJobs(instance);
  }
}
