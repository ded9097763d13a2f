package id.sinergi.demo;

import id.sinergi.kernel.clock.EngineClock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile: cross-OPD data requests as their users drive them. Sumbawa's standalone request
 * to Diskop, Disnaker and Bappeda, answered by Diskop (the article's "data sits in several OPDs");
 * and the short request each demo cooperation makes at step 1.
 */
@Component
@Profile("demo")
class DataRequestDemo {

  static final String PROCESS = "cross-opd-data-request";
  static final String BUSINESS_KEY = "demo-sumbawa-data";
  private static final Logger LOG = LoggerFactory.getLogger(DataRequestDemo.class);

  private final ProcessDriver driver;

  DataRequestDemo(ProcessDriver driver) {
    this.driver = driver;
  }

  void seed() {
    if (driver.exists(PROCESS, BUSINESS_KEY)) {
      return;
    }
    ProcessInstance request = driver.start("sumbawa.ekonomi", PROCESS, BUSINESS_KEY, Map.of(
        "pemdaCode", "52.04", "requesterGroup", "pemda-52.04-ekonomi", "callerReference",
        "demo", "dataKinds", "PROGRAM,BUSINESS_ACTOR"));
    plan(request, "sumbawa.ekonomi", List.of(
        row("52.04-diskop", List.of("PROGRAM", "BUSINESS_ACTOR"),
            "Program bantuan UMKM 2026 dan penerimanya"),
        row("52.04-disnaker", List.of("TRAINING", "BUSINESS_ACTOR"),
            "Peserta pelatihan BLK 2025–2026"),
        row("52.04-bappeda", List.of("PROGRAM"), "Program daerah yang dapat bersinergi")));
    answer(request, "pemda-52.04-diskop", "sumbawa.diskop", Map.of("answer", "PROVIDE",
        "programs", Spin.JSON(List.of(Map.of("name", "Hibah alat usaha IKM 2026",
            "detail", "Hibah peralatan untuk usaha ultra mikro dan IKM", "amount", 350000000,
            "quantity", 120))),
        "actors", Spin.JSON(List.of(
            Map.of("nama", "Siti Aminah", "nik", "5204015107850003", "sektor", "10792",
                "kecamatan", "Moyo Hilir", "desa", "Moyo", "skala", "ULTRA_MIKRO",
                "telepon", "081234567890", "jenisBantuan", "HIBAH",
                "program", "Hibah alat usaha IKM 2026"),
            Map.of("nama", "Abdul Rahman", "nik", "5204031203800002", "sektor", "Perdagangan",
                "kecamatan", "Alas", "desa", "Dalam", "skala", "MIKRO",
                "jenisBantuan", "PELATIHAN")))));
    LOG.info("Demo: Sumbawa data request to Diskop, Disnaker and Bappeda (Diskop answered)");
  }

  /**
   * The data request a cooperation called at step 1: the coordinator asks the Pemda's Diskop
   * for its programmes, Diskop answers and the coordinator closes it.
   */
  void collectFromDiskop(String cooperationInstanceId, String coordinator, String pemda,
      String diskopUser) {
    ProcessInstance request = driver.calledBy(cooperationInstanceId, PROCESS);
    if (request == null) {
      return;
    }
    plan(request, coordinator, List.of(row(pemda + "-diskop", List.of("PROGRAM"),
        "Program dukungan usaha ultra mikro tahun berjalan")));
    answer(request, "pemda-" + pemda + "-diskop", diskopUser, Map.of("answer", "PROVIDE",
        "programs", Spin.JSON(List.of(Map.of("name", "Program dukungan UMKM Diskop",
            "quantity", 100)))));
    driver.complete(coordinator, request.getId(), "Task_ReviewAnswers",
        Map.of("action", "CLOSE"));
    driver.runDueJobs(request.getId());
  }

  private void plan(ProcessInstance request, String coordinator, List<Map<String, Object>> rows) {
    driver.complete(coordinator, request.getId(), "Task_PlanDataRequest",
        Map.of("requests", Spin.JSON(rows)));
    driver.runDueJobs(request.getId());
  }

  private void answer(ProcessInstance request, String opdGroup, String userId,
      Map<String, Object> values) {
    Task task = driver.tasks(request.getId(), "Task_SendData").stream()
        .filter(t -> driver.candidateGroups(t).contains(opdGroup)).findFirst().orElseThrow();
    driver.complete(userId, task, values);
    driver.runDueJobs(request.getId());
  }

  static Map<String, Object> row(String opdCode, List<String> kinds, String note) {
    return Map.of("opdCode", opdCode, "kinds", kinds, "dueDate",
        EngineClock.today().plusDays(14).toString(), "note", note);
  }
}
