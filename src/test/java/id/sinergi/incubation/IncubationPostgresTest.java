package id.sinergi.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.incubation.BusinessProfile.Need;
import id.sinergi.incubation.BusinessProfile.Scale;
import id.sinergi.incubation.BusinessProfile.Sector;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.support.SinergiPostgresTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * On PostgreSQL: the schema validates, the demo cohort is there, and the database itself keeps
 * one business out of two cohorts at once while letting any number of businesses that left.
 */
@SinergiPostgresTest
class IncubationPostgresTest {

  @Autowired ProcessEngine engine;
  @Autowired CohortRepository cohorts;
  @Autowired CandidateRepository candidates;
  @Autowired CandidateRegistration registration;
  @Autowired CohortReports reports;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void oneBusinessIsInOneCohortAtATimeEvenAtTheDatabase() {
    ClockUtil.setCurrentTime(IncubationScenario.at(LocalDate.of(2033, 1, 10), 9));
    IncubationScenario scenario = new IncubationScenario(engine, candidates);
    Cohort first = scenario.startCohort(3, LocalDate.of(2033, 3, 7), 12, cohorts);
    Cohort second = new IncubationScenario(engine, candidates)
        .startCohort(3, LocalDate.of(2033, 4, 4), 6, cohorts);
    String nik = IncubationScenario.nik();
    Candidate registered = registration.register(first, new CandidateInput(null, "Kerupuk Ikan",
        "Inaq Hul", nik, null, "52.03", null, "pangan olahan", "mikro", "kemasan"),
        Candidate.Source.MANUAL, "stipark.staf");
    assertThat(registered.getSector()).isEqualTo(Sector.PANGAN_OLAHAN);

    assertThatThrownBy(() -> registration.register(second, new CandidateInput(null,
        "Kerupuk Ikan", "Inaq Hul", nik, null, "52.03", null, "PANGAN_OLAHAN", "MIKRO",
        "KEMASAN"), Candidate.Source.MANUAL, "stipark.staf"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> candidates.saveAndFlush(candidate(second, nik)))
        .isInstanceOf(DataIntegrityViolationException.class);

    Candidate left = candidates.findById(registered.getId()).orElseThrow();
    left.leave(CandidateStatus.NOT_ELIGIBLE);
    candidates.saveAndFlush(left);
    Candidate again = candidates.saveAndFlush(candidate(second, nik));
    assertThat(again.getId()).isNotNull();
    assertThat(reports.report(cohorts.findById(second.getId()).orElseThrow()).candidates().text())
        .isEqualTo("1/200 (1%)");
    assertThat(cohorts.findFirstByName("Pra-inkubasi IKM Lombok Timur (demo)")).isPresent();
  }

  private static Candidate candidate(Cohort cohort, String nik) {
    return new Candidate(cohort.getId(), "Kerupuk Ikan", "Inaq Hul", nik, null, "52.03", null,
        Sector.PANGAN_OLAHAN, Scale.MIKRO, Need.KEMASAN, Candidate.Source.MANUAL,
        "stipark.staf", OffsetDateTime.now());
  }
}
