package id.sinergi.datarequest;

import id.sinergi.kernel.access.CaseAccess;
import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.cases.Cases;
import id.sinergi.kernel.error.ConflictException;
import org.springframework.stereotype.Component;

/**
 * The kernel's access model applied to data requests: whoever may read the request's case (its
 * Pemda's staff, PIP, managers, administrators) sees it; only whoever may work on an OPD's task
 * (that OPD's staff) uploads or answers for it, as they would through the task's form.
 */
@Component
class DataRequestAccess {

  private final CaseAccess access;
  private final Cases cases;
  private final DataRequestService service;

  DataRequestAccess(CaseAccess access, Cases cases, DataRequestService service) {
    this.access = access;
    this.cases = cases;
    this.service = service;
  }

  void checkSee(Caller caller, long caseId) {
    access.requireRead(caller, cases.of(service.caseById(caseId).getProcessInstanceId()));
  }

  void checkAnswer(Caller caller, OpdRequest request) {
    checkSee(caller, request.getCaseId());
    if (request.getTaskId() == null) {
      throw new ConflictException("Tugas OPD untuk permintaan ini belum dibuat; coba lagi "
          + "sebentar lagi.");
    }
    access.taskToWorkOn(caller, request.getTaskId());
  }
}
