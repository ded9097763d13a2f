package id.sinergi.incubation;

import id.sinergi.organisation.OrganisationRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a cohort's report from its tables. */
@Service
@Transactional(readOnly = true)
public class CohortReports {

  private static final Set<CandidateStatus> VERIFIED = Set.of(CandidateStatus.VERIFIED,
      CandidateStatus.SELECTED, CandidateStatus.NOT_SELECTED, CandidateStatus.WITHDRAWN,
      CandidateStatus.GRADUATED, CandidateStatus.NOT_GRADUATED);

  private final CandidateRepository candidates;
  private final CohortModuleRepository modules;
  private final ClassSessionRepository sessions;
  private final AttendanceRepository attendance;
  private final AssessmentRepository assessments;
  private final ReferralRepository referrals;
  private final OrganisationRegistry registry;

  public CohortReports(CandidateRepository candidates, CohortModuleRepository modules,
      ClassSessionRepository sessions, AttendanceRepository attendance,
      AssessmentRepository assessments, ReferralRepository referrals,
      OrganisationRegistry registry) {
    this.candidates = candidates;
    this.modules = modules;
    this.sessions = sessions;
    this.attendance = attendance;
    this.assessments = assessments;
    this.referrals = referrals;
    this.registry = registry;
  }

  public CohortReport report(Cohort cohort) {
    List<Candidate> all = candidates.findByCohortIdOrderById(cohort.getId());
    long verified = count(all, c -> VERIFIED.contains(c.getStatus()));
    long participants = count(all, c -> c.getStatus().isParticipant());
    long graduates = count(all, c -> c.getStatus() == CandidateStatus.GRADUATED);
    long handedOver = count(all, c -> c.getHandoverAt() != null);
    List<Long> ids = all.stream().map(Candidate::getId).toList();
    List<Referral> referred = ids.isEmpty() ? List.of() : referrals.findByCandidateIdIn(ids);
    return new CohortReport(cohort.getId(), cohort.getName(),
        registry.unit(cohort.getIncubatorCode()).getShortName(),
        registry.unit(cohort.getPemdaCode()).getShortName(), cohort.getStatus().name(),
        Ratio.of(all.size(), cohort.getTargetSize()), Ratio.of(verified, cohort.getTargetSize()),
        count(all, c -> c.getStatus() == CandidateStatus.NOT_ELIGIBLE),
        count(all, c -> c.getStatus() == CandidateStatus.REGISTERED),
        count(all, c -> c.getFosteredFlag() != null),
        Ratio.of(participants, cohort.getCapacity()),
        count(all, c -> c.getStatus() == CandidateStatus.WITHDRAWN),
        attendance(cohort), outcomes(ids), Ratio.of(graduates, participants),
        Ratio.of(handedOver, graduates), Ratio.of(referred.size(), graduates),
        referred.stream().filter(r -> r.getPenyalurCode() != null).count(),
        referred.stream().filter(r -> r.getPenyalurCode() == null).count());
  }

  private List<CohortReport.ModuleAttendance> attendance(Cohort cohort) {
    List<ClassSession> all = sessions.findByCohortIdOrderByNumber(cohort.getId());
    Map<Long, List<Attendance>> bySession = all.isEmpty() ? Map.of()
        : attendance.findBySessionIdIn(all.stream().map(ClassSession::getId).toList()).stream()
            .collect(Collectors.groupingBy(Attendance::getSessionId));
    List<CohortReport.ModuleAttendance> result = new ArrayList<>();
    for (CohortModule module : modules.findByCohortIdOrderByPosition(cohort.getId())) {
      List<ClassSession> ofModule = all.stream()
          .filter(s -> s.getModuleId().equals(module.getId())).toList();
      List<Attendance> ticks = ofModule.stream()
          .flatMap(s -> bySession.getOrDefault(s.getId(), List.of()).stream()).toList();
      long held = ofModule.stream().filter(s -> s.getRecordedAt() != null).count();
      result.add(new CohortReport.ModuleAttendance(module.getName(), module.getTrainer(),
          Ratio.of(held, ofModule.size()),
          Ratio.of(ticks.stream().filter(Attendance::isPresent).count(), ticks.size())));
    }
    return result;
  }

  private List<CohortReport.OutcomeScores> outcomes(List<Long> candidateIds) {
    List<Assessment> all = candidateIds.isEmpty() ? List.of()
        : assessments.findByCandidateIdIn(candidateIds);
    List<Assessment> mid = all.stream().filter(a -> a.getStage() == Assessment.Stage.MID)
        .toList();
    List<Assessment> last = all.stream().filter(a -> a.getStage() == Assessment.Stage.FINAL)
        .toList();
    List<CohortReport.OutcomeScores> result = new ArrayList<>();
    for (Assessment.Outcome outcome : Assessment.Outcome.values()) {
      result.add(new CohortReport.OutcomeScores(outcome.label, average(mid, outcome),
          average(last, outcome), mid.size(), last.size()));
    }
    return result;
  }

  private static Double average(List<Assessment> assessments, Assessment.Outcome outcome) {
    OptionalDouble average = assessments.stream().mapToInt(a -> a.score(outcome)).average();
    return average.isPresent() ? BigDecimal.valueOf(average.getAsDouble())
        .setScale(2, RoundingMode.HALF_UP).doubleValue() : null;
  }

  private static long count(List<Candidate> all, java.util.function.Predicate<Candidate> test) {
    return all.stream().filter(test).count();
  }
}
