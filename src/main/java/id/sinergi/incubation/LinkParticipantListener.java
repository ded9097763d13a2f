package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.CANDIDATE_ID;
import static id.sinergi.incubation.IncubationVariables.PEMDA_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a participant instance starts: links it to its candidate (withdrawal finds it) and
 * names the participant's own Pemda, which may differ from the cohort's region.
 */
@Component("linkIncubationParticipant")
public class LinkParticipantListener implements ExecutionListener {

  private final CandidateRepository candidates;

  public LinkParticipantListener(CandidateRepository candidates) {
    this.candidates = candidates;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Long id = IncubationForm.longVariable(execution, CANDIDATE_ID);
    Candidate candidate = candidates.findById(id).orElseThrow(
        () -> new IllegalStateException("No incubation candidate " + id));
    candidate.setProcessInstanceId(execution.getProcessInstanceId());
    execution.setVariable(PEMDA_CODE, candidate.getPemdaCode());
  }
}
