package id.sinergi.escalation;

import static id.sinergi.escalation.SlaEntry.ANY;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the service level of a step and turns it into due and escalation dates. */
@Service
public class SlaService {

  private final SlaRepository slas;
  private final HolidayCalendar calendar;

  public SlaService(SlaRepository slas, HolidayCalendar calendar) {
    this.slas = slas;
    this.calendar = calendar;
  }

  /** The most specific row for the step: activity and Pemda, activity, process, global. */
  @Transactional(readOnly = true)
  public SlaEntry resolve(String processKey, String activityId, String pemdaCode) {
    List<String> pemda = pemdaCode == null ? List.of(ANY) : List.of(pemdaCode, ANY);
    return slas.findByProcessKeyInAndActivityIdInAndPemdaCodeIn(List.of(processKey, ANY),
            List.of(activityId, ANY), pemda).stream()
        .max(Comparator.comparingInt(SlaEntry::specificity))
        .orElseThrow(() -> new IllegalStateException(
            "No SLA for " + processKey + "/" + activityId + " and no global default row ('*','*','*')"));
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
