package id.sinergi.escalation;

import id.sinergi.kernel.cases.CaseOwner;
import id.sinergi.kernel.cases.CasePolicy;
import id.sinergi.kernel.cases.CaseStart;
import id.sinergi.kernel.cases.Cases;
import id.sinergi.kernel.error.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Only Sinergi starts an escalation ladder, for a step it watches; the ladder belongs to the
 * step's Pemda, which Sinergi passes from the step's own case.
 */
@Component
class LadderCases implements CasePolicy {

  private final Cases cases;

  LadderCases(Cases cases) {
    this.cases = cases;
  }

  @Override
  public String processKey() {
    return LadderVariables.PROCESS_KEY;
  }

  @Override
  public CaseOwner open(CaseStart start) {
    if (!start.caller().isSystem()) {
      throw new ForbiddenException("Tangga eskalasi hanya dimulai oleh Sinergi sendiri.");
    }
    return cases.defaultOwner(start);
  }
}
