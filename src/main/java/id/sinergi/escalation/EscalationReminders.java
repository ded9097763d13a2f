package id.sinergi.escalation;

import id.sinergi.escalation.WatchedSteps.WatchedStep;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first task of process {@code escalation-reminder}: records level 1, the reminder to the
 * holder, for a batch of steps overdue-step-check marked overdue (variable {@code stepKeys}),
 * each addressed to whoever holds the step now. Idempotent: a retried job readdresses the rows it
 * wrote before. A step that ended meanwhile records nothing and loses its row.
 */
@Component("escalationReminders")
public class EscalationReminders implements JavaDelegate {

  public static final String PROCESS_KEY = "escalation-reminder";
  public static final String MESSAGE = "EscalationRemindersDue";
  /** The keys of the batch's steps (task ids, activity instance ids), comma-separated. */
  public static final String STEP_KEYS = "stepKeys";

  private final WatchedSteps watched;
  private final EscalationRecorder recorder;

  EscalationReminders(WatchedSteps watched, EscalationRecorder recorder) {
    this.watched = watched;
    this.recorder = recorder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<StalledStep> overdue = watched.findAll(keys(execution.getVariable(STEP_KEYS)))
        .stream().filter(row -> row.escalatedLevel() >= 1) // not given more time meanwhile
        .map(WatchedStep::step).toList();
    if (!overdue.isEmpty()) {
      // Ended without their listeners (or before the check's row was visible to them).
      recorder.recordAll(1, overdue).forEach(watched::delete);
    }
  }

  static List<String> keys(Object joined) {
    return joined == null ? List.of() : Arrays.stream(joined.toString().split(","))
        .map(String::trim).filter(key -> !key.isEmpty()).toList();
  }
}
