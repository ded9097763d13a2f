package id.sinergi.cooperation;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** cooperation-propose-scheme (step 3): PIP proposes synergies, Penyalur and targets. */
@Component
class ProposeSchemeForm extends CooperationForm {

  static final Set<String> SYNERGIES = Set.of("DATA_CALON_DEBITUR", "PENDAMPINGAN", "PELATIHAN",
      "SUBSIDI_BUNGA");
  static final Set<String> PENYALUR = Set.of("penyalur-pegadaian", "penyalur-pnm", "penyalur-bav");

  ProposeSchemeForm(CooperationData data) {
    super(data);
  }

  @Override
  public String formId() {
    return "cooperation-propose-scheme";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    Map<String, Object> values = new HashMap<>();
    data.schemes.findFirstByCooperationIdOrderByRoundDesc(cooperation(caseFile).id)
        .filter(s -> "USUL_BALIK".equals(s.response)).ifPresent(s -> {
          values.put("counterProposal", s.counterNotes
              + (s.counterTargetDebtors == null ? "" : "; target debitur " + s.counterTargetDebtors)
              + (s.counterTargetAmount == null ? ""
                  : "; target penyaluran " + CooperationSummaries.rupiah(s.counterTargetAmount)));
          values.put("penyalur", s.penyalurCode);
          values.put("synergies", PrepareProgramDataForm.json(List.of(s.synergies.split(","))));
        });
    return values;
  }

  @Override
  public void submit(FormSubmission submission) {
    FormValues values = new FormValues(submission.values());
    FieldErrors errors = new FieldErrors();
    List<String> synergies = values.selected("synergies");
    if (synergies.isEmpty()) {
      errors.add("synergies", "pilih paling sedikit satu bentuk sinergi");
    } else if (!SYNERGIES.containsAll(synergies)) {
      errors.add("synergies", "bentuk sinergi tidak dikenal");
    }
    SchemeRound round = new SchemeRound();
    round.penyalurCode = errors.choice(values, "penyalur", PENYALUR);
    Integer debtors = errors.count(values, "targetDebtors", 1, 10_000_000, true);
    round.targetAmount = errors.amount(values, "targetAmount", true);
    round.notes = errors.optionalText(values, "notes", 2000);
    errors.throwIfAny();
    long id = cooperation(submission).id;
    round.cooperationId = id;
    round.round = data.schemes.findFirstByCooperationIdOrderByRoundDesc(id).map(s -> s.round + 1)
        .orElse(1);
    round.synergies = String.join(",", synergies.stream().distinct().sorted().toList());
    round.targetDebtors = debtors;
    round.proposedBy = user(submission);
    round.proposedAt = CooperationService.now();
    data.schemes.save(round);
  }
}
