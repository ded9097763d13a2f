package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.COHORT_ID;
import static id.sinergi.incubation.IncubationVariables.MESSAGE_CLASSES_ENDED;

import id.sinergi.kernel.engine.SystemEngineCalls;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The last session is recorded: marks the classes ended and tells the participants waiting for
 * their final assessment. Participants still busy with their mid-term assessment see the mark
 * at their gateway instead of waiting for a message that has already gone.
 */
@Component
public class AnnounceIncubationClassesEnded implements JavaDelegate {

  private final IncubationCases cases;
  private final CandidateRepository candidates;
  private final SystemEngineCalls system;

  public AnnounceIncubationClassesEnded(IncubationCases cases, CandidateRepository candidates,
      SystemEngineCalls system) {
    this.cases = cases;
    this.candidates = candidates;
    this.system = system;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = cases.cohort(execution);
    if (cohort.getClassesEndedAt() == null) {
      cohort.setClassesEndedAt(IncubationClock.now());
    }
    var runtime = execution.getProcessEngineServices().getRuntimeService();
    for (Candidate participant : candidates.findByCohortIdOrderById(cohort.getId())) {
      if (participant.getProcessInstanceId() != null) {
        system.run(() -> runtime.createMessageCorrelation(MESSAGE_CLASSES_ENDED)
            .processInstanceId(participant.getProcessInstanceId()).correlateAll());
      }
    }
  }
}
