package id.sinergi.escalation;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.cases.Cases;

import id.sinergi.escalation.Escalation.StepKind;
import java.time.Instant;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Finds the step an escalation task is about: in the ladder from its watched-step row; in any other
 * process (element template) from the input parameter naming a user task of the same instance.
 */
@Component
class StepLocator {

  private final TaskService tasks;
  private final Cases cases;
  private final WatchedSteps watched;

  StepLocator(TaskService tasks, Cases cases, WatchedSteps watched) {
    this.cases = cases;
    this.tasks = tasks;
    this.watched = watched;
  }

  /** @return the step, or null when the watched step no longer waits */
  StalledStep locate(DelegateExecution execution) {
    Object key = execution.getVariable(LadderVariables.WATCHED_STEP_ID);
    if (key != null) {
      return watched.find(key.toString()).map(WatchedSteps.WatchedStep::step).orElse(null);
    }
    Object watched = execution.getVariableLocal(LadderVariables.WATCHED_ACTIVITY_ID);
    if (watched == null) {
      throw new IllegalStateException("Escalation task " + execution.getCurrentActivityId()
          + " needs the input parameter " + LadderVariables.WATCHED_ACTIVITY_ID
          + " (the user task to escalate) outside the " + LadderVariables.PROCESS_KEY + " process");
    }
    Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(watched.toString()).active().orderByTaskCreateTime().asc()
        .listPage(0, 1).stream().findFirst().orElse(null);
    if (task == null) {
      return null;
    }
    String pemda = cases.find(execution.getProcessInstanceId()).map(CaseFile::getPemdaCode)
        .orElse(null);
    Instant due = task.getDueDate() != null ? task.getDueDate().toInstant()
        : ClockUtil.getCurrentTime().toInstant();
    return new StalledStep(task.getId(), StepKind.USER_TASK, task.getId(), task.getExecutionId(),
        task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId(),
        ((ExecutionEntity) execution).getProcessDefinition().getKey(),
        execution.getProcessBusinessKey(), pemda,
        task.getCreateTime().toInstant(), due, null);
  }

  static int level(DelegateExecution execution) {
    Object value = execution.getVariableLocal(LadderVariables.ESCALATION_LEVEL);
    if (value == null) {
      throw new IllegalStateException("Escalation task " + execution.getCurrentActivityId()
          + " needs the input parameter " + LadderVariables.ESCALATION_LEVEL + " (1, 2 or 3)");
    }
    int level = Integer.parseInt(value.toString().trim());
    if (level < 1 || level > 3) {
      throw new IllegalStateException("Escalation level must be 1, 2 or 3, not " + level);
    }
    return level;
  }
}
