package id.sinergi.escalation;

import static id.sinergi.escalation.LadderVariables.*;

import id.sinergi.escalation.EscalationRecorder.Recorded;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
      new Locale("id", "ID")).withZone(id.sinergi.organisation.OrganisationRegistry.ZONE);

  private final StepLocator locator;
  private final EscalationRecorder recorder;

  public StalledStepEscalation(StepLocator locator, EscalationRecorder recorder) {
    this.locator = locator;
    this.recorder = recorder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int level = StepLocator.level(execution);
    StalledStep step = locator.locate(execution);
    boolean inLadder = execution.getVariable(STEP) != null;
    Optional<Recorded> recorded = step == null ? Optional.empty()
        : recorder.record(level, step, execution.getProcessInstanceId());
    if (recorded.isEmpty()) {
      if (inLadder) {
        throw new BpmnError(ERROR_STEP_NO_LONGER_WAITING, "Langkah sudah tidak menunggu");
      }
      return;
    }
    if (level == 2) {
      prepareFollowUp(execution, step, recorded.get());
    }
  }

  private void prepareFollowUp(DelegateExecution execution, StalledStep step, Recorded recorded) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    execution.setVariable(FOLLOW_UP_GROUP, recorded.targets().groups().get(0));
    execution.setVariable(FOLLOW_UP_STEP_NAME, step.name());
    execution.setVariable(FOLLOW_UP_PROCESS, processLabel(execution, step));
    execution.setVariable(FOLLOW_UP_HOLDER, recorded.targets().holder());
    execution.setVariable(FOLLOW_UP_AGE_DAYS, HolidayCalendar.daysBetween(step.startedAt(), now));
    execution.setVariable(FOLLOW_UP_STARTED_AT, WHEN.format(step.startedAt()));
    execution.setVariable(FOLLOW_UP_DUE_AT, WHEN.format(step.dueAt()));
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
