package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.CANDIDATE_ID;

import id.sinergi.forms.FormSubmission;
import id.sinergi.forms.FormValidationException;
import id.sinergi.forms.FormValues;
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
  public Map<String, Object> prefill(DelegateTask task) {
    Candidate candidate = summaries.candidate(longVariable(task, CANDIDATE_ID));
    return Map.of("participantSummary", "Pemantauan enam bulan setelah lulus.\n"
        + summaries.participant(candidate));
  }

  @Override
  protected void handle(FormSubmission submission, FormValues values) {
    Candidate candidate = summaries.candidate(longVariable(submission, CANDIDATE_ID));
    String condition = text(values, "condition", "Kondisi usaha", 1, 20);
    if (!CONDITIONS.contains(condition)) {
      throw new FormValidationException("condition", "Kondisi usaha '" + condition
          + "' tidak dikenal.");
    }
    candidate.followUp(condition, text(values, "notes", "Catatan pemantauan", 10, 2000),
        submission.userId(), IncubationClock.now());
  }
}
