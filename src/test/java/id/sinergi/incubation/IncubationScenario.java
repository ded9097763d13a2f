package id.sinergi.incubation;

import id.sinergi.kernel.caller.Callers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Drives incubation processes in tests as their users would: starts a cohort as STIPark staff,
 * completes tasks as their candidate groups (through the generic form layer, so the real
 * handlers run), and executes due jobs of the scenario's own instances only, because tests
 * share one database.
 */
final class IncubationScenario {

  static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  static final String STIPARK_USER = "stipark.staf";
  private static final Random RANDOM = new Random(System.nanoTime());

  final ProcessEngine engine;
  final CandidateRepository candidates;
  Long cohortId;
  String cohortInstanceId;

  IncubationScenario(ProcessEngine engine, CandidateRepository candidates) {
    this.engine = engine;
    this.candidates = candidates;
  }

  /** A NIK no other test uses: region 52.03.01, a plausible birth date, a random serial. */
  static String nik() {
    return String.format("520301%02d%02d%02d%04d", 1 + RANDOM.nextInt(28),
        1 + RANDOM.nextInt(12), RANDOM.nextInt(100), RANDOM.nextInt(10000));
  }

  static Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(WITA).toInstant());
  }

  static Map<String, Object> planValues(String name, int capacity, LocalDate start, int months) {
    Map<String, Object> values = new HashMap<>();
    values.put("name", name);
    values.put("incubatorCode", "stipark");
    values.put("pemdaCode", "52.03");
    values.put("targetSize", 200);
    values.put("capacity", capacity);
    values.put("startDate", start.toString());
    values.put("durationMonths", months);
    values.put("sessionTime", "08:00");
    return values;
  }

  Cohort startCohort(int capacity, LocalDate start, int months, CohortRepository cohorts) {
    String name = "Uji inkubasi " + UUID.randomUUID().toString().substring(0, 8);
    cohortInstanceId = as(STIPARK_USER, List.of("stipark"), () -> engine.getRuntimeService()
        .startProcessInstanceByKey(IncubationVariables.COHORT_PROCESS,
            planValues(name, capacity, start, months)).getId());
    Cohort cohort = cohorts.findFirstByName(name).orElseThrow();
    cohortId = cohort.getId();
    return cohort;
  }

  static Map<String, Object> candidateRow(String name, String nik, String pemda, String sector,
      String scale, String need) {
    Map<String, Object> row = new HashMap<>();
    row.put("businessName", name);
    row.put("ownerName", "Pemilik " + name);
    row.put("nik", nik);
    row.put("pemdaCode", pemda);
    row.put("sector", sector);
    row.put("scale", scale);
    row.put("need", need);
    return row;
  }

  /** Completes the recruiting task with these new candidates. */
  void recruit(List<Map<String, Object>> rows, boolean close) {
    Task task = task("Task_RecruitCandidates");
    Map<String, Object> values = new HashMap<>();
    values.put("newCandidates", SpinValues.jsonValue(json(rows)).create());
    values.put("recruitmentClosed", close);
    complete(task, STIPARK_USER, List.of("stipark"), values);
  }

  void verify(Candidate candidate, boolean eligible) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(cohortInstanceId)
        .taskDefinitionKey("Task_VerifyCandidate").list().stream()
        .filter(t -> candidate.getId().equals(((Number) engine.getTaskService()
            .getVariable(t.getId(), "candidateId")).longValue())).findFirst().orElseThrow();
    complete(task, STIPARK_USER, List.of("stipark"), verification(eligible));
    runDueJobs();
  }

  static Map<String, Object> verification(boolean eligible) {
    Map<String, Object> values = new HashMap<>();
    values.put("checks", SpinValues.jsonValue(eligible
        ? "[\"LOKASI_DIKUNJUNGI\",\"PROSES_PRODUKSI_DIAMATI\",\"FOTO_DIAMBIL\"]"
        : "[\"LOKASI_DIKUNJUNGI\"]").create());
    values.put("productionProcess", "Produksi harian di dapur rumah, 20 kg per hari.");
    values.put("constraints", "Kemasan plastik polos, belum ada izin P-IRT.");
    values.put("decision", eligible ? "TERVERIFIKASI" : "TIDAK_LAYAK");
    if (!eligible) {
      values.put("notEligibleReason", "Usaha sudah tidak berproduksi sejak tiga bulan lalu.");
    }
    return values;
  }

  void select(List<Long> ranked) {
    Task task = task("Task_SelectParticipants");
    complete(task, STIPARK_USER, List.of("stipark"), Map.of("selected",
        SpinValues.jsonValue(json(ranked.stream().map(String::valueOf).toList())).create()));
    runDueJobs();
  }

  Task task(String key) {
    List<Task> tasks = engine.getTaskService().createTaskQuery()
        .processInstanceId(cohortInstanceId).taskDefinitionKey(key).list();
    assertThat(tasks).as("open %s", key).hasSize(1);
    return tasks.get(0);
  }

  List<Task> participantTasks(String key) {
    List<Task> tasks = new ArrayList<>();
    for (String pid : participantInstances()) {
      tasks.addAll(engine.getTaskService().createTaskQuery().processInstanceId(pid)
          .taskDefinitionKey(key).list());
    }
    return tasks;
  }

  List<String> participantInstances() {
    return candidates.findByCohortIdOrderById(cohortId).stream()
        .map(Candidate::getProcessInstanceId).filter(java.util.Objects::nonNull).toList();
  }

  void complete(Task task, String user, List<String> groups, Map<String, Object> values) {
    as(user, groups, () -> {
      engine.getTaskService().complete(task.getId(), values);
      return null;
    });
  }

  <T> T as(String user, List<String> groups, Supplier<T> work) {
    // The groups a test user acts in, and the Pemda tenants those groups belong to.
    var identity = engine.getIdentityService();
    List<String> tenants = groups.stream().flatMap(g -> identity.createTenantQuery()
        .groupMember(g).list().stream()).map(t -> t.getId()).distinct().toList();
    identity.setAuthentication(user, groups, tenants);
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Executes every due job of this scenario's instances until none is left. */
  int runDueJobs() {
    int executed = 0;
    for (int round = 0; round < 50; round++) {
      List<String> instances = new ArrayList<>(participantInstances());
      instances.add(cohortInstanceId);
      List<Job> due = new ArrayList<>();
      for (String pid : instances) {
        due.addAll(engine.getManagementService().createJobQuery().processInstanceId(pid)
            .executable().list());
      }
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
        executed++;
      }
    }
    throw new AssertionError("jobs keep becoming due; a loop in the model?");
  }

  static void moveClockTo(Date time) {
    ClockUtil.setCurrentTime(time);
  }

  /** The Penyalur's SIKP check form, checked today (by the engine clock). */
  static Map<String, Object> sikpCheck(String result, String notes) {
    Map<String, Object> values = new HashMap<>();
    values.put("sikpResult", result);
    values.put("checkedOn", IncubationClock.today().toString());
    if (notes != null) {
      values.put("notes", notes);
    }
    return values;
  }

  static String json(List<?> values) {
    return org.camunda.spin.Spin.JSON(values).toString();
  }
}
