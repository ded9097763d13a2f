package id.sinergi.incubation;

import id.sinergi.kernel.caller.Callers;
import id.sinergi.demo.ProcessDriver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: STIPark's pre-incubation for Lombok Timur in the middle of field
 * verification (seed 004: a target of 200 IKM, classes from March), so Tasklist shows
 * stipark.staf the open verification tasks and Cockpit the cohort waiting on them. A handful of
 * real candidates stand for the 200. Created once; a restart finds it and does nothing. Runs
 * when the application is ready (not as an engine bootstrap step): starting the cohort needs the
 * form handlers, which need the engine's services.
 */
@Component
@Profile("demo")
class IncubationDemoData {

  static final String NAME = "Pra-inkubasi IKM Lombok Timur (demo)";
  private static final Logger LOG = LoggerFactory.getLogger(IncubationDemoData.class);
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

  private final CohortRepository cohorts;
  private final CandidateRepository candidates;
  private final CandidateRegistration registration;
  private final FosteredBusinessRepository fostered;
  private final ProcessEngine engine;
  private final ProcessDriver driver;

  IncubationDemoData(CohortRepository cohorts, CandidateRepository candidates,
      CandidateRegistration registration, FosteredBusinessRepository fostered,
      ProcessEngine engine, ProcessDriver driver) {
    this.driver = driver;
    this.cohorts = cohorts;
    this.candidates = candidates;
    this.registration = registration;
    this.fostered = fostered;
    this.engine = engine;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void create() {
    if (cohorts.findFirstByName(NAME).isPresent()) {
      return;
    }
    LocalDate today = IncubationClock.today();
    int year = today.isBefore(LocalDate.of(today.getYear(), 2, 1)) ? today.getYear()
        : today.getYear() + 1;
    LocalDate start = LocalDate.of(year, 3, 1).with(TemporalAdjusters.firstInMonth(
        DayOfWeek.MONDAY));
    Callers.authenticate(engine.getIdentityService(), USER);
    try {
      Map<String, Object> plan = new HashMap<>();
      plan.put("name", NAME);
      plan.put("incubatorCode", "stipark");
      plan.put("pemdaCode", "52.03");
      plan.put("targetSize", 200);
      plan.put("capacity", 40);
      plan.put("startDate", start.toString());
      plan.put("durationMonths", 12);
      plan.put("sessionTime", "08:30");
      String instance = engine.getRuntimeService()
          .startProcessInstanceByKey(IncubationVariables.COHORT_PROCESS, plan).getId();
      Cohort cohort = cohorts.findFirstByName(NAME).orElseThrow();
      // One candidate is already fostered by Lombok Timur's Diskop: the incubator sees a flag.
      fostered.save(new FosteredBusiness(CANDIDATES.get(6).get(2), null, "52.03-diskop",
          "Wirausaha Baru Lotim 2025", LocalDate.of(2025, 6, 2), null, IncubationClock.now()));
      registration.registerAll(cohort, CANDIDATES.stream().map(c -> new CandidateInput(null,
          c.get(0), c.get(1), c.get(2), null, "52.03", "Kabupaten Lombok Timur", c.get(3),
          c.get(4), c.get(5))).toList(), Candidate.Source.MANUAL, USER);
      Task recruit = engine.getTaskService().createTaskQuery().processInstanceId(instance)
          .taskDefinitionKey("Task_RecruitCandidates").singleResult();
      engine.getTaskService().complete(recruit.getId(), Map.of("recruitmentClosed", true));
      List<Candidate> registered = candidates.findByCohortIdOrderById(cohort.getId());
      engine.getIdentityService().clearAuthentication();
      for (int i = 0; i < 5; i++) {
        verify(instance, registered.get(i), i != 4);
      }
      LOG.info("Demo incubation cohort '{}' waits on {} field verifications", NAME,
          registered.size() - 5);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void verify(String instance, Candidate candidate, boolean eligible) {
    Task task = driver.tasks(instance, "Task_VerifyCandidate").stream()
        .filter(t -> candidate.getId().equals(((Number) driver.variable(t,
            IncubationVariables.CANDIDATE_ID)).longValue()))
        .findFirst().orElseThrow();
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
  }
}
