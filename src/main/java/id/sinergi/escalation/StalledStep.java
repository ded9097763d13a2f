package id.sinergi.escalation;

import static id.sinergi.escalation.LadderVariables.*;

import id.sinergi.escalation.Escalation.StepKind;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A waiting step as the ladder knows it. {@code stepKey} identifies one step instance: the task
 * id of a user task, the activity instance id of a message wait (an execution id alone repeats
 * when one execution waits at several events one after the other).
 */
public record StalledStep(String stepKey, StepKind kind, String taskId, String executionId,
    String activityId, String name, String processInstanceId, String processKey,
    String businessKey, String pemdaCode, Instant startedAt, Instant dueAt,
    String responsibleGroup) {

  public Map<String, Object> toVariables(StepSchedule schedule) {
    Map<String, Object> v = new HashMap<>();
    v.put(STEP_KEY, stepKey);
    v.put(STEP_KIND, kind.name());
    v.put(TASK_ID, taskId);
    v.put(EXECUTION_ID, executionId);
    v.put(ACTIVITY_ID, activityId);
    v.put(STEP_NAME, name);
    v.put(PROCESS_INSTANCE_ID, processInstanceId);
    v.put(PROCESS_KEY_OF_STEP, processKey);
    v.put(BUSINESS_KEY, businessKey);
    v.put(PEMDA_CODE, pemdaCode);
    v.put(STARTED_AT, Date.from(startedAt));
    v.put(LEVEL1_AT, Date.from(schedule.dueAt()));
    v.put(LEVEL2_AT, Date.from(schedule.level2At()));
    v.put(LEVEL3_AT, Date.from(schedule.level3At()));
    v.put(RESPONSIBLE_GROUP, responsibleGroup);
    return v;
  }

  /** Reads the step from the ladder's variables; null when they are not there. */
  public static StalledStep fromVariables(VariableScope scope) {
    Object key = scope.getVariable(STEP_KEY);
    if (key == null) {
      return null;
    }
    return new StalledStep(key.toString(), StepKind.valueOf((String) scope.getVariable(STEP_KIND)),
        (String) scope.getVariable(TASK_ID), (String) scope.getVariable(EXECUTION_ID),
        (String) scope.getVariable(ACTIVITY_ID), (String) scope.getVariable(STEP_NAME),
        (String) scope.getVariable(PROCESS_INSTANCE_ID),
        (String) scope.getVariable(PROCESS_KEY_OF_STEP), (String) scope.getVariable(BUSINESS_KEY),
        (String) scope.getVariable(PEMDA_CODE), ((Date) scope.getVariable(STARTED_AT)).toInstant(),
        ((Date) scope.getVariable(LEVEL1_AT)).toInstant(),
        (String) scope.getVariable(RESPONSIBLE_GROUP));
  }
}
