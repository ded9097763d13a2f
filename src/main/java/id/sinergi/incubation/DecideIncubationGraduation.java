package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.CANDIDATE_ID;
import static id.sinergi.incubation.IncubationVariables.GRADUATED;
import static id.sinergi.incubation.IncubationVariables.NEEDS_FINANCING;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Applies the graduation rules (DMN) and names the Dinas that receives a graduate. */
@Component
public class DecideIncubationGraduation implements JavaDelegate {

  private final IncubationCases cases;

  private final Summaries summaries;
  private final Graduation graduation;
  private final TechnicalDinas dinas;

  public DecideIncubationGraduation(Summaries summaries, Graduation graduation,
      TechnicalDinas dinas, IncubationCases cases) {
    this.cases = cases;
    this.summaries = summaries;
    this.graduation = graduation;
    this.dinas = dinas;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Candidate candidate = cases.candidate(execution);
    Graduation.Verdict verdict = graduation.decide(candidate);
    candidate.graduation(verdict.graduated(), verdict.reason(), verdict.attendanceRate());
    GRADUATED.set(execution, verdict.graduated());
    NEEDS_FINANCING.set(execution, verdict.graduated()
        && Boolean.TRUE.equals(candidate.getNeedsFinancing()));
    if (verdict.graduated()) {
      cases.addParty(execution, IncubationCases.DINAS, dinas.of(candidate).getStaffGroupId());
    }
  }
}
