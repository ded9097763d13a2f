package id.sinergi.datarequest;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Creates one request record per planned OPD; a retried job finds them and adds none. */
@Component("createDataRequests")
public class CreateDataRequestsDelegate implements JavaDelegate {

  private final DataRequestService service;

  public CreateDataRequestsDelegate(DataRequestService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.createRequests(DataRequestTasks.toLong(
        execution.getVariable(DataRequestVariables.CASE_ID)));
  }
}
