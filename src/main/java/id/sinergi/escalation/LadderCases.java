package id.sinergi.escalation;

import id.sinergi.kernel.cases.CaseOwner;
import id.sinergi.kernel.cases.CasePolicy;
import id.sinergi.kernel.cases.CaseStart;
import id.sinergi.kernel.error.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Only Sinergi starts an escalation ladder, for a step it watches; the ladder belongs to the
 * step's Pemda, read from the watched step's row (the case of the step it watches).
 */
@Component
class LadderCases implements CasePolicy {

  private final WatchedSteps watched;

  LadderCases(WatchedSteps watched) {
    this.watched = watched;
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
    String stepKey = start.text(LadderVariables.WATCHED_STEP_ID);
    String pemda = stepKey == null ? null
        : watched.find(stepKey).map(w -> w.step().pemdaCode()).orElse(null);
    return pemda == null ? CaseOwner.none() : CaseOwner.ofPemda(pemda);
  }
}
