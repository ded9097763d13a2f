package id.sinergi.escalation;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.cases.Cases;

import id.sinergi.escalation.Escalation.StepKind;
import id.sinergi.kernel.engine.SystemEngineCalls;
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
  private final SystemEngineCalls system;
  private final Cases cases;
  private volatile boolean ladderDeployed;

  public StepWatch(SlaService slas, EscalationRepository escalations, RuntimeService runtime,
      RepositoryService repository, SystemEngineCalls system, Cases cases) {
    this.system = system;
    this.cases = cases;
    this.slas = slas;
    this.escalations = escalations;
    this.runtime = runtime;
    this.repository = repository;
  }

  public void taskCreated(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    String processKey = processKey(execution);
    CaseFile caseFile = cases.find(execution.getProcessInstanceId()).orElse(null);
    String pemda = caseFile == null ? null : caseFile.getPemdaCode();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant explicitDue = task.getDueDate() == null ? null : task.getDueDate().toInstant();
    StepSchedule schedule = slas.schedule(task.getProcessDefinitionId(), processKey,
        task.getTaskDefinitionKey(), pemda, now, explicitDue);
    task.setDueDate(Date.from(schedule.dueAt()));
    if (!slas.escalates(task.getProcessDefinitionId(), task.getTaskDefinitionKey())) {
      return;
    }
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
    CaseFile caseFile = cases.find(execution.getProcessInstanceId()).orElse(null);
    String pemda = caseFile == null ? null : caseFile.getPemdaCode();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    StepSchedule schedule = slas.schedule(execution.getProcessDefinitionId(), processKey,
        execution.getCurrentActivityId(), pemda, now, null);
    if (!slas.escalates(execution.getProcessDefinitionId(), execution.getCurrentActivityId())) {
      return;
    }
    String name = execution.getCurrentActivityName() == null ? execution.getCurrentActivityId()
        : execution.getCurrentActivityName();
    startLadder(new StalledStep(execution.getActivityInstanceId(), StepKind.MESSAGE_WAIT, null,
        execution.getId(), execution.getCurrentActivityId(), name,
        execution.getProcessInstanceId(), processKey, execution.getProcessBusinessKey(), pemda,
        now, schedule.dueAt(), responsibleGroup(schedule.responsibleGroup(), caseFile)), schedule);
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
    system.call(() -> {
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
    system.call(() -> runtime
        .createMessageCorrelation(LadderVariables.MESSAGE_STEP_ENDED)
        .processInstanceBusinessKey(stepKey).correlateAllWithResult());
  }

  private boolean ladderDeployed() {
    if (!ladderDeployed) {
      ladderDeployed = system.call(() -> repository
          .createProcessDefinitionQuery().processDefinitionKey(LadderVariables.PROCESS_KEY)
          .count() > 0);
    }
    return ladderDeployed;
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_:]+)}");

  /**
   * The SLA's responsible group filled in from the step's case: {@code {pemdaCode}} is the
   * case's Pemda, {@code {party:incubator}} the group of the case in that role
   * ("pemda-{pemdaCode}-ekonomi", "{party:incubator}"). Without one, or with a part missing, the
   * Pemda's Bagian Ekonomi, and without a Pemda PIP's coordinators.
   */
  static String responsibleGroup(String template, CaseFile caseFile) {
    String pemda = caseFile == null ? null : caseFile.getPemdaCode();
    if (template != null && !template.isBlank() && caseFile != null) {
      Matcher matcher = PLACEHOLDER.matcher(template);
      StringBuilder group = new StringBuilder();
      boolean complete = true;
      while (matcher.find()) {
        String name = matcher.group(1);
        String value = name.equals("pemdaCode") ? pemda
            : name.startsWith("party:") ? caseFile.group(name.substring(6)).orElse(null)
            : null;
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

}
