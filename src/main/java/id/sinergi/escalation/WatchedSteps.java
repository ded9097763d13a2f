package id.sinergi.escalation;

import id.sinergi.escalation.Escalation.StepKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The facts of the watched steps (table esc_watched_step): a message wait from when it starts
 * waiting, a user task from when its ladder starts. The ladder reads them by its one variable
 * {@code watchedStepId}, e.g. its timers {@code ${watchedSteps.at(watchedStepId, 2)}}.
 */
@Component("watchedSteps")
public class WatchedSteps {

  /** Ladder reference of an overdue step the model exempts from escalation. */
  public static final String NOT_ESCALATED = "-";


  /** A watched step with the dates of its levels and, once started, its ladder. */
  public record WatchedStep(StalledStep step, Instant level2At, Instant level3At,
      String ladderInstanceId) {}

  private static final String COLUMNS = "step_key, step_kind, task_id, execution_id, activity_id, "
      + "step_name, process_instance_id, process_key, business_key, pemda_code, started_at, "
      + "due_at, level2_at, level3_at, responsible_group, ladder_instance_id";

  private final JdbcTemplate jdbc;

  public WatchedSteps(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the step; a second insert of the same key fails on the primary key. */
  void insert(StalledStep step, StepSchedule schedule) {
    jdbc.update("insert into esc_watched_step (" + COLUMNS + ") values "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null)",
        step.stepKey(), step.kind().name(), step.taskId(), step.executionId(), step.activityId(),
        truncate(step.name(), 300), step.processInstanceId(), step.processKey(),
        step.businessKey(), step.pemdaCode(), ts(step.startedAt()), ts(schedule.dueAt()),
        ts(schedule.level2At()), ts(schedule.level3At()), step.responsibleGroup());
  }

  void ladderStarted(String stepKey, String ladderInstanceId) {
    jdbc.update("update esc_watched_step set ladder_instance_id = ? where step_key = ?",
        ladderInstanceId, stepKey);
  }

  /**
   * A step given more time: its levels count from the new due date and its ladder has ended, so
   * the check starts a new one when the new due date has passed.
   */
  void postpone(String stepKey, StepSchedule schedule) {
    jdbc.update("update esc_watched_step set due_at = ?, level2_at = ?, level3_at = ?, "
        + "ladder_instance_id = null where step_key = ?", ts(schedule.dueAt()),
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
   * Watched steps past their due date whose ladder has not started, the oldest first: message
   * waits, and user tasks given more time after an escalation.
   */
  List<WatchedStep> overdueWithoutLadder(Instant now, int max) {
    if (max <= 0) {
      return List.of();
    }
    return jdbc.query("select " + COLUMNS + " from esc_watched_step "
        + "where ladder_instance_id is null and due_at <= ? order by due_at", ps -> {
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
        rs.getTimestamp("level3_at").toInstant(), rs.getString("ladder_instance_id"));
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
