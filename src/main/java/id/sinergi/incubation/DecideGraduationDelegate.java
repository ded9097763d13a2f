package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.CANDIDATE_ID;
import static id.sinergi.incubation.IncubationVariables.DINAS_GROUP;
import static id.sinergi.incubation.IncubationVariables.GRADUATED;
import static id.sinergi.incubation.IncubationVariables.NEEDS_FINANCING;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Applies the graduation rules (DMN) and names the Dinas that receives a graduate. */
@Component("decideIncubationGraduation")
public class DecideGraduationDelegate implements JavaDelegate {

  private final Summaries summaries;
  private final Graduation graduation;
  private final TechnicalDinas dinas;

  public DecideGraduationDelegate(Summaries summaries, Graduation graduation,
      TechnicalDinas dinas) {
    this.summaries = summaries;
    this.graduation = graduation;
    this.dinas = dinas;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Candidate candidate = summaries.candidate(IncubationForm.longVariable(execution,
        CANDIDATE_ID));
    Graduation.Verdict verdict = graduation.decide(candidate);
    candidate.graduation(verdict.graduated(), verdict.reason(), verdict.attendanceRate());
    execution.setVariable(GRADUATED, verdict.graduated());
    execution.setVariable(NEEDS_FINANCING, verdict.graduated()
        && Boolean.TRUE.equals(candidate.getNeedsFinancing()));
    if (verdict.graduated()) {
      execution.setVariable(DINAS_GROUP, dinas.of(candidate).getStaffGroupId());
    }
  }
}
