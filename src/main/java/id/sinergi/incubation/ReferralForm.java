package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.CANDIDATE_ID;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
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
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    Candidate candidate = candidate(task, caseFile);
    return Map.of("participantSummary", "Lulusan inkubasi yang membutuhkan pembiayaan UMi.\n"
        + summaries.participant(candidate));
  }

  @Override
  protected void handle(FormSubmission submission, FormValues values) {
    Candidate candidate = candidate(submission);
    Referral referral = referrals.findByCandidateId(candidate.getId()).orElseThrow(
        () -> new IllegalStateException("No referral for candidate " + candidate.getId()));
    String decision = text(values, "decision", "Keputusan", 1, 20);
    Referral.Status status = switch (decision) {
      case "DIPROSES" -> Referral.Status.PROCESSED;
      case "DITOLAK" -> Referral.Status.DECLINED;
      default -> throw new InvalidInputException("decision", "Pilih Diproses atau Ditolak.");
    };
    referral.decide(status, text(values, "notes", "Catatan", 10, 2000), submission.userId(),
        IncubationClock.now());
  }
}
