package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.CANDIDATE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Chooses the participant's track and modules (DMN) and keeps the rationale. */
@Component
public class ChooseIncubationTraining implements JavaDelegate {

  private final IncubationCases cases;

  private final Summaries summaries;
  private final TrainingFit fit;

  public ChooseIncubationTraining(Summaries summaries, TrainingFit fit, IncubationCases cases) {
    this.cases = cases;
    this.summaries = summaries;
    this.fit = fit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fit.apply(cases.candidate(execution));
  }
}
