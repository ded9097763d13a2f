package id.sinergi.escalation;

import id.sinergi.kernel.engine.SystemEngineCalls;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The send task of process {@code overdue-step-check} after it marked a batch of steps overdue:
 * hands them to process {@code escalation-reminder}, one instance per
 * {@code sinergi.escalation.reminder-batch-size} steps (message {@code EscalationRemindersDue},
 * variable {@code stepKeys}), whose jobs record level 1 and send the e-mails after the check's
 * transaction has committed, several batches at once on the job executor's threads.
 */
@Component("reminderDispatch")
public class ReminderDispatch implements JavaDelegate {

  /** A string variable holds at most 4,000 characters (Camunda's TEXT_ column). */
  static final int MAX_KEYS_LENGTH = 3_900;

  private final RuntimeService runtime;
  private final SystemEngineCalls system;
  private final EscalationProperties properties;

  ReminderDispatch(RuntimeService runtime, SystemEngineCalls system,
      EscalationProperties properties) {
    this.runtime = runtime;
    this.system = system;
    this.properties = properties;
  }

  /** The keys joined in chunks of at most {@code size} keys and {@link #MAX_KEYS_LENGTH}. */
  static List<String> chunks(List<String> keys, int size) {
    List<String> chunks = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    int count = 0;
    for (String key : keys) {
      if (count > 0 && (count >= Math.max(1, size)
          || chunk.length() + 1 + key.length() > MAX_KEYS_LENGTH)) {
        chunks.add(chunk.toString());
        chunk.setLength(0);
        count = 0;
      }
      chunk.append(count == 0 ? "" : ",").append(key);
      count++;
    }
    if (count > 0) {
      chunks.add(chunk.toString());
    }
    return chunks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> keys = EscalationReminders.keys(
        execution.getVariable(OverdueStepCheck.STEPS_OVERDUE));
    system.run(() -> chunks(keys, properties.getReminderBatchSize()).forEach(chunk ->
        runtime.createMessageCorrelation(EscalationReminders.MESSAGE)
            .setVariable(EscalationReminders.STEP_KEYS, chunk).correlateStartMessage()));
  }
}
