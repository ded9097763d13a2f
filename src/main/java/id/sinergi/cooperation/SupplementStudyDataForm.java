package id.sinergi.cooperation;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** cooperation-supplement-study-data: the Pemda supplies what PIP's study found missing. */
@Component
class SupplementStudyDataForm extends CooperationForm {

  private final ProgrammeRows rows;

  SupplementStudyDataForm(CooperationData data, ProgrammeRows rows) {
    super(data);
    this.rows = rows;
  }

  @Override
  public String formId() {
    return "cooperation-supplement-study-data";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    return data.studies.findFirstByCooperationIdOrderByIdDesc(cooperation(caseFile).id)
        .map(s -> Map.<String, Object>of("missingData", s.missingData == null ? "" : s.missingData))
        .orElse(Map.of());
  }

  @Override
  public void submit(FormSubmission submission) {
    Cooperation cooperation = cooperation(submission);
    FormValues values = new FormValues(submission.values());
    FieldErrors errors = new FieldErrors();
    String notes = errors.text(values, "supplementNotes", 4000);
    if (notes != null && notes.length() < 10) {
      errors.add("supplementNotes", "penjelasan paling sedikit 10 karakter");
    }
    List<ProgramItem> added = rows.programs(values, "additionalPrograms", cooperation.id,
        cooperation.pemdaCode, true, errors);
    errors.throwIfAny();
    DataSupplement supplement = new DataSupplement();
    supplement.cooperationId = cooperation.id;
    supplement.notes = notes;
    supplement.submittedBy = user(submission);
    supplement.submittedAt = CooperationService.now();
    data.supplements.save(supplement);
    data.programs.saveAll(added);
    data.studies.findFirstByCooperationIdOrderByIdDesc(cooperation.id).ifPresent(study -> {
      study.answer = notes;
      study.answeredBy = supplement.submittedBy;
      study.answeredAt = supplement.submittedAt;
    });
  }
}
