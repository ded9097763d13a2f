package id.sinergi.incubation;

import id.sinergi.kernel.form.FormValues;
import org.springframework.stereotype.Component;

/** The final assessment also records whether the participant needs financing (referral). */
@Component
class FinalAssessmentForm extends AssessmentForm {

  FinalAssessmentForm(Summaries summaries, AssessmentRepository assessments) {
    super(summaries, assessments, Assessment.Stage.FINAL);
  }

  @Override
  public String formId() {
    return "incubation-assessment-final";
  }

  @Override
  protected void afterSave(Candidate candidate, FormValues values) {
    candidate.setNeedsFinancing(Boolean.TRUE.equals(values.bool("needsFinancing")));
  }
}
