package id.sinergi.datarequest;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On creation of an OPD's task: remembers the task on its request (for the upload tab and
 * extensions) and gives it the due date the coordinator chose for that OPD.
 */
@Component("dataRequestTaskListener")
public class OpdTaskListener implements TaskListener {

  private final OpdRequestRepository requests;

  public OpdTaskListener(OpdRequestRepository requests) {
    this.requests = requests;
  }

  @Override
  @Transactional
  public void notify(DelegateTask task) {
    long requestId = DataRequestTasks.toLong(task.getVariable(DataRequestVariables.REQUEST_ID));
    OpdRequest request = requests.findById(requestId).orElseThrow();
    request.attachTask(task.getId());
    task.setDueDate(endOfDay(request.getDueDate()));
  }

  /** The OPD has the whole due day, in NTB's time. */
  static Date endOfDay(java.time.LocalDate day) {
    return Date.from(day.atTime(23, 59).atZone(
        id.sinergi.organisation.OrganisationRegistry.ZONE).toInstant());
  }
}
