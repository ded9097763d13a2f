package id.sinergi.incubation;

import id.sinergi.kernel.engine.SystemEngineCalls;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/**
 * Decides whether a participant graduates (DMN incubation-graduation) from its attendance over
 * all the cohort's sessions and its final scores on PLUT's five outcomes.
 */
@Service
public class Graduation {

  private final DecisionService decisions;
  private final SystemEngineCalls system;
  private final ClassSessionRepository sessions;
  private final AttendanceRepository attendance;
  private final AssessmentRepository assessments;

  public Graduation(DecisionService decisions, SystemEngineCalls system,
      ClassSessionRepository sessions, AttendanceRepository attendance,
      AssessmentRepository assessments) {
    this.decisions = decisions;
    this.system = system;
    this.sessions = sessions;
    this.attendance = attendance;
    this.assessments = assessments;
  }

  public record Verdict(boolean graduated, String reason, BigDecimal attendanceRate) {}

  public Verdict decide(Candidate candidate) {
    Assessment last = assessments.findByCandidateIdAndStage(candidate.getId(),
        Assessment.Stage.FINAL).orElseThrow(() -> new IllegalStateException(
            "Candidate " + candidate.getId() + " has no final assessment"));
    BigDecimal rate = attendanceRate(candidate);
    DmnDecisionRuleResult result = system.<DmnDecisionRuleResult>call(() -> decisions
        .evaluateDecisionTableByKey(IncubationVariables.GRADUATION_DECISION)
        .variables(Map.of("attendanceRate", rate.doubleValue(),
            "averageScore", last.average(), "lowestScore", last.lowest()))
        .evaluate().getSingleResult());
    if (result == null) {
      throw new IllegalStateException("DMN " + IncubationVariables.GRADUATION_DECISION
          + " has no rule for candidate " + candidate.getId());
    }
    return new Verdict(Boolean.TRUE.equals(result.getEntry("graduated")),
        result.getEntry("reason"), rate);
  }

  /** Sessions attended over all sessions of the cohort, in percent (unrecorded = absent). */
  public BigDecimal attendanceRate(Candidate candidate) {
    long total = sessions.countByCohortId(candidate.getCohortId());
    if (total == 0) {
      return BigDecimal.ZERO;
    }
    long present = attendance.countByCandidateIdAndPresentTrue(candidate.getId());
    return BigDecimal.valueOf(present * 100).divide(BigDecimal.valueOf(total), 2,
        RoundingMode.HALF_UP);
  }
}
