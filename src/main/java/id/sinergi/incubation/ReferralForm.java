package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.CANDIDATE_ID;

import id.sinergi.forms.FormSubmission;
import id.sinergi.forms.FormValidationException;
import id.sinergi.forms.FormValues;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The Penyalur answers a graduate's financing referral. */
@Component
class ReferralForm extends IncubationForm {

  private final Summaries summaries;
  private final ReferralRepository referrals;

  ReferralForm(Summaries summaries, ReferralRepository referrals) {
    this.summaries = summaries;
    this.referrals = referrals;
  }

  @Override
  public String formId() {
    return "incubation-financing-referral";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task) {
    Candidate candidate = summaries.candidate(longVariable(task, CANDIDATE_ID));
    return Map.of("participantSummary", "Lulusan inkubasi yang membutuhkan pembiayaan UMi.\n"
        + summaries.participant(candidate));
  }

  @Override
  protected void handle(FormSubmission submission, FormValues values) {
    Candidate candidate = summaries.candidate(longVariable(submission, CANDIDATE_ID));
    Referral referral = referrals.findByCandidateId(candidate.getId()).orElseThrow(
        () -> new IllegalStateException("No referral for candidate " + candidate.getId()));
    String decision = text(values, "decision", "Keputusan", 1, 20);
    Referral.Status status = switch (decision) {
      case "DIPROSES" -> Referral.Status.PROCESSED;
      case "DITOLAK" -> Referral.Status.DECLINED;
      default -> throw new FormValidationException("decision", "Pilih Diproses atau Ditolak.");
    };
    referral.decide(status, text(values, "notes", "Catatan", 10, 2000), submission.userId(),
        IncubationClock.now());
  }
}
