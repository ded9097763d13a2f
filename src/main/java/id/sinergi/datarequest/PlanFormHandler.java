package id.sinergi.datarequest;

import id.sinergi.kernel.cases.Cases;

import static id.sinergi.datarequest.DataRequestVariables.CALLER_REFERENCE;
import static id.sinergi.datarequest.DataRequestVariables.CASE_ID;
import static id.sinergi.datarequest.DataRequestVariables.DATA_KINDS;
import static id.sinergi.datarequest.DataRequestVariables.PEMDA_CODE;
import static id.sinergi.datarequest.DataRequestVariables.REQUESTER_GROUP;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.kernel.error.FieldError;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.form.FormHandler;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import id.sinergi.organisation.OrganisationRegistry;
import id.sinergi.organisation.OrganisationUnit;
import id.sinergi.organisation.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * The coordinator's plan (form datarequest-plan): which OPDs of the Pemda, and per OPD the data
 * kinds, the due date and a note. The OPD choices are the Pemda's units valid today.
 */
@Component
public class PlanFormHandler implements FormHandler {

  static final int DEFAULT_DAYS = 14;

  private final OrganisationRegistry registry;
  private final DataRequestService service;

  private final Cases cases;

  public PlanFormHandler(OrganisationRegistry registry, DataRequestService service, Cases cases) {
    this.registry = registry;
    this.service = service;
    this.cases = cases;
  }

  @Override
  public String formId() {
    return DataRequestVariables.FORM_PLAN;
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    String pemdaCode = caseFile.getPemdaCode();
    List<DataKind> kinds = DataKind.parse(task.getVariable(DATA_KINDS));
    List<Map<String, String>> options = opds(pemdaCode).stream()
        .map(u -> Map.of("label", u.getName(), "value", u.getCode())).toList();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("kinds", kinds.stream().map(Enum::name).toList());
    row.put("dueDate", EngineClock.today().plusDays(DEFAULT_DAYS).toString());
    Object reference = CALLER_REFERENCE.get(task);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("opdOptions", Spin.JSON(options));
    values.put("requests", Spin.JSON(List.of(row)));
    values.put("planIntro", "Data yang dibutuhkan: " + DataKind.labels(kinds)
        + (reference == null ? "" : " (untuk " + reference + ")")
        + ". Pilih OPD yang memegang data itu; setiap OPD mendapat tugasnya sendiri.");
    return values;
  }

  @Override
  public void submit(FormSubmission submission) {
    CaseFile caseFile = submission.caseFile();
    String pemdaCode = caseFile.getPemdaCode();
    Set<String> allowed = new HashSet<>();
    opds(pemdaCode).forEach(u -> allowed.add(u.getCode()));
    FormValues values = new FormValues(submission.values());
    List<FieldError> errors = new ArrayList<>();
    List<PlanItem> plan = new ArrayList<>();
    Set<String> chosen = new HashSet<>();
    LocalDate today = EngineClock.today();
    for (FormValues row : values.rows("requests")) {
      String opd = row.text("opdCode");
      List<String> kindNames = row.selected("kinds");
      if (opd == null && kindNames.isEmpty()) {
        continue; // an empty row the coordinator added and did not fill
      }
      if (opd == null || !allowed.contains(opd)) {
        errors.add(new FieldError(row.field("opdCode"), "OPD",
            opd == null ? "wajib dipilih" : "'" + opd + "' bukan OPD aktif Pemda ini"));
      } else if (!chosen.add(opd)) {
        errors.add(new FieldError(row.field("opdCode"), "OPD",
            "OPD ini sudah dipilih di baris lain"));
      }
      List<DataKind> kinds = List.of();
      try {
        kinds = DataKind.parse(kindNames);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(row.field("kinds"), "Data yang diminta", e.getMessage()));
      }
      if (kindNames.isEmpty()) {
        errors.add(new FieldError(row.field("kinds"), "Data yang diminta",
            "pilih minimal satu jenis data"));
      }
      LocalDate due = null;
      try {
        due = row.date("dueDate");
      } catch (InvalidInputException e) {
        errors.addAll(e.getErrors());
      }
      if (due == null || due.isBefore(today)) {
        errors.add(new FieldError(row.field("dueDate"), "Tenggat",
            due == null ? "wajib diisi" : "tidak boleh sebelum hari ini (" + today + ")"));
      }
      String note = row.text("note");
      if (note != null && note.length() > 1000) {
        errors.add(new FieldError(row.field("note"), "Catatan", "maksimal 1000 karakter"));
      }
      if (opd != null && due != null && !kinds.isEmpty()) {
        plan.add(new PlanItem(opd, kinds, due, note));
      }
    }
    if (errors.isEmpty() && plan.isEmpty()) {
      errors.add(new FieldError("requests", "OPD yang diminta data", "pilih minimal satu OPD"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    DataRequestCase saved = service.savePlan(submission.processInstanceId(), pemdaCode,
        caseFile.group(DataRequestCases.REQUESTER).orElseThrow(),
        (String) submission.get(CALLER_REFERENCE),
        DataKind.parse(submission.processVariable(DATA_KINDS)), plan);
    cases.link(submission.processInstanceId(), saved.getId());
    submission.set(CASE_ID, saved.getId());
  }

  /** Units that hold data: the Pemda's current units with a staff group, the Setda excluded. */
  private List<OrganisationUnit> opds(String pemdaCode) {
    return registry.currentUnitsOf(pemdaCode).stream()
        .filter(u -> u.getStaffGroupId() != null && u.getKind() != UnitKind.SETDA).toList();
  }
}
