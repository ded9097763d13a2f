package id.sinergi.incubation;

import static id.sinergi.incubation.IncubationVariables.COHORT_ID;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The incubator ranks the verified candidates it takes, up to the cohort's capacity. */
@Component
class SelectionForm extends IncubationForm {

  private final Summaries summaries;
  private final CandidateRepository candidates;
  private final Selection selection;

  SelectionForm(Summaries summaries, CandidateRepository candidates, Selection selection) {
    this.summaries = summaries;
    this.candidates = candidates;
    this.selection = selection;
  }

  @Override
  public String formId() {
    return "incubation-selection";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    Cohort cohort = cohort(caseFile);
    List<Candidate> verified = candidates.findByCohortIdAndStatusOrderById(cohort.getId(),
        CandidateStatus.VERIFIED);
    StringBuilder text = new StringBuilder(summaries.cohortLine(cohort))
        .append("\nKapasitas kelas: ").append(cohort.getCapacity()).append(" peserta; calon ")
        .append("terverifikasi: ").append(verified.size()).append('.');
    verified.stream().filter(c -> c.getFosteredFlag() != null).forEach(c -> text
        .append("\nPERHATIAN ").append(c.getBusinessName()).append(": ")
        .append(c.getFosteredFlag()));
    return Map.of("selectionSummary", text.toString(),
        "verifiedOptions", options(verified.stream().map(c -> option(c.label() + " — "
            + c.getSector().label + ", " + c.getNeed().label, c.getId())).toList()));
  }

  @Override
  protected void handle(FormSubmission submission, FormValues values) {
    Cohort cohort = cohort(submission.caseFile());
    selection.select(cohort, ids(values, "selected"), "selected");
  }
}
