package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.COHORT_ID;
import static id.sinergi.incubation.IncubationVariables.MESSAGE_CLASSES_ENDED;

import id.sinergi.config.SystemEngineCalls;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The last session is recorded: marks the classes ended and tells the participants waiting for
 * their final assessment. Participants still busy with their mid-term assessment see the mark
 * at their gateway instead of waiting for a message that has already gone.
 */
@Component("announceIncubationClassesEnded")
public class AnnounceClassesEndedDelegate implements JavaDelegate {

  private final Summaries summaries;
  private final SystemEngineCalls system;

  public AnnounceClassesEndedDelegate(Summaries summaries, SystemEngineCalls system) {
    this.summaries = summaries;
    this.system = system;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long cohortId = IncubationForm.longVariable(execution, COHORT_ID);
    Cohort cohort = summaries.cohort(cohortId);
    if (cohort.getClassesEndedAt() == null) {
      cohort.setClassesEndedAt(IncubationClock.now());
    }
    system.run(() -> execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(MESSAGE_CLASSES_ENDED)
        .processInstanceVariableEquals(COHORT_ID, cohortId).correlateAll());
  }
}
