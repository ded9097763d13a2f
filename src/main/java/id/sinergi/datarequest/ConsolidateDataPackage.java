package id.sinergi.datarequest;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the case into one data package (unanswered OPDs recorded as NOT_ANSWERED) and hands
 * its id back as {@code dataPackageId}; a retried job returns the same package.
 */
@Component
public class ConsolidateDataPackage implements JavaDelegate {

  private final DataRequestService service;
  private final DataRequestCases cases;

  public ConsolidateDataPackage(DataRequestService service, DataRequestCases cases) {
    this.service = service;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DataPackage created = service.consolidate(cases.caseId(execution));
    DataRequestVariables.DATA_PACKAGE_ID.set(execution, created.getId());
  }
}
