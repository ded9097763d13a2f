package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.CANDIDATE_ID;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Post-incubation monitoring six months after graduation. */
@Component
class FollowUpForm extends IncubationForm {

  static final List<String> CONDITIONS = List.of("BERKEMBANG", "STABIL", "MENURUN", "BERHENTI");

  private final Summaries summaries;

  FollowUpForm(Summaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public String formId() {
    return "incubation-follow-up";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    Candidate candidate = candidate(task, caseFile);
    return Map.of("participantSummary", "Pemantauan enam bulan setelah lulus.\n"
        + summaries.participant(candidate));
  }

  @Override
  protected void handle(FormSubmission submission, FormValues values) {
    Candidate candidate = candidate(submission);
    String condition = text(values, "condition", "Kondisi usaha", 1, 20);
    if (!CONDITIONS.contains(condition)) {
      throw new InvalidInputException("condition", "Kondisi usaha '" + condition
          + "' tidak dikenal.");
    }
    candidate.followUp(condition, text(values, "notes", "Catatan pemantauan", 10, 2000),
        submission.userId(), IncubationClock.now());
  }
}
