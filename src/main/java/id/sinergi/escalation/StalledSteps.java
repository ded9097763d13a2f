package id.sinergi.escalation;

import id.sinergi.kernel.caller.Caller;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps that are escalated and still waiting, as one row per step at its highest level. */
@Service
public class StalledSteps {

  public record StalledStepView(String stepKey, String stepKind, String processKey,
      String activityId, String stepName, String processInstanceId, String businessKey,
      String pemdaCode, String taskId, int level, Instant startedAt, Instant dueAt,
      long ageDays, long overdueDays, String holder, List<String> escalatedToGroups,
      List<String> escalatedToUsers, Instant lastEscalatedAt, String unansweredOpds) {}

  private final EscalationRepository escalations;

  public StalledSteps(EscalationRepository escalations) {
    this.escalations = escalations;
  }

  @Transactional(readOnly = true)
  public List<StalledStepView> list(Caller caller, String pemdaCode, String activityId,
      String processKey, Integer level) {
    Map<String, Escalation> highest = new LinkedHashMap<>();
    for (Escalation e : escalations.findByResolvedAtIsNullOrderByStepStartedAt()) {
      highest.merge(e.getStepKey(), e, (a, b) -> a.getLevel() >= b.getLevel() ? a : b);
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    return highest.values().stream()
        .filter(e -> visible(caller, e))
        .filter(e -> pemdaCode == null || pemdaCode.equals(e.getPemdaCode()))
        .filter(e -> activityId == null || activityId.equals(e.getActivityId()))
        .filter(e -> processKey == null || processKey.equals(e.getProcessKey()))
        .filter(e -> level == null || level == e.getLevel())
        .sorted(Comparator.comparing(Escalation::getStepStartedAt))
        .map(e -> view(e, now)).toList();
  }

  /** A Pemda's staff see their Pemda's steps; PIP, managers and administrators see all. */
  private static boolean visible(Caller caller, Escalation e) {
    return caller.seesAllPemda() || (e.getPemdaCode() != null && caller.canSeePemda(e.getPemdaCode()));
  }

  private static StalledStepView view(Escalation e, Instant now) {
    return new StalledStepView(e.getStepKey(), e.getStepKind().name(), e.getProcessKey(),
        e.getActivityId(), e.getStepName(), e.getProcessInstanceId(), e.getBusinessKey(),
        e.getPemdaCode(), e.getTaskId(), e.getLevel(), e.getStepStartedAt(), e.getDueAt(),
        HolidayCalendar.daysBetween(e.getStepStartedAt(), now),
        Math.max(0, HolidayCalendar.daysBetween(e.getDueAt(), now)), e.getHolder(),
        split(e.getTargetGroups()), split(e.getTargetUsers()), e.getEscalatedAt(),
        e.getUnansweredOpds());
  }

  private static List<String> split(String csv) {
    return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
  }
}
