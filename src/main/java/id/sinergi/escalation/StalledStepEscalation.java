package id.sinergi.escalation;

import id.sinergi.kernel.cases.Cases;

import static id.sinergi.escalation.LadderVariables.*;

import id.sinergi.escalation.Escalation.StepKind;
import id.sinergi.escalation.EscalationRecorder.Recorded;
import id.sinergi.kernel.clock.EngineClock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Escalates a stalled step by one level (input parameter {@code escalationLevel}): records who
 * it reaches and, at level 2, prepares the follow-up task for the head of the responsible unit.
 * Reusable in any process through the element template; the e-mail goes out in a separate job
 * ({@link EscalationNotification}) so an SMTP failure never repeats the escalation.
 */
@Component("stalledStepEscalation")
public class StalledStepEscalation implements JavaDelegate {

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'WITA'",
      new Locale("id", "ID")).withZone(id.sinergi.kernel.clock.EngineClock.ZONE);

  private final StepLocator locator;
  private final EscalationRecorder recorder;
  private final SlaService slas;
  private final WaitingTasks tasks;
  private final EscalationRepository escalations;
  private final WatchedSteps watched;

  static final String FOLLOW_UP_PARTY = "followUp";

  private final Cases cases;

  StalledStepEscalation(StepLocator locator, EscalationRecorder recorder, SlaService slas,
      WaitingTasks tasks, EscalationRepository escalations, Cases cases, WatchedSteps watched) {
    this.watched = watched;
    this.cases = cases;
    this.locator = locator;
    this.recorder = recorder;
    this.slas = slas;
    this.tasks = tasks;
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int level = StepLocator.level(execution);
    StalledStep step = locator.locate(execution);
    boolean inLadder = execution.getVariable(WATCHED_STEP_ID) != null;
    if (inLadder && step != null) {
      restartIfGivenMoreTime(execution, step, level);
    }
    Optional<Recorded> recorded = step == null ? Optional.empty()
        : recorder.record(level, step, execution.getProcessInstanceId());
    if (recorded.isEmpty()) {
      if (inLadder) {
        // The step ended without its listeners (e.g. deleted with "skip listeners"): nothing
        // else removes its row.
        if (step != null) {
          watched.delete(step.stepKey());
        }
        throw new BpmnError(ERROR_STEP_NO_LONGER_WAITING, "Langkah sudah tidak menunggu");
      }
      return;
    }
    if (level == 2) {
      prepareFollowUp(execution, step, recorded.get());
    }
  }

  /**
   * A user task's due date may move after the ladder was planned (set by the model's own create
   * listener, or extended by a coordinator). If this level is no longer due by the task's
   * current due date, the ladder ends and the check starts a new one, with dates counted from
   * it, once that date has passed.
   */
  private void restartIfGivenMoreTime(DelegateExecution execution, StalledStep step, int level) {
    if (step.kind() != StepKind.USER_TASK) {
      return;
    }
    Task task = tasks.find(step.taskId()).orElse(null);
    if (task == null || task.getDueDate() == null
        || task.getDueDate().toInstant().equals(step.dueAt())) {
      return;
    }
    StepSchedule schedule = slas.schedule(task.getProcessDefinitionId(), step.processKey(),
        step.activityId(), step.pemdaCode(), step.startedAt(), task.getDueDate().toInstant());
    Instant levelAt = switch (level) {
      case 1 -> schedule.dueAt();
      case 2 -> schedule.level2At();
      default -> schedule.level3At();
    };
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (levelAt.isAfter(now)) {
      watched.postpone(step.stepKey(), schedule);
      escalations.resolveStep(step.stepKey(), now);
      throw new BpmnError(ERROR_STEP_RESCHEDULED, "Tenggat langkah diundur");
    }
  }

  private void prepareFollowUp(DelegateExecution execution, StalledStep step, Recorded recorded) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    // The head who follows the step up takes part in the ladder's case (the follow-up task's
    // candidate group, ${case.party('followUp')}).
    cases.addParty(execution.getProcessInstanceId(), FOLLOW_UP_PARTY,
        recorded.targets().groups().get(0));
    execution.setVariable(FOLLOW_UP_STEP_NAME, step.name());
    execution.setVariable(FOLLOW_UP_PROCESS, processLabel(execution, step));
    execution.setVariable(FOLLOW_UP_HOLDER, recorded.targets().holder());
    execution.setVariable(FOLLOW_UP_AGE_DAYS, HolidayCalendar.daysBetween(step.startedAt(), now));
    execution.setVariable(FOLLOW_UP_STARTED_AT, WHEN.format(step.startedAt()));
    execution.setVariable(FOLLOW_UP_DUE_AT, WHEN.format(step.dueAt()));
    execution.setVariable(FOLLOW_UP_UNANSWERED_OPDS, recorded.escalation().getUnansweredOpds());
  }

  private static String processLabel(DelegateExecution execution, StalledStep step) {
    String name = step.processKey();
    if (execution instanceof ExecutionEntity entity && entity.getProcessDefinitionId() != null) {
      var definition = entity.getProcessEngineServices().getRepositoryService()
          .createProcessDefinitionQuery().processDefinitionKey(step.processKey()).latestVersion()
          .singleResult();
      if (definition != null && definition.getName() != null) {
        name = definition.getName();
      }
    }
    return step.businessKey() == null ? name : name + " (" + step.businessKey() + ")";
  }
}
