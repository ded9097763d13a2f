package id.sinergi.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The second task of process {@code escalation-reminder}, a job of its own after the reminders
 * were recorded and committed: sends their e-mails (variable {@code stepKeys}), each once
 * ({@link EscalationNotifier}). A mail server that is down makes the job retry and end as an
 * incident in Cockpit; a retry sends only what has not left yet.
 */
@Component("reminderNotifications")
public class ReminderNotifications implements JavaDelegate {

  private final EscalationRepository escalations;
  private final EscalationNotifier notifier;

  ReminderNotifications(EscalationRepository escalations, EscalationNotifier notifier) {
    this.escalations = escalations;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var keys = EscalationReminders.keys(execution.getVariable(EscalationReminders.STEP_KEYS));
    if (!keys.isEmpty()) {
      notifier.notifyAll(escalations.findByStepKeyInAndLevel(keys, 1));
    }
  }
}
