package id.sinergi.incubation;

import org.springframework.stereotype.Component;

@Component
class MidTermAssessmentForm extends AssessmentForm {

  MidTermAssessmentForm(Summaries summaries, AssessmentRepository assessments) {
    super(summaries, assessments, Assessment.Stage.MID);
  }

  @Override
  public String formId() {
    return "incubation-assessment-mid";
  }
}
