package id.sinergi.datarequest;

import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.cases.CaseOwner;
import id.sinergi.kernel.cases.CasePolicy;
import id.sinergi.kernel.cases.CaseStart;
import id.sinergi.kernel.cases.Cases;
import id.sinergi.kernel.error.ForbiddenException;
import id.sinergi.kernel.error.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Whose a data request is and who coordinates it. Called from another process, it belongs to
 * the caller's Pemda and is coordinated by a group of that Pemda (or PIP). Started directly, a
 * Pemda's staff ask their own Pemda's OPDs, coordinated by one of their own groups; PIP may ask
 * any Pemda. Everything later resolves the request from the case, never from a variable.
 */
@Component
class DataRequestCases implements CasePolicy {

  static final String REQUESTER = "requester";
  static final String PIP_COOPERATION = "pip-kerjasama";

  private final Cases cases;
  private final DataRequestService service;

  DataRequestCases(Cases cases, DataRequestService service) {
    this.cases = cases;
    this.service = service;
  }

  @Override
  public String processKey() {
    return DataRequestVariables.PROCESS_ID;
  }

  @Override
  public CaseOwner open(CaseStart start) {
    String asked = start.text(DataRequestVariables.PEMDA_CODE);
    String requester = start.text(DataRequestVariables.REQUESTER_GROUP);
    if (start.called()) {
      String pemda = start.parent().getPemdaCode();
      if (pemda == null) {
        throw new InvalidInputException(DataRequestVariables.PEMDA_CODE,
            "proses pemanggil tidak memiliki Pemda; permintaan data selalu untuk satu Pemda");
      }
      return owner(pemda, requester == null || !belongsTo(requester, pemda)
          ? ekonomi(pemda) : requester);
    }
    Caller caller = start.caller();
    if (caller.admin() || caller.pip()) {
      String pemda = cases.requirePemda(asked, DataRequestVariables.PEMDA_CODE);
      if (requester == null) {
        requester = caller.pip() ? PIP_COOPERATION : ekonomi(pemda);
      } else if (!caller.admin() && !caller.inGroup(requester)) {
        throw new ForbiddenException("Koordinator permintaan data harus kelompok Anda sendiri.");
      }
      return owner(pemda, requester);
    }
    String pemda = asked != null ? asked
        : caller.pemdaCodes().size() == 1 ? caller.pemdaCodes().iterator().next() : null;
    if (pemda == null) {
      throw new InvalidInputException(DataRequestVariables.PEMDA_CODE, "pilih Pemda Anda");
    }
    if (!caller.pemdaCodes().contains(pemda)) {
      throw new ForbiddenException("Anda hanya dapat meminta data dari OPD Pemda Anda sendiri.");
    }
    if (requester == null) {
      requester = caller.groupIds().stream().filter(g -> g.equals(ekonomi(pemda))).findFirst()
          .orElse(null);
    }
    if (requester == null || !caller.inGroup(requester) || !belongsTo(requester, pemda)) {
      throw new ForbiddenException("Koordinator permintaan data harus kelompok Anda sendiri di "
          + "Pemda ini.");
    }
    return owner(pemda, requester);
  }

  private static CaseOwner owner(String pemda, String requester) {
    return CaseOwner.ofPemda(pemda).withParty(REQUESTER, requester);
  }

  private static boolean belongsTo(String group, String pemda) {
    return group.startsWith("pemda-" + pemda + "-") || group.equals(PIP_COOPERATION);
  }

  private static String ekonomi(String pemda) {
    return "pemda-" + pemda + "-ekonomi";
  }

  /** The data request of an execution, from its case. */
  long caseId(DelegateExecution execution) {
    return cases.of(execution).reference();
  }

  /**
   * The OPD request a per-OPD task or step works on: the multi-instance element Sinergi set,
   * checked to belong to the case of the instance.
   */
  OpdRequest opdRequest(VariableScope scope, CaseFile caseFile) {
    Object id = DataRequestVariables.REQUEST_ID.get(scope);
    OpdRequest request = service.request(DataRequestTasks.toLong(id));
    if (caseFile.getReferenceId() == null || !caseFile.getReferenceId().equals(request.getCaseId())) {
      throw new ForbiddenException("Permintaan OPD " + id + " bukan bagian dari kasus ini.");
    }
    return request;
  }
}
