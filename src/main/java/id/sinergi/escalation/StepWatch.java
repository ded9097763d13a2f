package id.sinergi.escalation;

import id.sinergi.escalation.Escalation.StepKind;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What happens when any step of any process starts or stops waiting: the due date from the SLA,
 * the start of the step's escalation ladder, and at the end the ladder's end (which closes its
 * open follow-up task) and the resolution of every escalation of the step.
 */
@Component
public class StepWatch {

  private static final Logger LOG = LoggerFactory.getLogger(StepWatch.class);

  private final SlaService slas;
  private final EscalationRepository escalations;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private volatile boolean ladderDeployed;

  public StepWatch(SlaService slas, EscalationRepository escalations, RuntimeService runtime,
      RepositoryService repository) {
    this.slas = slas;
    this.escalations = escalations;
    this.runtime = runtime;
    this.repository = repository;
  }

  public void taskCreated(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    String processKey = processKey(execution);
    String pemda = pemdaCode(execution);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant explicitDue = task.getDueDate() == null ? null : task.getDueDate().toInstant();
    StepSchedule schedule = slas.schedule(processKey, task.getTaskDefinitionKey(), pemda, now,
        explicitDue);
    task.setDueDate(Date.from(schedule.dueAt()));
    startLadder(new StalledStep(task.getId(), StepKind.USER_TASK, task.getId(),
        execution.getId(), task.getTaskDefinitionKey(), task.getName(),
        task.getProcessInstanceId(), processKey, execution.getProcessBusinessKey(), pemda, now,
        schedule.dueAt(), null), schedule);
  }

  public void taskEnded(DelegateTask task) {
    endStep(task.getId());
  }

  public void waitStarted(DelegateExecution execution) {
    String processKey = processKey(execution);
    String pemda = pemdaCode(execution);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    StepSchedule schedule = slas.schedule(processKey, execution.getCurrentActivityId(), pemda,
        now, null);
    String name = execution.getCurrentActivityName() == null ? execution.getCurrentActivityId()
        : execution.getCurrentActivityName();
    startLadder(new StalledStep(execution.getActivityInstanceId(), StepKind.MESSAGE_WAIT, null,
        execution.getId(), execution.getCurrentActivityId(), name,
        execution.getProcessInstanceId(), processKey, execution.getProcessBusinessKey(), pemda,
        now, schedule.dueAt(), responsibleGroup(schedule.responsibleGroup(), execution)), schedule);
  }

  public void waitEnded(DelegateExecution execution) {
    endStep(execution.getActivityInstanceId());
  }

  private void startLadder(StalledStep step, StepSchedule schedule) {
    if (!ladderDeployed()) {
      LOG.warn("Process {} is not deployed: step {} of {} is not escalated",
          LadderVariables.PROCESS_KEY, step.activityId(), step.processKey());
      return;
    }
    EngineCalls.withoutAuthorization(() -> {
      boolean running = runtime.createProcessInstanceQuery()
          .processDefinitionKey(LadderVariables.PROCESS_KEY)
          .processInstanceBusinessKey(step.stepKey()).count() > 0;
      if (!running) {
        runtime.createProcessInstanceByKey(LadderVariables.PROCESS_KEY)
            .businessKey(step.stepKey()).setVariables(step.toVariables(schedule)).execute();
      }
      return null;
    });
  }

  private void endStep(String stepKey) {
    escalations.resolveStep(stepKey, ClockUtil.getCurrentTime().toInstant());
    EngineCalls.withoutAuthorization(() -> runtime
        .createMessageCorrelation(LadderVariables.MESSAGE_STEP_ENDED)
        .processInstanceBusinessKey(stepKey).correlateAllWithResult());
  }

  private boolean ladderDeployed() {
    if (!ladderDeployed) {
      ladderDeployed = EngineCalls.withoutAuthorization(() -> repository
          .createProcessDefinitionQuery().processDefinitionKey(LadderVariables.PROCESS_KEY)
          .count() > 0);
    }
    return ladderDeployed;
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

  /**
   * The SLA's responsible group with process variables filled in ("pemda-{pemdaCode}-ekonomi",
   * "{incubatorGroup}"); without one, or with a variable missing, the Pemda's Bagian Ekonomi,
   * and without a Pemda PIP's coordinators.
   */
  static String responsibleGroup(String template, VariableScope variables) {
    Object pemda = variables.getVariable(LadderVariables.PEMDA_CODE);
    if (template != null && !template.isBlank()) {
      Matcher matcher = PLACEHOLDER.matcher(template);
      StringBuilder group = new StringBuilder();
      boolean complete = true;
      while (matcher.find()) {
        Object value = variables.getVariable(matcher.group(1));
        complete &= value != null;
        matcher.appendReplacement(group, Matcher.quoteReplacement(String.valueOf(value)));
      }
      matcher.appendTail(group);
      if (complete) {
        return group.toString();
      }
    }
    return pemda != null ? "pemda-" + pemda + "-ekonomi" : "pip-kerjasama";
  }

  private static String processKey(DelegateExecution execution) {
    return ((ExecutionEntity) execution).getProcessDefinition().getKey();
  }

  private static String pemdaCode(DelegateExecution execution) {
    Object value = execution.getVariable(LadderVariables.PEMDA_CODE);
    return value == null ? null : value.toString();
  }
}
