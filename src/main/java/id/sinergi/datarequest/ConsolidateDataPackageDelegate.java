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

  public ConsolidateDataPackageDelegate(DataRequestService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DataPackage created = service.consolidate(DataRequestTasks.toLong(
        execution.getVariable(DataRequestVariables.CASE_ID)));
    execution.setVariable(DataRequestVariables.DATA_PACKAGE_ID, created.getId());
  }
}
