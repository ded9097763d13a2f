package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.SIKP_CLEAR;

import id.sinergi.document.DocumentService;
import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import id.sinergi.umi.SikpChecks;
import id.sinergi.umi.SikpChecks.SikpResult;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The Penyalur's SIKP check of a referred graduate, before the referral goes on: recorded in
 * UMi's SIKP register with the caller as who checked; other programme credit ends the referral
 * with the reason the incubator sees. A PDF of the SIKP screen uploaded in the task's Dokumen
 * tab (kind BUKTI_SIKP, optional) becomes the check's proof.
 */
@Component
class SikpCheckForm extends IncubationForm {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Summaries summaries;
  private final ReferralRepository referrals;
  /** The optional proof (a PDF of the SIKP screen) the task accepts in its Dokumen tab. */
  static final String PROOF_KIND = "BUKTI_SIKP";

  private final SikpChecks sikp;
  private final DocumentService documents;

  SikpCheckForm(Summaries summaries, ReferralRepository referrals, SikpChecks sikp,
      DocumentService documents) {
    this.summaries = summaries;
    this.referrals = referrals;
    this.sikp = sikp;
    this.documents = documents;
  }

  @Override
  public String formId() {
    return "incubation-sikp-check";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    Candidate candidate = candidate(task, caseFile);
    return Map.of("participantSummary", "Lulusan inkubasi yang dirujuk ke pembiayaan UMi.\n"
        + summaries.participant(candidate), "nikToCheck", candidate.getNik() == null ? ""
        : candidate.getNik());
  }

  @Override
  protected void handle(FormSubmission submission, FormValues values) {
    Candidate candidate = candidate(submission);
    Referral referral = referrals.findByCandidateId(candidate.getId()).orElseThrow(
        () -> new IllegalStateException("No referral for candidate " + candidate.getId()));
    SikpResult result;
    try {
      result = SikpResult.valueOf(text(values, "sikpResult", "Hasil pemeriksaan SIKP", 1, 30));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("sikpResult", "Pilih Bersih atau Ada kredit program.");
    }
    LocalDate checkedOn = values.date("checkedOn");
    String notes = optionalText(values, "notes", "Catatan", 1000);
    if (result == SikpResult.HAS_PROGRAM_CREDIT && (notes == null || notes.length() < 10)) {
      throw new InvalidInputException("notes", "Sebutkan kredit program yang tercatat di SIKP "
          + "(minimal 10 karakter); alasan ini dibaca inkubator.");
    }
    if (candidate.getNik() == null) {
      throw new InvalidInputException("nikToCheck", "Lulusan ini belum punya NIK; SIKP "
          + "diperiksa dengan NIK. Minta inkubator melengkapinya.");
    }
    sikp.record(new SikpChecks.NewSikpCheck(candidate.getNik(), result, checkedOn,
        submission.who(), referral.getPenyalurCode(), referral.getCooperationId(),
        submission.processInstanceId(),
        documents.latestId(submission.processInstanceId(), PROOF_KIND).orElse(null), notes));
    boolean clear = result == SikpResult.CLEAR;
    if (!clear) {
      referral.decide(Referral.Status.STOPPED_BY_SIKP, "Rujukan dihentikan: pemeriksaan SIKP "
          + "tanggal " + checkedOn.format(DATE) + " oleh " + submission.who()
          + " menunjukkan kredit program pemerintah lain. " + notes, submission.who(),
          IncubationClock.now());
    }
    submission.set(SIKP_CLEAR, clear);
  }
}
