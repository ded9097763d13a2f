package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.COHORT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every participant has finished (graduated and followed up, failed or withdrawn). */
@Component("closeIncubationCohort")
public class CloseCohortDelegate implements JavaDelegate {

  private final Summaries summaries;

  public CloseCohortDelegate(Summaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    summaries.cohort(IncubationForm.longVariable(execution, COHORT_ID))
        .setStatus(CohortStatus.CLOSED);
  }
}
