package id.sinergi.escalation;

import id.sinergi.escalation.Escalation.StepKind;
import id.sinergi.escalation.WatchedSteps.WatchedStep;
import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.cases.Cases;
import id.sinergi.kernel.engine.SystemEngineCalls;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The recurring check of process {@code overdue-step-check}: starts the escalation ladder of
 * every overdue step that has none yet, at most {@code sinergi.escalation.check-batch-size} per
 * transaction, and tells the model (variable {@code moreOverdue}) whether a next batch waits.
 * User tasks are found by the engine's own due date (ACT_RU_TASK.DUE_DATE_), message waits by
 * their row in {@link WatchedSteps}. Starting a ladder inserts the step's row first: its primary
 * key lets one check win when two race, the other's transaction rolls back and its job retries.
 * The ladder records level 1 while it starts (the step is overdue already), so an escalation
 * costs this batch's share plus the one job that sends its e-mail.
 */
@Component("overdueStepCheck")
public class OverdueStepCheck implements JavaDelegate {

  public static final String PROCESS_KEY = "overdue-step-check";
  public static final String MORE_OVERDUE = "moreOverdue";

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final ManagementService management;
  private final WatchedSteps watched;
  private final SlaService slas;
  private final Cases cases;
  private final SystemEngineCalls system;
  private final EscalationProperties properties;
  @PersistenceContext private EntityManager entities;

  public OverdueStepCheck(TaskService tasks, RuntimeService runtime, RepositoryService repository,
      ManagementService management, WatchedSteps watched, SlaService slas, Cases cases,
      SystemEngineCalls system, EscalationProperties properties) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.management = management;
    this.watched = watched;
    this.slas = slas;
    this.cases = cases;
    this.system = system;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(MORE_OVERDUE, startLadders() >= properties.getCheckBatchSize());
  }

  /** @return how many overdue steps were found in this batch (ladders started) */
  public int startLadders() {
    return system.call(() -> {
      int batch = properties.getCheckBatchSize();
      Instant now = ClockUtil.getCurrentTime().toInstant();
      List<Task> overdueTasks = overdueTasks(now, batch);
      Map<String, String> businessKeys = businessKeys(overdueTasks);
      for (Task task : overdueTasks) {
        startLadder(task, businessKeys.get(task.getProcessInstanceId()));
        detachWritten();
      }
      List<WatchedStep> overdueWaits = watched.overdueWithoutLadder(now,
          Math.max(0, batch - overdueTasks.size()));
      for (WatchedStep wait : overdueWaits) {
        start(wait.step().stepKey());
        detachWritten();
      }
      return overdueTasks.size() + overdueWaits.size();
    });
  }

  /**
   * Writes this step's JPA rows (escalation, case file) and lets go of them: otherwise every
   * later flush of the batch's transaction dirty-checks all rows written before it, which made
   * a batch quadratic in its size. (Called outside a transaction, each write committed alone.)
   */
  private void detachWritten() {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      entities.flush();
      entities.clear();
    }
  }

  /** User tasks of watched processes past their due date without a watched-step row. */
  private List<Task> overdueTasks(Instant now, int max) {
    if (max <= 0) {
      return List.of();
    }
    Set<String> excluded = new java.util.TreeSet<>(properties.getExcludedProcessKeys());
    excluded.add(LadderVariables.PROCESS_KEY);
    excluded.add(PROCESS_KEY);
    StringBuilder keys = new StringBuilder();
    int i = 0;
    for (String ignored : excluded) {
      keys.append(i == 0 ? "" : ", ").append("#{excluded").append(i++).append('}');
    }
    var query = tasks.createNativeTaskQuery().sql("select RES.* from "
        + management.getTableName(Task.class) + " RES inner join "
        + management.getTableName(ProcessDefinition.class) + " D on D.ID_ = RES.PROC_DEF_ID_"
        + " left join esc_watched_step W on W.step_key = RES.ID_"
        + " where RES.DUE_DATE_ <= #{now} and W.step_key is null"
        + " and RES.SUSPENSION_STATE_ = 1 and D.KEY_ not in (" + keys + ")"
        + " order by RES.DUE_DATE_").parameter("now", Date.from(now));
    i = 0;
    for (String key : excluded) {
      query.parameter("excluded" + i++, key);
    }
    return query.listPage(0, max);
  }

  /** The business keys of the tasks' instances, in one query per batch. */
  private Map<String, String> businessKeys(List<Task> overdueTasks) {
    if (overdueTasks.isEmpty()) {
      return Map.of();
    }
    Set<String> ids = new HashSet<>();
    overdueTasks.forEach(task -> ids.add(task.getProcessInstanceId()));
    Map<String, String> keys = new HashMap<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(ids)
        .list()) {
      keys.put(instance.getId(), instance.getBusinessKey());
    }
    return keys;
  }

  private void startLadder(Task task, String businessKey) {
    ProcessDefinition definition = repository.getProcessDefinition(task.getProcessDefinitionId());
    // The case's Pemda is its instance's tenant (kernel.cases); a case without one is read.
    String pemda = task.getTenantId() != null ? task.getTenantId()
        : cases.find(task.getProcessInstanceId()).map(CaseFile::getPemdaCode).orElse(null);
    Instant startedAt = task.getCreateTime().toInstant();
    Instant due = task.getDueDate().toInstant();
    StepSchedule schedule = slas.schedule(definition.getId(), definition.getKey(),
        task.getTaskDefinitionKey(), pemda, startedAt, due);
    watched.insert(new StalledStep(task.getId(), StepKind.USER_TASK, task.getId(),
        task.getExecutionId(), task.getTaskDefinitionKey(), task.getName(),
        task.getProcessInstanceId(), definition.getKey(), businessKey, pemda, startedAt, due,
        null),
        schedule);
    if (!slas.escalates(definition.getId(), task.getTaskDefinitionKey())) {
      // The model exempts the step (sinergi.escalate=false): the row keeps the check from
      // finding it again; no ladder.
      watched.ladderStarted(task.getId(), WatchedSteps.NOT_ESCALATED);
      return;
    }
    start(task.getId());
  }

  /**
   * Starts the step's ladder. The step is already overdue, so the ladder records level 1 at once,
   * in this transaction, and leaves a job only for its e-mail.
   */
  private void start(String stepKey) {
    String ladder = runtime.createProcessInstanceByKey(LadderVariables.PROCESS_KEY)
        .businessKey(stepKey)
        .setVariables(Map.of(LadderVariables.WATCHED_STEP_ID, stepKey)).execute().getId();
    watched.ladderStarted(stepKey, ladder);
  }
}
