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
 * Finds the step an escalation task is about: in the ladder from its variables; in any other
 * process (element template) from the input parameter naming a user task of the same instance.
 */
@Component
class StepLocator {

  private final TaskService tasks;
  private final Cases cases;

  StepLocator(TaskService tasks, Cases cases) {
    this.cases = cases;
    this.tasks = tasks;
  }

  /** @return the step, or null when the watched user task is no longer open */
  StalledStep locate(DelegateExecution execution) {
    StalledStep step = StalledStep.fromVariables(execution);
    if (step != null) {
      return step;
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
