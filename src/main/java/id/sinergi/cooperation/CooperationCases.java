package id.sinergi.cooperation;

import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.cases.CaseOwner;
import id.sinergi.kernel.cases.CasePolicy;
import id.sinergi.kernel.cases.CaseStart;
import id.sinergi.kernel.cases.Cases;
import id.sinergi.kernel.error.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Whose a cooperation is. A Pemda's Bagian Ekonomi asks for one for its own Pemda; only PIP
 * offers one, to any Pemda; the start form's choice is checked against the caller before the
 * instance exists. The Penyalur joins the case when the Pemda agrees to the scheme.
 */
@Component
class CooperationCases implements CasePolicy {

  static final String PENYALUR = "penyalur";

  private final Cases cases;

  CooperationCases(Cases cases) {
    this.cases = cases;
  }

  @Override
  public String processKey() {
    return CooperationVariables.PROCESS_KEY;
  }

  @Override
  public CaseOwner open(CaseStart start) {
    if (start.called()) {
      return CaseOwner.like(start.parent());
    }
    String initiative = start.text("initiative");
    if (!CooperationService.PEMDA_REQUEST.equals(initiative)
        && !CooperationService.PIP_OFFER.equals(initiative)) {
      throw new InvalidInputException("initiative", "pilih Pemda mengajukan atau PIP menawarkan");
    }
    String pemda = cases.requirePemda(start.text("pemda"), "pemda");
    Caller caller = start.caller();
    if (caller.admin()) {
      return CaseOwner.ofPemda(pemda);
    }
    if (CooperationService.PIP_OFFER.equals(initiative) && !caller.pip()) {
      throw new InvalidInputException("initiative",
          "hanya staf PIP yang dapat menawarkan kerja sama kepada Pemda");
    }
    if (CooperationService.PEMDA_REQUEST.equals(initiative)
        && !caller.pemdaCodes().contains(pemda)) {
      throw new InvalidInputException("pemda",
          "Anda hanya dapat mengajukan kerja sama untuk Pemda Anda sendiri");
    }
    return CaseOwner.ofPemda(pemda);
  }

  /** The cooperation an execution of the process works on, from its case. */
  long cooperationId(DelegateExecution execution) {
    return cases.of(execution).reference();
  }
}
