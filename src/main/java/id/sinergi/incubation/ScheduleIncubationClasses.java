package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.COHORT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Lays out the cohort's weekly sessions over its duration. */
@Component
public class ScheduleIncubationClasses implements JavaDelegate {

  private final IncubationCases cases;

  private final Summaries summaries;
  private final CohortPlanning planning;

  public ScheduleIncubationClasses(Summaries summaries, CohortPlanning planning, IncubationCases cases) {
    this.cases = cases;
    this.summaries = summaries;
    this.planning = planning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    planning.scheduleSessions(cases.cohort(execution));
  }
}
