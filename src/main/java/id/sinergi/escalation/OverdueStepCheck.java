package id.sinergi.escalation;

import id.sinergi.escalation.Escalation.StepKind;
import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.cases.Cases;
import id.sinergi.kernel.engine.SystemEngineCalls;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The first service task of process {@code overdue-step-check}: marks every overdue step not yet
 * reminded as overdue (level 1 in {@link WatchedSteps}), at most
 * {@code sinergi.escalation.check-batch-size} per transaction, in a few statements per batch, and
 * tells the model whether a next batch waits (variable {@code moreOverdue}). User tasks are found
 * by the engine's own due date (ACT_RU_TASK.DUE_DATE_), message waits and steps given more time
 * by their row. The keys of the steps marked go on to {@link ReminderDispatch} in the transient
 * variable {@code stepsOverdue}: process {@code escalation-reminder} records and e-mails their
 * reminders, several batches at once. No process instance per step: the ladder starts only for
 * a step still waiting at its level-2 date ({@link StalledStepLadders}). The rows' primary key
 * (user tasks) and the level moving only forward (waits) let one check win when two race; the
 * other's transaction rolls back and its job retries.
 */
@Component("overdueStepCheck")
public class OverdueStepCheck implements JavaDelegate {

  public static final String PROCESS_KEY = "overdue-step-check";
  public static final String MORE_OVERDUE = "moreOverdue";
  /** Transient: the keys of the steps this run marked overdue, comma-separated. */
  public static final String STEPS_OVERDUE = "stepsOverdue";
  /**
   * Where this run's last batch stopped in due-date order (due date and task id): the next
   * batch reads on from there. A new run (the timer) starts from the beginning.
   */
  public static final String CHECKED_DUE = "checkedUpToDue";
  public static final String CHECKED_TASK = "checkedUpToTask";

  private final TaskService tasks;
  private final RepositoryService repository;
  private final ManagementService management;
  private final WatchedSteps watched;
  private final SlaService slas;
  private final Cases cases;
  private final SystemEngineCalls system;
  private final EscalationProperties properties;
  private final JdbcTemplate jdbc;

  public OverdueStepCheck(TaskService tasks, RepositoryService repository,
      ManagementService management, WatchedSteps watched, SlaService slas, Cases cases,
      SystemEngineCalls system, EscalationProperties properties, JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.repository = repository;
    this.management = management;
    this.watched = watched;
    this.slas = slas;
    this.cases = cases;
    this.system = system;
    this.properties = properties;
  }

  /** What a batch found: how many overdue steps, and the last task read (null: none). */
  public record Batch(int found, Task lastTask) {}

  @Override
  public void execute(DelegateExecution execution) {
    List<String> marked = new ArrayList<>();
    Batch batch = markOverdue(marked, (Date) execution.getVariable(CHECKED_DUE),
        (String) execution.getVariable(CHECKED_TASK));
    if (batch.lastTask() != null) {
      execution.setVariable(CHECKED_DUE, batch.lastTask().getDueDate());
      execution.setVariable(CHECKED_TASK, batch.lastTask().getId());
    }
    execution.setVariable(MORE_OVERDUE, batch.found() >= properties.getCheckBatchSize());
    execution.setVariable(STEPS_OVERDUE, Variables.stringValue(String.join(",", marked), true));
  }

