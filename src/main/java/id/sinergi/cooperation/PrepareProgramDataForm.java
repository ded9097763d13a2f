package id.sinergi.cooperation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * cooperation-prepare-program-data (step 1): the Pemda's programmes, mentors and trainings.
 * Each submission replaces the previous version; after a send-back the form shows the data
 * entered before and the Sekda's notes.
 */
@Component
class PrepareProgramDataForm extends CooperationForm {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ProgrammeRows rows;

  PrepareProgramDataForm(CooperationData data, ProgrammeRows rows) {
    super(data);
    this.rows = rows;
  }

  @Override
  public String formId() {
    return "cooperation-prepare-program-data";
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    long id = cooperation(caseFile).id;
    Map<String, Object> values = new HashMap<>();
    data.decisions.findFirstByCooperationIdOrderByIdDesc(id).filter(d -> !d.approved)
        .ifPresent(d -> values.put("previousNotes", "Dikembalikan oleh Sekda: " + d.notes));
    List<Map<String, Object>> programs = data.programs.findByCooperationIdOrderById(id).stream()
        .filter(p -> !p.addedInSupplement).map(p -> row("type", p.type.name(), "name", p.name,
            "budget", p.budget, "year", p.year, "opd", slug(p.opdUnitCode),
            "targetBusinesses", p.targetBusinesses)).toList();
    if (!programs.isEmpty()) {
      values.put("programs", json(programs));
      values.put("mentors", json(data.mentors.findByCooperationIdOrderById(id).stream()
          .map(m -> row("name", m.name, "opd", slug(m.opdUnitCode), "area", m.area,
              "contact", m.contact)).toList()));
      values.put("trainings", json(data.trainings.findByCooperationIdOrderById(id).stream()
          .map(t -> row("name", t.name, "organiser", t.organiser, "schedule", t.schedule,
              "capacity", t.capacity)).toList()));
    }
    return values;
  }

  @Override
  public void submit(FormSubmission submission) {
    Cooperation cooperation = cooperation(submission);
    FormValues values = new FormValues(submission.values());
    FieldErrors errors = new FieldErrors();
    List<ProgramItem> programs = rows.programs(values, "programs", cooperation.id,
        cooperation.pemdaCode, false, errors);
    if (programs.isEmpty()) {
      errors.add("programs", "isi paling sedikit satu program dukungan");
    }
    List<Mentor> mentors = rows.mentors(values, cooperation.id, cooperation.pemdaCode, errors);
    List<Training> trainings = rows.trainings(values, cooperation.id, errors);
    errors.throwIfAny();
    data.programs.deleteByCooperationId(cooperation.id);
    data.mentors.deleteByCooperationId(cooperation.id);
    data.trainings.deleteByCooperationId(cooperation.id);
    data.programs.flush();
    data.programs.saveAll(programs);
    data.mentors.saveAll(mentors);
    data.trainings.saveAll(trainings);
  }

  private static String slug(String unitCode) {
    return unitCode.substring(unitCode.indexOf('-') + 1);
  }

  private static Map<String, Object> row(Object... keyValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      row.put((String) keyValues[i], keyValues[i + 1]);
    }
    return row;
  }

  static Object json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
