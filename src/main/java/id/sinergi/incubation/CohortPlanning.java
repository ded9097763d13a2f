package id.sinergi.incubation;

import id.sinergi.kernel.error.FieldError;
import id.sinergi.kernel.error.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans a cohort (name, incubator, region, sizes, schedule, curriculum) and its sessions. */
@Service
public class CohortPlanning {

  /** STIPark's pre-incubation materials (seed 004), the default curriculum. */
  public static final List<String> DEFAULT_MODULES = List.of(
      "Pengetahuan bisnis produk olahan", "Sistem produksi", "Jejaring bisnis",
      "Perizinan dan standardisasi", "Teknik fabrikasi", "Teknik pengemasan");

  private final CohortRepository cohorts;
  private final CohortModuleRepository modules;
  private final ClassSessionRepository sessions;

  public CohortPlanning(CohortRepository cohorts, CohortModuleRepository modules,
      ClassSessionRepository sessions) {
    this.cohorts = cohorts;
    this.modules = modules;
    this.sessions = sessions;
  }

  public record Plan(String name, String incubatorCode, String pemdaCode, int targetSize,
      int capacity, LocalDate startDate, int durationMonths, String sessionTime,
      List<ModulePlan> modules) {}

  public record ModulePlan(String name, String trainer) {}

  @Transactional
  public Cohort create(Plan plan, String userId) {
    List<FieldError> errors = new ArrayList<>();
    if (plan.startDate().isBefore(IncubationClock.today())) {
      errors.add(new FieldError("startDate", "Tanggal mulai " + plan.startDate()
          + " sudah lewat; pilih hari ini atau sesudahnya."));
    }
    if (plan.capacity() > plan.targetSize()) {
      errors.add(new FieldError("capacity", "Kapasitas kelas (" + plan.capacity()
          + ") tidak boleh melebihi target rekrutmen (" + plan.targetSize() + ")."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    LocalDate end = plan.startDate().plusMonths(plan.durationMonths());
    int sessionCount = (int) (ChronoUnit.DAYS.between(plan.startDate(), end) / 7);
    Cohort cohort = cohorts.save(new Cohort(plan.name(), plan.incubatorCode(), plan.pemdaCode(),
        plan.targetSize(), plan.capacity(), plan.startDate(), plan.durationMonths(),
        plan.sessionTime(), sessionCount, userId, IncubationClock.now()));
    List<ModulePlan> curriculum = plan.modules().isEmpty()
        ? DEFAULT_MODULES.stream().map(m -> new ModulePlan(m, null)).toList() : plan.modules();
    for (int i = 0; i < curriculum.size(); i++) {
      modules.save(new CohortModule(cohort.getId(), i + 1, curriculum.get(i).name(),
          curriculum.get(i).trainer()));
    }
    return cohort;
  }

  /**
   * One session a week from the start date, each teaching a module: the curriculum is taught in
   * order, in blocks of equal length. Idempotent (a retried job finds the sessions made).
   */
  @Transactional
  public List<ClassSession> scheduleSessions(Cohort cohort) {
    List<ClassSession> existing = sessions.findByCohortIdOrderByNumber(cohort.getId());
    if (!existing.isEmpty()) {
      return existing;
    }
    List<CohortModule> curriculum = modules.findByCohortIdOrderByPosition(cohort.getId());
    List<ClassSession> created = new ArrayList<>();
    int count = cohort.getSessionCount();
    for (int n = 1; n <= count; n++) {
      CohortModule module = curriculum.get((n - 1) * curriculum.size() / count);
      created.add(sessions.save(new ClassSession(cohort.getId(), n,
          cohort.getStartDate().plusWeeks(n - 1), module.getId())));
    }
    cohort.setStatus(CohortStatus.RUNNING);
    return created;
  }
}
