package id.sinergi.datarequest;

import id.sinergi.kernel.cases.Cases;

import id.sinergi.kernel.clock.EngineClock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On creation of an OPD's task: remembers the task on its request (for the upload tab and
 * extensions) and gives it the due date the coordinator chose for that OPD.
 */
@Component
public class DataRequestTaskListener implements TaskListener {

  private final DataRequestCases dataRequests;
  private final Cases cases;

  public DataRequestTaskListener(DataRequestCases dataRequests, Cases cases) {
    this.dataRequests = dataRequests;
    this.cases = cases;
  }

  @Override
  @Transactional
  public void notify(DelegateTask task) {
    OpdRequest request = dataRequests.opdRequest(task, cases.of(task));
    request.attachTask(task.getId());
    task.setDueDate(endOfDay(request.getDueDate()));
  }

  /** The OPD has the whole due day, in NTB's time. */
  static Date endOfDay(java.time.LocalDate day) {
    return Date.from(day.atTime(23, 59).atZone(
        id.sinergi.kernel.clock.EngineClock.ZONE).toInstant());
  }
}
