package id.sinergi.datarequest;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the case into one data package (unanswered OPDs recorded as NOT_ANSWERED) and hands
 * its id back as {@code dataPackageId}; a retried job returns the same package.
 */
@Component("consolidateDataPackage")
public class ConsolidateDataPackageDelegate implements JavaDelegate {

  private final DataRequestService service;
  private final DataRequestCases cases;

  public ConsolidateDataPackageDelegate(DataRequestService service, DataRequestCases cases) {
    this.service = service;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DataPackage created = service.consolidate(cases.caseId(execution));
    execution.setVariable(DataRequestVariables.DATA_PACKAGE_ID, created.getId());
  }
}
