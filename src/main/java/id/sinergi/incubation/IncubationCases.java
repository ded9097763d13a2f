package id.sinergi.incubation;

import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.cases.CaseOwner;
import id.sinergi.kernel.cases.CasePolicy;
import id.sinergi.kernel.cases.CaseStart;
import id.sinergi.kernel.cases.Cases;
import id.sinergi.kernel.error.ForbiddenException;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.organisation.OrganisationRegistry;
import id.sinergi.organisation.OrganisationUnit;
import id.sinergi.organisation.UnitKind;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Whose incubation cases are. A cohort belongs to the Pemda of its region and is run by its
 * incubator, whose staff alone may open one; a participant belongs to the participant's own
 * Pemda, is run by the cohort's incubator, and starts only from its cohort. Everything resolves
 * the cohort and the participant from these cases, never from process variables.
 */
@Component
class IncubationCases {

  static final String INCUBATOR = "incubator";
  static final String DINAS = "dinas";
  static final String PENYALUR = "penyalur";

  private final Cases cases;
  private final Summaries summaries;
  private final OrganisationRegistry registry;

  IncubationCases(Cases cases, Summaries summaries, OrganisationRegistry registry) {
    this.cases = cases;
    this.summaries = summaries;
    this.registry = registry;
  }

  @Component
  static class CohortPolicy implements CasePolicy {

    private final Cases cases;
    private final OrganisationRegistry registry;

    CohortPolicy(Cases cases, OrganisationRegistry registry) {
      this.cases = cases;
      this.registry = registry;
    }

    @Override
    public String processKey() {
      return IncubationVariables.COHORT_PROCESS;
    }

    @Override
    public CaseOwner open(CaseStart start) {
      String code = start.text("incubatorCode");
      OrganisationUnit incubator = code == null ? null : registry.allUnits().stream()
          .filter(u -> u.getCode().equals(code) && u.getKind() == UnitKind.INCUBATOR
              && u.isValidOn(IncubationClock.today()))
          .findFirst().orElse(null);
      if (incubator == null) {
        throw new InvalidInputException("incubatorCode",
            code == null ? "wajib dipilih" : "Inkubator '" + code + "' tidak dikenal.");
      }
      Caller caller = start.caller();
      if (!caller.admin() && !caller.inGroup(incubator.getStaffGroupId())) {
        throw new InvalidInputException("incubatorCode", "Anda bukan staf "
            + incubator.getShortName() + "; angkatan hanya dapat dibuka oleh staf inkubatornya.");
      }
      String region = cases.requirePemda(start.text("pemdaCode"), "pemdaCode");
      return CaseOwner.ofPemda(region).runBy(incubator.getCode())
          .withParty(INCUBATOR, incubator.getStaffGroupId());
    }
  }

  @Component
  static class ParticipantPolicy implements CasePolicy {

    private final Summaries summaries;
    private final Cases cases;

    ParticipantPolicy(Summaries summaries, Cases cases) {
      this.summaries = summaries;
      this.cases = cases;
    }

    @Override
    public String processKey() {
      return IncubationVariables.PARTICIPANT_PROCESS;
    }

    /**
     * A participant starts from its cohort when selected; only the system or an administrator
     * may start one otherwise (repairing a case), and then for a candidate of a running cohort.
     */
    @Override
    public CaseOwner open(CaseStart start) {
      Object id = start.values().get(IncubationVariables.CANDIDATE_ID.name());
      Candidate candidate = id instanceof Number n ? summaries.candidate(n.longValue()) : null;
      CaseFile cohortCase = start.parent();
      if (cohortCase == null && candidate != null && start.caller().admin()) {
        cohortCase = cases.find(summaries.cohort(candidate.getCohortId()).getProcessInstanceId())
            .orElse(null);
      }
      if (cohortCase == null
          || !IncubationVariables.COHORT_PROCESS.equals(cohortCase.getProcessKey())) {
        throw new ForbiddenException(
            "Peserta inkubasi hanya dimulai oleh angkatannya, saat peserta terpilih.");
      }
      if (candidate == null || !candidate.getCohortId().equals(cohortCase.getReferenceId())) {
        throw new ForbiddenException("Calon " + id + " bukan peserta angkatan ini.");
      }
      return CaseOwner.ofPemda(candidate.getPemdaCode())
          .runBy(cohortCase.getOrganisationCode()).withReference(candidate.getId())
          .withParty(INCUBATOR, cohortCase.group(INCUBATOR).orElseThrow());
    }
  }

  CaseFile of(VariableScope scope) {
    if (scope instanceof DelegateExecution execution) {
      return cases.of(execution);
    }
    return cases.of((org.camunda.bpm.engine.delegate.DelegateTask) scope);
  }

  /** The cohort of a cohort's or a participant's case. */
  Cohort cohort(CaseFile caseFile) {
    if (IncubationVariables.COHORT_PROCESS.equals(caseFile.getProcessKey())) {
      return summaries.cohort(caseFile.reference());
    }
    return summaries.cohort(summaries.candidate(caseFile.reference()).getCohortId());
  }

  Cohort cohort(VariableScope scope) {
    return cohort(of(scope));
  }

  /**
   * The candidate a step is about: the participant of a participant's case, or, in a cohort,
   * the candidate of a per-candidate step (the multi-instance element Sinergi set), checked to
   * belong to the cohort.
   */
  Optional<Candidate> candidate(VariableScope scope, CaseFile caseFile) {
    if (IncubationVariables.PARTICIPANT_PROCESS.equals(caseFile.getProcessKey())) {
      return Optional.of(summaries.candidate(caseFile.reference()));
    }
    Object id = IncubationVariables.CANDIDATE_ID.get(scope);
    if (!(id instanceof Number number)) {
      return Optional.empty();
    }
    Candidate candidate = summaries.candidate(number.longValue());
    if (!candidate.getCohortId().equals(caseFile.getReferenceId())) {
      throw new ForbiddenException("Calon " + id + " bukan bagian dari angkatan ini.");
    }
    return Optional.of(candidate);
  }

  Candidate requiredCandidate(VariableScope scope, CaseFile caseFile) {
    return candidate(scope, caseFile).orElseThrow(() -> new IllegalStateException(
        "No candidate for this step of " + caseFile.getProcessInstanceId()));
  }

  Candidate candidate(DelegateExecution execution) {
    return requiredCandidate(execution, cases.of(execution));
  }

  void addParty(DelegateExecution execution, String role, String groupId) {
    cases.addParty(execution.getProcessInstanceId(), role, groupId);
  }

  List<String> groups(CaseFile caseFile, String role) {
    return caseFile.groups(role);
  }
}
