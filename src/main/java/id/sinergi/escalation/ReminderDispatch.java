package id.sinergi.escalation;

import id.sinergi.kernel.engine.SystemEngineCalls;
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

  private final RuntimeService runtime;
  private final SystemEngineCalls system;
  private final EscalationProperties properties;

  ReminderDispatch(RuntimeService runtime, SystemEngineCalls system,
      EscalationProperties properties) {
    this.runtime = runtime;
    this.system = system;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> keys = EscalationReminders.keys(
        execution.getVariable(OverdueStepCheck.STEPS_OVERDUE));
    // A string variable holds 4,000 characters: 100 keys of up to 39 characters.
    int size = Math.min(100, Math.max(1, properties.getReminderBatchSize()));
    system.run(() -> {
      for (int from = 0; from < keys.size(); from += size) {
        runtime.createMessageCorrelation(EscalationReminders.MESSAGE)
            .setVariable(EscalationReminders.STEP_KEYS,
                String.join(",", keys.subList(from, Math.min(keys.size(), from + size))))
            .correlateStartMessage();
      }
    });
  }
}
