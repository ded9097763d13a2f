package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.COHORT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every participant has finished (graduated and followed up, failed or withdrawn). */
@Component
public class CloseIncubationCohort implements JavaDelegate {

  private final IncubationCases cases;

  private final Summaries summaries;

  public CloseIncubationCohort(Summaries summaries, IncubationCases cases) {
    this.cases = cases;
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.cohort(execution)
        .setStatus(CohortStatus.CLOSED);
  }
}
