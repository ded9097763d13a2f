package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.CANDIDATE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a participant instance starts: links its candidate to it (withdrawal finds it). The
 * participant's own Pemda, which may differ from the cohort's region, is its case's.
 */
@Component
public class LinkIncubationParticipant implements ExecutionListener {

  private final IncubationCases cases;

  public LinkIncubationParticipant(IncubationCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    cases.candidate(execution).setProcessInstanceId(execution.getProcessInstanceId());
  }
}
