package id.sinergi.escalation;

import id.sinergi.escalation.WatchedSteps.WatchedStep;
import id.sinergi.kernel.engine.SystemEngineCalls;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A service task of process {@code overdue-step-check}: starts the escalation ladder
 * ({@code stalled-step-escalation}) of every reminded step still waiting at its level-2 date, at
 * most {@code sinergi.escalation.check-batch-size} per transaction, and tells the model whether a
 * next batch waits (variable {@code moreStalled}). The ladder records level 2 while it starts.
 * So only a step that stays stalled past its reminder becomes a process instance in Cockpit.
 */
@Component("stalledStepLadders")
public class StalledStepLadders implements JavaDelegate {

  public static final String MORE_STALLED = "moreStalled";

  private final RuntimeService runtime;
  private final WatchedSteps watched;
  private final EscalationRecorder recorder;
  private final SystemEngineCalls system;
  private final EscalationProperties properties;

  StalledStepLadders(RuntimeService runtime, WatchedSteps watched, EscalationRecorder recorder,
      SystemEngineCalls system, EscalationProperties properties) {
    this.runtime = runtime;
    this.watched = watched;
    this.recorder = recorder;
    this.system = system;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(MORE_STALLED, startLadders() >= properties.getCheckBatchSize());
  }

  /** @return how many steps due for their ladder this batch found */
  public int startLadders() {
    return system.call(() -> {
      List<WatchedStep> due = watched.dueForLadder(ClockUtil.getCurrentTime().toInstant(),
          properties.getCheckBatchSize());
      for (WatchedStep step : due) {
        start(step.step().stepKey());
        recorder.detachWritten();
      }
      return due.size();
    });
  }

  private void start(String stepKey) {
    ProcessInstance ladder = runtime
        .createProcessInstanceByKey(LadderVariables.PROCESS_KEY).businessKey(stepKey)
        .setVariables(Map.of(LadderVariables.WATCHED_STEP_ID, stepKey)).execute();
    // Ended at once: the step no longer waits, or was given more time (its row says so now).
    if (!ladder.isEnded() && !watched.ladderStarted(stepKey, ladder.getId())) {
      // Another check started it meanwhile: this transaction rolls back, the job retries.
      throw new OptimisticLockingException("The ladder of step " + stepKey
          + " was started by another check");
    }
  }
}
