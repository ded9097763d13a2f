package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.COHORT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every participant has finished (graduated and followed up, failed or withdrawn). */
@Component("closeIncubationCohort")
public class CloseCohortDelegate implements JavaDelegate {

  private final IncubationCases cases;

  private final Summaries summaries;

  public CloseCohortDelegate(Summaries summaries, IncubationCases cases) {
    this.cases = cases;
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.cohort(execution)
        .setStatus(CohortStatus.CLOSED);
  }
}
