package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.CANDIDATE_ID;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import id.sinergi.organisation.OrganisationRegistry;
import id.sinergi.organisation.OrganisationUnit;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The technical Dinas accepts a graduate as its 'binaan' (fostered business). */
@Component
class HandoverForm extends IncubationForm {

  private final Summaries summaries;
  private final TechnicalDinas dinas;
  private final FosteredBusinessRepository fostered;
  private final OrganisationRegistry registry;

  HandoverForm(Summaries summaries, TechnicalDinas dinas, FosteredBusinessRepository fostered,
      OrganisationRegistry registry) {
    this.summaries = summaries;
    this.dinas = dinas;
    this.fostered = fostered;
    this.registry = registry;
  }

  @Override
  public String formId() {
    return "incubation-handover";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    Candidate candidate = candidate(task, caseFile);
    Cohort cohort = summaries.cohort(candidate.getCohortId());
    return Map.of("participantSummary", summaries.cohortLine(cohort) + "\nLulus: "
        + candidate.getGraduationReason() + " (kehadiran " + candidate.getAttendanceRate()
        + "%).\nDiserahkan kepada: " + registry.displayName(dinas.of(candidate)) + "\n"
        + summaries.participant(candidate));
  }

  @Override
  protected void handle(FormSubmission submission, FormValues values) {
    Candidate candidate = candidate(submission);
    if (!Boolean.TRUE.equals(values.bool("accepted"))) {
      throw new InvalidInputException("accepted",
          "Centang penerimaan untuk menerima peserta sebagai binaan Dinas.");
    }
    OrganisationUnit unit = dinas.of(candidate);
    candidate.handover(unit.getCode(), text(values, "contactPerson", "Pendamping di Dinas", 3,
        200), optionalText(values, "notes", "Catatan", 2000), submission.userId(),
        IncubationClock.now());
    if (!fostered.existsByCandidateId(candidate.getId())) {
      Cohort cohort = summaries.cohort(candidate.getCohortId());
      fostered.save(new FosteredBusiness(candidate.getNik(), candidate.getNib(), unit.getCode(),
          "Binaan lulusan " + cohort.getName(), IncubationClock.today(), candidate.getId(),
          IncubationClock.now()));
    }
  }
}
