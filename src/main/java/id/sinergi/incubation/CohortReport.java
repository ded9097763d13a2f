package id.sinergi.incubation;

import java.util.List;

/**
 * A cohort's figures as staff read them: every count against its base ("56/200 (28%)").
 *
 * @param candidates registered against the recruitment target
 * @param verified verified in the field against the recruitment target
 * @param selected participants against the class capacity
 * @param graduates against the participants selected
 * @param handedOver accepted as 'binaan' by a Dinas, against the graduates
 * @param referred referred to financing, against the graduates
 */
public record CohortReport(long cohortId, String name, String incubator, String region,
    String status, Ratio candidates, Ratio verified, long notEligible, long awaitingVerification,
    long flaggedAsFostered, Ratio selected, long withdrawn, List<ModuleAttendance> attendance,
    List<OutcomeScores> outcomes, Ratio graduates, Ratio handedOver, Ratio referred,
    long referredToPenyalur, long referralsAsDemand) {

  /** Attendance of a module: present ticks against expected ticks over its recorded sessions. */
  public record ModuleAttendance(String module, String trainer, Ratio sessionsHeld,
      Ratio attendance) {}

  /** Average score (1–5) of an outcome at mid-term ("before") and at the end ("after"). */
  public record OutcomeScores(String outcome, Double midTerm, Double finalScore,
      long assessedMid, long assessedFinal) {}
}
