package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.CANDIDATE_ID;
import static id.sinergi.incubation.IncubationVariables.REFERRAL_AS_DEMAND;
import static id.sinergi.incubation.IncubationVariables.REFERRAL_TARGET;
import static id.sinergi.incubation.IncubationVariables.REFERRAL_TO_PENYALUR;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Refers a graduate to UMi financing and routes to the Penyalur when there is one. */
@Component
public class ReferIncubationGraduate implements JavaDelegate {

  private final IncubationCases cases;

  private final Summaries summaries;
  private final FinancingReferral referral;

  public ReferIncubationGraduate(Summaries summaries, FinancingReferral referral, IncubationCases cases) {
    this.cases = cases;
    this.summaries = summaries;
    this.referral = referral;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Referral made = referral.refer(cases.candidate(execution));
    boolean toPenyalur = made.getStatus() == Referral.Status.SENT_TO_PENYALUR
        || made.getPenyalurCode() != null;
    REFERRAL_TARGET.set(execution, toPenyalur ? REFERRAL_TO_PENYALUR
        : REFERRAL_AS_DEMAND);
    if (toPenyalur) {
      cases.addParty(execution, IncubationCases.PENYALUR, made.getPenyalurCode());
    }
  }
}
