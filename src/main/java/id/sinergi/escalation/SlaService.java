package id.sinergi.escalation;

import static id.sinergi.escalation.SlaEntry.ANY;

import id.sinergi.kernel.engine.StepProperties;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Finds the service level of a step and turns it into due and escalation dates. Every step asks
 * when it starts, so the SLA table (tens of rows) is cached: a change through the API refreshes
 * the cache at once on this node, other nodes of a cluster read the table again within
 * {@code sinergi.escalation.cache-ttl} (10 s).
 */
@Service
public class SlaService {

  private final SlaRepository slas;
  private final HolidayCalendar calendar;
  private final StepProperties steps;
  private final long reloadAfterNanos;
  private volatile List<SlaEntry> cached;
  private volatile long loadedAt;

  public SlaService(SlaRepository slas, HolidayCalendar calendar, StepProperties steps,
      EscalationProperties properties) {
    this.slas = slas;
    this.calendar = calendar;
    this.steps = steps;
    this.reloadAfterNanos = properties.getCacheTtl().toNanos();
  }

  /** The most specific row for the step: activity and Pemda, activity, process, global. */
  public SlaEntry resolve(String processKey, String activityId, String pemdaCode) {
    return rows().stream()
        .filter(r -> r.getProcessKey().equals(processKey) || r.getProcessKey().equals(ANY))
        .filter(r -> r.getActivityId().equals(activityId) || r.getActivityId().equals(ANY))
        .filter(r -> r.getPemdaCode().equals(ANY) || r.getPemdaCode().equals(pemdaCode))
        .max(Comparator.comparingInt(SlaEntry::specificity))
        .orElseThrow(() -> new IllegalStateException(
            "No SLA for " + processKey + "/" + activityId + " and no global default row ('*','*','*')"));
  }

  /** Whether a Pemda's own row may apply to the step (else its Pemda need not be looked up). */
  public boolean dependsOnPemda(String processKey, String activityId) {
    return rows().stream().anyMatch(r -> !r.getPemdaCode().equals(ANY)
        && (r.getProcessKey().equals(processKey) || r.getProcessKey().equals(ANY))
        && (r.getActivityId().equals(activityId) || r.getActivityId().equals(ANY)));
  }

  /** The step's due date by its SLA, counted in working days from its start. */
  public Instant dueAt(String processDefinitionId, String processKey, String activityId,
      String pemdaCode, Instant startedAt) {
    return schedule(processDefinitionId, processKey, activityId, pemdaCode, startedAt, null)
        .dueAt();
  }

  /** False when the model says the step never escalates ({@code sinergi.escalate=false}). */
  public boolean escalates(String processDefinitionId, String activityId) {
    return !"false".equals(steps.of(processDefinitionId, activityId).get(StepProperties.ESCALATE));
  }

  /** Forgets the cached rows: the next step reads the table again. */
  public void refresh() {
    cached = null;
  }

  private List<SlaEntry> rows() {
    List<SlaEntry> rows = cached;
    if (rows == null || System.nanoTime() - loadedAt > reloadAfterNanos) {
      long readAt = System.nanoTime();
      rows = List.copyOf(slas.findAll());
      cached = rows;
      loadedAt = readAt;
    }
    return rows;
  }

  /**
   * @param explicitDue a due date the model set itself (camunda:dueDate); it wins over the SLA's
   *     and the escalation intervals count from it
   */
  public StepSchedule schedule(String processKey, String activityId, String pemdaCode,
      Instant startedAt, Instant explicitDue) {
    return schedule(null, processKey, activityId, pemdaCode, startedAt, explicitDue);
  }

  /**
   * The step's schedule. Which service level applies, first match wins:
   * <ol>
   *   <li>a database row for the case's Pemda (for the step, else for the whole process): the
   *       Pemda's own override;
   *   <li>the step's properties in the model ({@code sinergi.sla.*}, set in Camunda Modeler),
   *       each one that is set;
   *   <li>the database's defaults for the step, the process, everything.
   * </ol>
   *
   * @param processDefinitionId the deployed definition whose model properties count (null: none)
   */
  public StepSchedule schedule(String processDefinitionId, String processKey, String activityId,
      String pemdaCode, Instant startedAt, Instant explicitDue) {
    SlaEntry sla = resolve(processKey, activityId, pemdaCode);
    int dueDays = sla.getDueWorkingDays();
    int level2Days = sla.getLevel2AfterDays();
    int level3Days = sla.getLevel3AfterDays();
    if (ANY.equals(sla.getPemdaCode())) {
      Map<String, String> model = steps.of(processDefinitionId, activityId);
      dueDays = orElse(model.get(StepProperties.SLA_DAYS), dueDays);
      level2Days = orElse(model.get(StepProperties.LEVEL2_DAYS), level2Days);
      level3Days = orElse(model.get(StepProperties.LEVEL3_DAYS), level3Days);
    }
    Instant due = explicitDue != null ? explicitDue
        : calendar.addWorkingDays(startedAt, dueDays);
    Instant level2 = calendar.addWorkingDays(due, level2Days);
    Instant level3 = calendar.addWorkingDays(level2, level3Days);
    return new StepSchedule(startedAt, due, level2, level3, sla.getResponsibleGroup(), sla.getId());
  }

  private static int orElse(String modelValue, int fallback) {
    Integer days = StepProperties.days(modelValue);
    return days == null ? fallback : days;
  }
}
