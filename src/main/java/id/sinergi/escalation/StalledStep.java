package id.sinergi.escalation;

import id.sinergi.escalation.Escalation.StepKind;
import java.time.Instant;

/**
 * A waiting step as the ladder knows it (a row of esc_watched_step). {@code stepKey} identifies one step instance: the task
 * id of a user task, the activity instance id of a message wait (an execution id alone repeats
 * when one execution waits at several events one after the other).
 */
public record StalledStep(String stepKey, StepKind kind, String taskId, String executionId,
    String activityId, String name, String processInstanceId, String processKey,
    String businessKey, String pemdaCode, Instant startedAt, Instant dueAt,
    String responsibleGroup) {

  /** The same step with a due date someone moved (e.g. a coordinator extending an OPD's). */
  public StalledStep withDueAt(Instant newDueAt) {
    return new StalledStep(stepKey, kind, taskId, executionId, activityId, name,
        processInstanceId, processKey, businessKey, pemdaCode, startedAt, newDueAt,
        responsibleGroup);
  }
}
