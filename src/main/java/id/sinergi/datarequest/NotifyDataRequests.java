package id.sinergi.datarequest;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Notifies every OPD still asked to answer. Input parameter {@code notificationKind}: REQUEST
 * (default, the first notice) or REMINDER (the current reminder round). Unique per request, kind
 * and round: a retried job notifies nobody twice.
 */
@Component
public class NotifyDataRequests implements JavaDelegate {

  private final DataRequestService service;
  private final DataRequestCases cases;

  public NotifyDataRequests(DataRequestService service, DataRequestCases cases) {
    this.service = service;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object kind = DataRequestVariables.NOTIFICATION_KIND.get(execution);
    service.notifyOpenRequests(
        cases.caseId(execution),
        kind == null ? Notification.Kind.REQUEST : Notification.Kind.valueOf(kind.toString()));
  }
}