  /**
   * Marks a batch of overdue steps overdue (level 1, to be reminded).
   *
   * @param marked receives the keys of the steps marked (not those their model exempts)
   * @param afterDue with {@code afterTask}: read tasks after this one in due-date order (null:
   *     from the first)
   * @return how many overdue steps this batch found, and the last task it read
   */
  public Batch markOverdue(List<String> marked, Date afterDue, String afterTask) {
    return system.call(() -> {
      int batch = properties.getCheckBatchSize();
      Instant now = ClockUtil.getCurrentTime().toInstant();
      List<Task> overdueTasks = overdueTasks(now, batch, afterDue, afterTask);
      Map<String, String> businessKeys = businessKeys(overdueTasks);
      List<StalledStep> steps = new ArrayList<>();
      List<StepSchedule> schedules = new ArrayList<>();
      for (Task task : overdueTasks) {
        ProcessDefinition definition =
            repository.getProcessDefinition(task.getProcessDefinitionId());
        // The case's Pemda is its instance's tenant (kernel.cases); a case without one is read.
        String pemda = task.getTenantId() != null ? task.getTenantId()
            : cases.find(task.getProcessInstanceId()).map(CaseFile::getPemdaCode).orElse(null);
        Instant startedAt = task.getCreateTime().toInstant();
        StepSchedule schedule = slas.schedule(definition.getId(), definition.getKey(),
            task.getTaskDefinitionKey(), pemda, startedAt, task.getDueDate().toInstant());
        StalledStep step = new StalledStep(task.getId(), StepKind.USER_TASK, task.getId(),
            task.getExecutionId(), task.getTaskDefinitionKey(), task.getName(),
            task.getProcessInstanceId(), definition.getKey(),
            businessKeys.get(task.getProcessInstanceId()), pemda, startedAt,
            task.getDueDate().toInstant(), null);
        if (slas.escalates(definition.getId(), task.getTaskDefinitionKey())) {
          steps.add(step);
          schedules.add(schedule);
        } else {
          // The model exempts the step (sinergi.escalate=false): the row keeps the check from
          // finding it again; nothing escalates.
          watched.insert(step, schedule, 0, WatchedSteps.NOT_ESCALATED);
        }
      }
      watched.insertOverdue(steps, schedules);
      steps.forEach(step -> marked.add(step.stepKey()));
      List<String> overdueWaits = watched.overdueNotReminded(now,
          Math.max(0, batch - overdueTasks.size())).stream().map(w -> w.step().stepKey())
          .toList();
      watched.markOverdue(overdueWaits);
      marked.addAll(overdueWaits);
      return new Batch(overdueTasks.size() + overdueWaits.size(),
          overdueTasks.isEmpty() ? null : overdueTasks.get(overdueTasks.size() - 1));
    });
  }

  /**
   * User tasks of watched processes past their due date without a watched-step row, in due-date
   * order after the given one (index {@link TaskDueDateIndex}).
   */
  private List<Task> overdueTasks(Instant now, int max, Date afterDue, String afterTask) {
    if (max <= 0) {
      return List.of();
    }
    Set<String> excluded = new java.util.TreeSet<>(properties.getExcludedProcessKeys());
    excluded.add(LadderVariables.PROCESS_KEY);
    excluded.add(PROCESS_KEY);
    excluded.add(EscalationReminders.PROCESS_KEY);
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
        + (afterDue == null ? "" : " and (RES.DUE_DATE_ > #{afterDue}"
            + " or (RES.DUE_DATE_ = #{afterDue} and RES.ID_ > #{afterTask}))")
        + " and RES.SUSPENSION_STATE_ = 1 and D.KEY_ not in (" + keys + ")"
        + " order by RES.DUE_DATE_, RES.ID_").parameter("now", Date.from(now));
    if (afterDue != null) {
      query.parameter("afterDue", afterDue).parameter("afterTask", afterTask);
    }
    i = 0;
    for (String key : excluded) {
      query.parameter("excluded" + i++, key);
    }
    return query.listPage(0, max);
  }

  /** The business keys of the tasks' instances, in one read by primary key per batch. */
  private Map<String, String> businessKeys(List<Task> overdueTasks) {
    Map<String, String> keys = new HashMap<>();
    List<String> ids = overdueTasks.stream().map(Task::getProcessInstanceId).distinct().toList();
    if (!ids.isEmpty()) {
      jdbc.query("select ID_, BUSINESS_KEY_ from " + management.getTableName(Execution.class)
              + " where ID_ in (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")",
          rs -> {
            keys.put(rs.getString(1), rs.getString(2));
          }, ids.toArray());
    }
    return keys;
  }
}
