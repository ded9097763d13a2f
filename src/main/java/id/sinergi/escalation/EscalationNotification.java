package id.sinergi.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the e-mail of the escalation recorded for this step and level. Model it asynchronous
 * with a retry cycle (e.g. R5/PT5M): a mail server that is down makes the job retry and end as
 * an incident in Cockpit; retrying it there sends the mail, never twice.
 */
@Component("escalationNotification")
public class EscalationNotification implements JavaDelegate {

  private final StepLocator locator;
  private final EscalationNotifier notifier;

  public EscalationNotification(StepLocator locator, EscalationNotifier notifier) {
    this.locator = locator;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int level = StepLocator.level(execution);
    StalledStep step = locator.locate(execution);
    if (step != null) {
      notifier.notify(step.stepKey(), level);
    }
  }
}
