package id.sinergi.incubation;

import id.sinergi.kernel.clock.EngineClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohort's calendar for the BPMN timers and gateways (bean {@code incubationSchedule}):
 * the weekly sessions at the cohort's session time (WITA), the mid-term and the end of classes.
 */
@Component
@Transactional(readOnly = true)
public class IncubationSchedule {

  private final CohortRepository cohorts;
  private final ClassSessionRepository sessions;
  private final IncubationCases cases;

  IncubationSchedule(CohortRepository cohorts, ClassSessionRepository sessions,
      IncubationCases cases) {
    this.cohorts = cohorts;
    this.sessions = sessions;
    this.cases = cases;
  }

  public int sessionCount(Long cohortId) {
    return cohort(cohortId).getSessionCount();
  }

  /** Start of session {@code loopCounter + 1} (the multi-instance counter is 0-based). */
  public Date sessionStart(Long cohortId, Integer loopCounter) {
    Cohort cohort = cohort(cohortId);
    ClassSession session = sessions.findByCohortIdAndNumber(cohortId, loopCounter + 1)
        .orElseThrow(() -> new IllegalStateException("Cohort " + cohortId + " has no session "
            + (loopCounter + 1)));
    return at(session.getSessionDate(), cohort.getSessionTime());
  }

  /** When the classes of the execution's cohort start (a participant waits for it). */
  public Date classesStart(DelegateExecution execution) {
    Cohort cohort = cases.cohort(execution);
    return at(cohort.getStartDate(), cohort.getSessionTime());
  }

  /** Half-way through the programme, the day after that week's session. */
  public Date midTerm(DelegateExecution execution) {
    Cohort cohort = cases.cohort(execution);
    LocalDate half = cohort.getStartDate().plusWeeks(cohort.getSessionCount() / 2).plusDays(1);
    return at(half, cohort.getSessionTime());
  }

  public boolean classesEnded(DelegateExecution execution) {
    return cases.cohort(execution).getClassesEndedAt() != null;
  }

  private Cohort cohort(Long cohortId) {
    return cohorts.findById(cohortId).orElseThrow(
        () -> new IllegalStateException("No incubation cohort " + cohortId));
  }

  static Date at(LocalDate day, String time) {
    return Date.from(day.atTime(LocalTime.parse(time)).atZone(EngineClock.ZONE)
        .toInstant());
  }
}
