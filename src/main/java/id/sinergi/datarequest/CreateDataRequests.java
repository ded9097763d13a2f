package id.sinergi.datarequest;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Creates one request record per planned OPD; a retried job finds them and adds none. */
@Component
public class CreateDataRequests implements JavaDelegate {

  private final DataRequestService service;
  private final DataRequestCases cases;

  public CreateDataRequests(DataRequestService service, DataRequestCases cases) {
    this.service = service;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.createRequests(cases.caseId(execution));
  }
}
