package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.CANDIDATE_ID;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Scores a participant on PLUT's five outcomes (1–5, each with evidence): at mid-term and at
 * the end. A score outside the scale is refused, whatever the browser let through.
 */
abstract class AssessmentForm extends IncubationForm {

  private final Summaries summaries;
  private final AssessmentRepository assessments;
  private final Assessment.Stage stage;

  AssessmentForm(Summaries summaries, AssessmentRepository assessments, Assessment.Stage stage) {
    this.summaries = summaries;
    this.assessments = assessments;
    this.stage = stage;
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    Candidate candidate = candidate(task, caseFile);
    return Map.of("participantSummary", summaries.participant(candidate));
  }

  @Override
  protected void handle(FormSubmission submission, FormValues values) {
    Candidate candidate = candidate(submission);
    Assessment assessment = assessments.findByCandidateIdAndStage(candidate.getId(), stage)
        .orElseGet(() -> new Assessment(candidate.getId(), stage));
    for (Assessment.Outcome outcome : Assessment.Outcome.values()) {
      int score = integer(values, outcome.key, outcome.label);
      if (score < Assessment.MIN_SCORE || score > Assessment.MAX_SCORE) {
        throw new InvalidInputException(outcome.key, outcome.label + ": nilai " + score
            + " di luar skala " + Assessment.MIN_SCORE + "–" + Assessment.MAX_SCORE + ".");
      }
      assessment.score(outcome, score, text(values, outcome.key + "Evidence",
          "Bukti " + outcome.label.toLowerCase(), 10, 2000));
    }
    assessment.assessed(submission.userId(), IncubationClock.now());
    assessments.save(assessment);
    afterSave(candidate, values);
  }

  protected void afterSave(Candidate candidate, FormValues values) {}
}
