package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.COHORT_ID;
import static id.sinergi.incubation.IncubationVariables.RECRUITMENT_CLOSED;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Recruiting round: candidates come from this form's list, the REST registration and the
 * CSV/XLSX import; the round closes with the field verification of the new candidates.
 */
@Component
class RecruitForm extends IncubationForm {

  private final Summaries summaries;
  private final CandidateRepository candidates;
  private final CandidateRegistration registration;

  RecruitForm(Summaries summaries, CandidateRepository candidates,
      CandidateRegistration registration) {
    this.summaries = summaries;
    this.candidates = candidates;
    this.registration = registration;
  }

  @Override
  public String formId() {
    return "incubation-recruit";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    Cohort cohort = cohort(caseFile);
    List<Candidate> all = candidates.findByCohortIdOrderById(cohort.getId());
    long waiting = all.stream().filter(c -> c.getStatus() == CandidateStatus.REGISTERED).count();
    long verified = all.stream().filter(c -> c.getStatus() != CandidateStatus.REGISTERED
        && c.getStatus() != CandidateStatus.NOT_ELIGIBLE).count();
    long flagged = all.stream().filter(c -> c.getFosteredFlag() != null).count();
    return Map.of("recruitSummary", summaries.cohortLine(cohort) + "\nCalon terdaftar: "
        + Ratio.of(all.size(), cohort.getTargetSize()) + ", terverifikasi: "
        + Ratio.of(verified, cohort.getTargetSize()) + ", menunggu verifikasi: " + waiting
        + (flagged == 0 ? "" : "\nCalon yang sudah dibina OPD lain: " + flagged
            + " (lihat catatan di tugas verifikasi).")
        + "\nCalon juga dapat didaftarkan lewat API atau unggah CSV/XLSX (lihat README).");
  }

  @Override
  protected void handle(FormSubmission submission, FormValues values) {
    Cohort cohort = cohort(submission.caseFile());
    List<CandidateInput> inputs = new ArrayList<>();
    int index = 0;
    for (FormValues row : values.rows("newCandidates")) {
      index++;
      inputs.add(new CandidateInput("newCandidates[" + index + "]", row.text("businessName"),
          row.text("ownerName"), row.text("nik"), row.text("nib"), row.text("pemdaCode"),
          row.text("address"), row.text("sector"), row.text("scale"), row.text("need")));
    }
    if (!inputs.isEmpty()) {
      registration.registerAll(cohort, inputs, Candidate.Source.MANUAL, submission.userId());
    }
    boolean closed = Boolean.TRUE.equals(values.bool(RECRUITMENT_CLOSED.name()));
    if (closed && candidates.findByCohortIdOrderById(cohort.getId()).isEmpty()) {
      throw new InvalidInputException(RECRUITMENT_CLOSED.name(),
          "Belum ada calon terdaftar; pendaftaran belum dapat ditutup.");
    }
    if (closed) {
      cohort.setStatus(CohortStatus.SELECTING);
    }
    submission.set(RECRUITMENT_CLOSED, closed);
  }
}
