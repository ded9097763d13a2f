package id.sinergi.escalation;

import id.sinergi.escalation.Escalation.StepKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The facts of the watched steps (table esc_watched_step): a message wait from when it starts
 * waiting, a user task from when it is overdue. {@code escalated_level} says how far a step has
 * come: 0 watched, 1 overdue (marked by overdue-step-check, reminded by escalation-reminder; no
 * ladder yet), 2 and up its ladder runs.
 * The ladder reads the facts by its one variable {@code watchedStepId}, e.g. its timers
 * {@code ${watchedSteps.at(watchedStepId, 3)}}.
 */
@Component("watchedSteps")
public class WatchedSteps {

  /** Ladder reference of an overdue step the model exempts from escalation. */
  public static final String NOT_ESCALATED = "-";


  /** A watched step with the dates of its levels and, once started, its ladder. */
  public record WatchedStep(StalledStep step, Instant level2At, Instant level3At,
      String ladderInstanceId, int escalatedLevel) {

    /** Escalated at all (reminded, or its ladder started), not exempt by its model. */
    boolean escalated() {
      return escalatedLevel > 0 || (ladderInstanceId != null && !NOT_ESCALATED.equals(ladderInstanceId));
    }
  }

  private static final String COLUMNS = "step_key, step_kind, task_id, execution_id, activity_id, "
      + "step_name, process_instance_id, process_key, business_key, pemda_code, started_at, "
      + "due_at, level2_at, level3_at, responsible_group, ladder_instance_id, escalated_level";
  private static final String INSERT = "insert into esc_watched_step (" + COLUMNS + ") values "
      + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcTemplate jdbc;

