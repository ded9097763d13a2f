package id.sinergi.escalation;

import static id.sinergi.escalation.LadderVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  /** The same step with a due date someone moved (e.g. a coordinator extending an OPD's). */
  public StalledStep withDueAt(Instant newDueAt) {
    return new StalledStep(stepKey, kind, taskId, executionId, activityId, name,
        processInstanceId, processKey, businessKey, pemdaCode, startedAt, newDueAt,
        responsibleGroup);
  }

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  public Map<String, Object> toVariables(StepSchedule schedule) {
    Map<String, Object> v = new HashMap<>();
    try {
      v.put(STEP, JSON.writeValueAsString(this));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write step " + stepKey, e);
    }
    v.put(STEP_NAME, name);
    v.put(PEMDA_CODE, pemdaCode);
    v.put(LEVEL1_AT, Date.from(schedule.dueAt()));
    v.put(LEVEL2_AT, Date.from(schedule.level2At()));
    v.put(LEVEL3_AT, Date.from(schedule.level3At()));
    return v;
  }

  /** Reads the step from the ladder's variables; null outside the ladder. */
  public static StalledStep fromVariables(VariableScope scope) {
    Object json = scope.getVariable(STEP);
    if (json == null) {
      return null;
    }
    try {
      return JSON.readValue(json.toString(), StalledStep.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Variable " + STEP + " is not a step: " + json, e);
    }
  }
}
