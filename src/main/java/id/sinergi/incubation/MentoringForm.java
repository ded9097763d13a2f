package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.CANDIDATE_ID;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The month's mentoring note on a participant. */
@Component
class MentoringForm extends IncubationForm {

  private final Summaries summaries;
  private final MentoringNoteRepository notes;

  MentoringForm(Summaries summaries, MentoringNoteRepository notes) {
    this.summaries = summaries;
    this.notes = notes;
  }

  @Override
  public String formId() {
    return "incubation-mentoring";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    Candidate candidate = candidate(task, caseFile);
    return Map.of("participantSummary", "Pendampingan bulan ke-"
        + (notes.countByCandidateId(candidate.getId()) + 1) + "\n"
        + summaries.participant(candidate));
  }

  @Override
  protected void handle(FormSubmission submission, FormValues values) {
    Candidate candidate = candidate(submission);
    int month = (int) notes.countByCandidateId(candidate.getId()) + 1;
    notes.save(new MentoringNote(candidate.getId(), month,
        text(values, "topics", "Topik pendampingan", 3, 500),
        text(values, "note", "Catatan pendampingan", 20, 4000), submission.userId(),
        IncubationClock.now()));
  }
}