  public WatchedSteps(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the step, not escalated; a second insert of the same key fails on the primary key. */
  void insert(StalledStep step, StepSchedule schedule) {
    insert(step, schedule, 0, null);
  }

  /**
   * Inserts the step at a level (an overdue user task: 1, reminded) or exempt
   * ({@link #NOT_ESCALATED}); a second insert of the same key fails on the primary key, which
   * lets one of two racing checks win.
   */
  void insert(StalledStep step, StepSchedule schedule, int escalatedLevel, String ladder) {
    jdbc.update(INSERT, values(step, schedule, escalatedLevel, ladder));
  }

  /**
   * Inserts overdue user tasks at level 1 (to be reminded) in one batch; a key inserted before
   * (another check won the race) fails the batch on the primary key.
   */
  void insertOverdue(List<StalledStep> steps, List<StepSchedule> schedules) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      rows.add(values(steps.get(i), schedules.get(i), 1, null));
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(INSERT, rows);
    }
  }

  private static Object[] values(StalledStep step, StepSchedule schedule, int escalatedLevel,
      String ladder) {
    return new Object[] {step.stepKey(), step.kind().name(), step.taskId(), step.executionId(),
        step.activityId(), truncate(step.name(), 300), step.processInstanceId(),
        step.processKey(), step.businessKey(), step.pemdaCode(), ts(step.startedAt()),
        ts(schedule.dueAt()), ts(schedule.level2At()), ts(schedule.level3At()),
        step.responsibleGroup(), ladder, escalatedLevel};
  }

  /**
   * Watched steps (message waits, steps given more time) now overdue, to be reminded: level 0 →
   * 1 in one batch. A step another check moved meanwhile fails the batch, which rolls back.
   */
  void markOverdue(List<String> stepKeys) {
    if (stepKeys.isEmpty()) {
      return;
    }
    int[] updated = jdbc.batchUpdate("update esc_watched_step set escalated_level = 1 "
        + "where step_key = ? and escalated_level = 0 and ladder_instance_id is null",
        stepKeys.stream().map(key -> new Object[] {key}).toList());
    for (int i = 0; i < updated.length; i++) {
      if (updated[i] == 0) {
        throw new OptimisticLockingException("Step " + stepKeys.get(i)
            + " was marked overdue by another check");
      }
    }
  }

  /** The rows of these steps (those that still have one), in the order of the keys. */
  List<WatchedStep> findAll(List<String> stepKeys) {
    if (stepKeys.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", Collections.nCopies(stepKeys.size(), "?"));
    Map<String, WatchedStep> found = new HashMap<>();
    jdbc.query("select " + COLUMNS + " from esc_watched_step where step_key in (" + marks + ")",
        WatchedSteps::row, stepKeys.toArray()).forEach(w -> found.put(w.step().stepKey(), w));
    return stepKeys.stream().map(found::get).filter(Objects::nonNull).toList();
  }

  /**
   * The step's ladder runs (from level 2). Only for a reminded step without one: a check that
   * raced another and lost updates nothing and rolls back.
   */
  boolean ladderStarted(String stepKey, String ladderInstanceId) {
    return jdbc.update("update esc_watched_step set ladder_instance_id = ?, escalated_level = 2 "
        + "where step_key = ? and escalated_level = 1 and ladder_instance_id is null",
        ladderInstanceId, stepKey) == 1;
  }

  /**
   * A step given more time: its levels count from the new due date and its ladder has ended, so
   * the check starts a new one when the new due date has passed.
   */
  void postpone(String stepKey, StepSchedule schedule) {
    jdbc.update("update esc_watched_step set due_at = ?, level2_at = ?, level3_at = ?, "
        + "ladder_instance_id = null, escalated_level = 0 where step_key = ?", ts(schedule.dueAt()),
        ts(schedule.level2At()), ts(schedule.level3At()), stepKey);
  }

  void delete(String stepKey) {
    jdbc.update("delete from esc_watched_step where step_key = ?", stepKey);
  }

  public Optional<WatchedStep> find(String stepKey) {
    return jdbc.query("select " + COLUMNS + " from esc_watched_step where step_key = ?",
        WatchedSteps::row, stepKey).stream().findFirst();
  }

  /**
   * Watched steps past their due date not yet reminded, the oldest first: message waits, and
   * user tasks given more time after an escalation.
   */
  List<WatchedStep> overdueNotReminded(Instant now, int max) {
    return query("escalated_level = 0 and ladder_instance_id is null and due_at <= ? "
        + "order by due_at", now, max);
  }

  /** Reminded steps still waiting at their level-2 date, without a ladder, the oldest first. */
  List<WatchedStep> dueForLadder(Instant now, int max) {
    return query("escalated_level = 1 and ladder_instance_id is null and level2_at <= ? "
        + "order by level2_at", now, max);
  }

  private List<WatchedStep> query(String where, Instant now, int max) {
    if (max <= 0) {
      return List.of();
    }
    return jdbc.query("select " + COLUMNS + " from esc_watched_step where " + where, ps -> {
      ps.setTimestamp(1, ts(now));
      ps.setMaxRows(max);
    }, WatchedSteps::row);
  }

  /**
   * When level 1, 2 or 3 of the step falls due; the ladder's timers read it. Null when the step
   * has no row any more (it ended): the timer then fires at once and the ladder stops.
   */
  public Date at(String stepKey, Object level) {
    int n = Integer.parseInt(String.valueOf(level));
    return find(stepKey).map(w -> Date.from(switch (n) {
      case 1 -> w.step().dueAt();
      case 2 -> w.level2At();
      default -> w.level3At();
    })).orElseGet(org.camunda.bpm.engine.impl.util.ClockUtil::getCurrentTime);
  }

  private static WatchedStep row(ResultSet rs, int i) throws SQLException {
    StalledStep step = new StalledStep(rs.getString("step_key"),
        StepKind.valueOf(rs.getString("step_kind")), rs.getString("task_id"),
        rs.getString("execution_id"), rs.getString("activity_id"), rs.getString("step_name"),
        rs.getString("process_instance_id"), rs.getString("process_key"),
        rs.getString("business_key"), rs.getString("pemda_code"),
        rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
        rs.getString("responsible_group"));
    return new WatchedStep(step, rs.getTimestamp("level2_at").toInstant(),
        rs.getTimestamp("level3_at").toInstant(), rs.getString("ladder_instance_id"),
        rs.getInt("escalated_level"));
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
