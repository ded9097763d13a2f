package id.sinergi.escalation;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.cases.Cases;

import id.sinergi.escalation.Escalation.StepKind;
import id.sinergi.kernel.engine.SystemEngineCalls;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * What happens when any step of any process starts or stops waiting. A user task gets its due
 * date from the SLA and nothing else: the recurring {@link OverdueStepCheck} finds it by that due
 * date once it is overdue. A message wait has no task to carry a due date, so it gets a row in
 * {@link WatchedSteps}. When a step ends, its escalations are resolved and its ladder (if one
 * was started) is stopped, which closes its open follow-up task.
 */
@Component
public class StepWatch {

  private final SlaService slas;
  private final EscalationRepository escalations;
  private final RuntimeService runtime;
  private final WatchedSteps watched;
  private final SystemEngineCalls system;
  private final Cases cases;

  public StepWatch(SlaService slas, EscalationRepository escalations, RuntimeService runtime,
      WatchedSteps watched, SystemEngineCalls system, Cases cases) {
    this.system = system;
    this.cases = cases;
    this.slas = slas;
    this.escalations = escalations;
    this.runtime = runtime;
    this.watched = watched;
  }

  public void taskCreated(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    String processKey = processKey(execution);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant explicitDue = task.getDueDate() == null ? null : task.getDueDate().toInstant();
    if (explicitDue != null) {
      return;
    }
    // The case's Pemda is the instance's tenant (kernel.cases): no read of the case file.
    String pemda = task.getTenantId();
    task.setDueDate(Date.from(slas.dueAt(task.getProcessDefinitionId(), processKey,
        task.getTaskDefinitionKey(), pemda, now)));
  }

  public void taskEnded(DelegateTask task) {
    endStep(task.getId());
  }

  public void waitStarted(DelegateExecution execution) {
    String processKey = processKey(execution);
    CaseFile caseFile = cases.find(execution.getProcessInstanceId()).orElse(null);
    String pemda = caseFile == null ? null : caseFile.getPemdaCode();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (!slas.escalates(execution.getProcessDefinitionId(), execution.getCurrentActivityId())) {
      return; // the model says this wait never escalates: nothing to watch
    }
    StepSchedule schedule = slas.schedule(execution.getProcessDefinitionId(), processKey,
        execution.getCurrentActivityId(), pemda, now, null);
    String name = execution.getCurrentActivityName() == null ? execution.getCurrentActivityId()
        : execution.getCurrentActivityName();
    watched.insert(new StalledStep(execution.getActivityInstanceId(), StepKind.MESSAGE_WAIT, null,
        execution.getId(), execution.getCurrentActivityId(), name,
        execution.getProcessInstanceId(), processKey, execution.getProcessBusinessKey(), pemda,
        now, schedule.dueAt(), responsibleGroup(schedule.responsibleGroup(), caseFile)), schedule);
  }

  public void waitEnded(DelegateExecution execution) {
    endStep(execution.getActivityInstanceId());
  }

  /**
   * One indexed read by primary key when a step ends; the rest only for a step that was watched
   * (a message wait) or escalated (a ladder was started).
   */
  private void endStep(String stepKey) {
    watched.find(stepKey).ifPresent(step -> {
      watched.delete(stepKey);
      if (step.escalated()) {
        escalations.resolveStep(stepKey, ClockUtil.getCurrentTime().toInstant());
      }
      if (step.ladderInstanceId() != null
          && !WatchedSteps.NOT_ESCALATED.equals(step.ladderInstanceId())) {
        system.call(() -> runtime
            .createMessageCorrelation(LadderVariables.MESSAGE_STEP_ENDED)
            .processInstanceBusinessKey(stepKey).correlateAllWithResult());
      }
    });
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
