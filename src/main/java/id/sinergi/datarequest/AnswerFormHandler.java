package id.sinergi.datarequest;

import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.error.FieldError;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.form.FormHandler;
import id.sinergi.kernel.form.IndonesianFormat;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * An OPD's answer (form datarequest-answer): its lists typed in the form, or a list uploaded in
 * the "Unggah data" tab / sent by its system, or a refusal with the reason. The same form is
 * completed by the REST answer endpoint with only {@code answer} (and the reason).
 */
@Component
public class AnswerFormHandler implements FormHandler {

  public static final String PROVIDE = "PROVIDE";
  public static final String REFUSE = "REFUSE";

  private final DataRequestService service;
  private final OpdAnswerService answers;
  private final ActorStore actors;
  private final DataRequestCases dataRequests;

  public AnswerFormHandler(DataRequestService service, OpdAnswerService answers,
      ActorStore actors, DataRequestCases dataRequests) {
    this.dataRequests = dataRequests;
    this.service = service;
    this.answers = answers;
    this.actors = actors;
  }

  @Override
  public String formId() {
    return DataRequestVariables.FORM_ANSWER;
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    OpdRequest request = dataRequests.opdRequest(task, caseFile);
    List<DataKind> kinds = request.getKinds();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("requestSummary", "Diminta: data " + DataKind.labels(kinds) + ", paling lambat "
        + IndonesianFormat.date(request.getDueDate()) + "." + (request.getNote() == null ? ""
        : " Catatan koordinator: " + request.getNote()));
    values.put("askPrograms", kinds.contains(DataKind.PROGRAM));
    values.put("askMentors", kinds.contains(DataKind.MENTOR));
    values.put("askTrainings", kinds.contains(DataKind.TRAINING));
    values.put("askActors", kinds.contains(DataKind.BUSINESS_ACTOR));
    values.put("uploadedActors", actors.countActorsOf(request.getId()));
    return values;
  }

  /** "Sudah terunggah: N pelaku usaha" counts the uploads made while the task is open. */
  @Override
  public boolean prefillsOnOpen() {
    return true;
  }

  @Override
  public void submit(FormSubmission submission) {
    OpdRequest request = dataRequests.opdRequest(submission.execution(), submission.caseFile());
    FormValues values = new FormValues(submission.values());
    String answer = values.requiredText("answer");
    if (REFUSE.equals(answer)) {
      String reason = values.text("refusalReason");
      if (reason == null || reason.length() < 10) {
        throw new InvalidInputException(List.of(new FieldError("refusalReason", "Alasan",
            "jelaskan mengapa data tidak dapat diberikan (minimal 10 karakter)")));
      }
      answers.refuse(request, reason, OpdRequest.Channel.FORM, submission.userId());
      return;
    }
    boolean typed = saveTypedLists(request, values);
    if (!answers.hasData(request)) {
      throw new InvalidInputException(List.of(new FieldError("answer", "Jawaban",
          "belum ada data: isi daftar di formulir ini atau unggah berkas di tab \"Unggah data\"")));
    }
    if (typed || request.isOpen()) {
      answers.answer(request, typed ? OpdRequest.Channel.FORM : OpdRequest.Channel.UPLOAD,
          submission.userId());
    }
  }

  /** @return whether the form carried any list */
  private boolean saveTypedLists(OpdRequest request, FormValues values) {
    List<FieldError> errors = new ArrayList<>();
    boolean typed = false;
    try {
      typed |= replace(request, DataKind.PROGRAM, values, "programs");
      typed |= replace(request, DataKind.MENTOR, values, "mentors");
      typed |= replace(request, DataKind.TRAINING, values, "trainings");
    } catch (InvalidInputException e) {
      e.getErrors().forEach(f -> errors.add(new FieldError(f.field(), null, f.reason())));
    }
    List<Map<ActorColumn, String>> rows = new ArrayList<>();
    for (FormValues row : values.rows("actors")) {
      Map<ActorColumn, String> actor = new EnumMap<>(ActorColumn.class);
      for (ActorColumn column : ActorColumn.values()) {
        String text = row.text(column.key());
        if (text != null) {
          actor.put(column, text);
        }
      }
      if (!actor.isEmpty()) {
        rows.add(actor);
      }
    }
    if (errors.isEmpty() && !rows.isEmpty()) {
      typed = true;
      for (ImportError e : answers.addActors(request, rows)) {
        errors.add(new FieldError("actors[" + e.row() + "]", "Pelaku usaha baris " + e.row()
            + " — " + e.column(), e.reason()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return typed;
  }

  private boolean replace(OpdRequest request, DataKind kind, FormValues values, String key) {
    List<ItemInput> entries = new ArrayList<>();
    for (FormValues row : values.rows(key)) {
      ItemInput entry = new ItemInput(row.text("name"), row.text("detail"), row.number("amount"),
          row.number("quantity") == null ? null : row.number("quantity").intValue(),
          row.date("startDate"));
      if (entry.name() != null || entry.detail() != null || entry.amount() != null
          || entry.quantity() != null) {
        entries.add(entry);
      }
    }
    answers.replaceItems(request, kind, entries, key);
    return !entries.isEmpty();
  }

  private OpdRequest request(Object requestId) {
    return service.request(DataRequestTasks.toLong(requestId));
  }
}
