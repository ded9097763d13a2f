package id.sinergi.escalation;

import static id.sinergi.escalation.SlaEntry.ANY;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Finds the service level of a step and turns it into due and escalation dates. Every step asks
 * when it starts, so the SLA table (tens of rows) is cached: a change through the API refreshes
 * the cache at once on this node, other nodes reload within a minute.
 */
@Service
public class SlaService {

  private static final long RELOAD_AFTER_MILLIS = 60 * 1000;

  private final SlaRepository slas;
  private final HolidayCalendar calendar;
  private volatile List<SlaEntry> cached;
  private volatile long loadedAt;

  public SlaService(SlaRepository slas, HolidayCalendar calendar) {
    this.slas = slas;
    this.calendar = calendar;
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
  public Instant dueAt(String processKey, String activityId, String pemdaCode, Instant startedAt) {
    return calendar.addWorkingDays(startedAt,
        resolve(processKey, activityId, pemdaCode).getDueWorkingDays());
  }

  /** Forgets the cached rows: the next step reads the table again. */
  public void refresh() {
    cached = null;
  }

  private List<SlaEntry> rows() {
    List<SlaEntry> rows = cached;
    if (rows == null || System.currentTimeMillis() - loadedAt > RELOAD_AFTER_MILLIS) {
      rows = List.copyOf(slas.findAll());
      cached = rows;
      loadedAt = System.currentTimeMillis();
    }
    return rows;
  }

  /**
   * @param explicitDue a due date the model set itself (camunda:dueDate); it wins over the SLA's
   *     and the escalation intervals count from it
   */
  public StepSchedule schedule(String processKey, String activityId, String pemdaCode,
      Instant startedAt, Instant explicitDue) {
    SlaEntry sla = resolve(processKey, activityId, pemdaCode);
    Instant due = explicitDue != null ? explicitDue
        : calendar.addWorkingDays(startedAt, sla.getDueWorkingDays());
    Instant level2 = calendar.addWorkingDays(due, sla.getLevel2AfterDays());
    Instant level3 = calendar.addWorkingDays(level2, sla.getLevel3AfterDays());
    return new StepSchedule(startedAt, due, level2, level3, sla.getResponsibleGroup(), sla.getId());
  }
}
