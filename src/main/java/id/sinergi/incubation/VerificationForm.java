package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.CANDIDATE_ID;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Field verification of one candidate: what the verifier saw, verified or not eligible. */
@Component
class VerificationForm extends IncubationForm {

  static final String LOCATION_VISITED = "LOKASI_DIKUNJUNGI";
  static final String PRODUCTION_OBSERVED = "PROSES_PRODUKSI_DIAMATI";
  static final String PHOTOS_TAKEN = "FOTO_DIAMBIL";
  static final String VERIFIED = "TERVERIFIKASI";
  static final String NOT_ELIGIBLE = "TIDAK_LAYAK";

  private final Summaries summaries;

  VerificationForm(Summaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public String formId() {
    return "incubation-field-verification";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    Candidate candidate = candidate(task, caseFile);
    return Map.of("candidateSummary", summaries.candidate(candidate));
  }

  @Override
  protected void handle(FormSubmission submission, FormValues values) {
    Candidate candidate = candidate(submission);
    if (candidate.getStatus() != CandidateStatus.REGISTERED) {
      throw new InvalidInputException("decision", candidate.label()
          + " sudah diverifikasi sebelumnya.");
    }
    List<String> checks = values.selected("checks");
    String decision = text(values, "decision", "Hasil verifikasi", 1, 20);
    String productionProcess = text(values, "productionProcess", "Proses produksi", 10, 2000);
    String constraints = text(values, "constraints", "Kendala usaha", 5, 2000);
    String notes = optionalText(values, "notes", "Catatan dan foto", 2000);
    String reason = null;
    if (VERIFIED.equals(decision)) {
      if (!checks.contains(LOCATION_VISITED)) {
        throw new InvalidInputException("checks",
            "Calon hanya dapat dinyatakan terverifikasi setelah lokasi usahanya dikunjungi.");
      }
    } else if (NOT_ELIGIBLE.equals(decision)) {
      reason = text(values, "notEligibleReason", "Alasan tidak layak", 10, 1000);
    } else {
      throw new InvalidInputException("decision", "Pilih Terverifikasi atau Tidak layak.");
    }
    candidate.verify(checks.contains(LOCATION_VISITED), checks.contains(PRODUCTION_OBSERVED),
        checks.contains(PHOTOS_TAKEN), productionProcess, constraints, notes, reason,
        submission.userId(), IncubationClock.now());
  }
}
