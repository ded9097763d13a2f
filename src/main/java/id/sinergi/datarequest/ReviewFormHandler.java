package id.sinergi.datarequest;

import static id.sinergi.datarequest.DataRequestVariables.CASE_ID;
import static id.sinergi.datarequest.DataRequestVariables.COORDINATOR_ACTION;

import id.sinergi.kernel.caller.UserNames;
import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.kernel.error.FieldError;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.form.FormHandler;
import id.sinergi.kernel.form.IndonesianFormat;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import id.sinergi.organisation.OrganisationRegistry;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * The coordinator's review (form datarequest-review): who answered, who refused and why, who is
 * late, and which businesses get the same help from several OPDs. Then: look again later,
 * remind the OPDs still silent, extend a due date, or close the request.
 */
@Component
public class ReviewFormHandler implements FormHandler {

  public enum Action { REFRESH, REMIND, EXTEND, CLOSE }

  private final DataRequestService service;
  private final DuplicateDetector duplicates;
  private final ActorStore actors;
  private final OrganisationRegistry registry;
  private final UserNames names;

  public ReviewFormHandler(DataRequestService service, DuplicateDetector duplicates,
      ActorStore actors, OrganisationRegistry registry, UserNames names) {
    this.names = names;
    this.service = service;
    this.duplicates = duplicates;
    this.actors = actors;
    this.registry = registry;
  }

  @Override
  public String formId() {
    return DataRequestVariables.FORM_REVIEW;
  }

  @Override
  public Map<String, Object> prefill(DelegateTask task, CaseFile caseFile) {
    long caseId = caseFile.reference();
    List<OpdRequest> requests = service.requestsOf(caseId);
    List<Map<String, Object>> rows = requests.stream().map(r -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("opd", opdName(r.getOpdCode()));
      row.put("status", statusLabel(r.getStatus()));
      row.put("dueDate", IndonesianFormat.date(r.getDueDate()));
      row.put("answeredBy", r.getAnsweredBy() == null ? "-" : names.of(r.getAnsweredBy()));
      row.put("detail", r.getRefusalReason() != null ? "Alasan: " + r.getRefusalReason()
          : actors.countActorsOf(r.getId()) + " pelaku usaha");
      return row;
    }).toList();
    List<Map<String, Object>> flags = duplicates.flagged(caseId).stream().map(d -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("nik", d.nik());
      row.put("name", d.name());
      row.put("help", d.helpKind().label());
      row.put("opds", d.opdCodes().stream().map(this::opdName)
          .collect(Collectors.joining(", ")));
      return row;
    }).toList();
    List<Map<String, String>> open = requests.stream().filter(OpdRequest::isOpen)
        .map(r -> Map.of("label", opdName(r.getOpdCode()), "value", r.getOpdCode())).toList();
    long answered = requests.stream().filter(r -> !r.isOpen()).count();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("reviewSummary", answered + " dari " + requests.size()
        + " OPD sudah menjawab. " + (flags.isEmpty() ? "Tidak ada program ganda."
        : flags.size() + " pelaku usaha menerima bantuan sejenis dari lebih dari satu OPD."));
    values.put("opdStatus", Spin.JSON(rows));
    values.put("duplicateFlags", Spin.JSON(flags));
    values.put("hasDuplicates", !flags.isEmpty());
    values.put("openOpdOptions", Spin.JSON(open));
    return values;
  }

  /** The status changes while the task is open (OPDs answer): computed again on opening. */
  @Override
  public boolean prefillsOnOpen() {
    return true;
  }

  @Override
  public void submit(FormSubmission submission) {
    long caseId = submission.caseFile().reference();
    FormValues values = new FormValues(submission.values());
    Action action;
    try {
      action = Action.valueOf(values.requiredText("action"));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("action", "pilihan tidak dikenal");
    }
    switch (action) {
      case REMIND -> service.startReminderRound(caseId);
      case EXTEND -> extend(caseId, values);
      case CLOSE -> service.close(caseId, submission.userId());
      case REFRESH -> { }
    }
    submission.set(COORDINATOR_ACTION, action.name());
  }

  private void extend(long caseId, FormValues values) {
    List<String> opds = values.selected("extendOpds");
    LocalDate newDueDate = values.date("newDueDate");
    if (opds.isEmpty()) {
      throw new InvalidInputException(List.of(new FieldError("extendOpds", "OPD",
          "pilih OPD yang tenggatnya diperpanjang")));
    }
    if (newDueDate == null || !newDueDate.isAfter(EngineClock.today())) {
      throw new InvalidInputException(List.of(new FieldError("newDueDate", "Tenggat baru",
          "isi tanggal setelah hari ini")));
    }
    for (OpdRequest request : service.extend(caseId, opds, newDueDate)) {
      if (request.getTaskId() != null) {
        // Inside the coordinator's completion: the engine's own session, no API permission
        // on the OPD's task is needed.
        TaskEntity task = Context.getCommandContext().getTaskManager()
            .findTaskById(request.getTaskId());
        if (task != null) {
          task.setDueDate(DataRequestTaskListener.endOfDay(newDueDate));
        }
      }
    }
  }

  private String opdName(String code) {
    try {
      return registry.unit(code).getName();
    } catch (id.sinergi.kernel.error.NotFoundException gone) {
      return code;
    }
  }

  static String statusLabel(OpdRequest.Status status) {
    return switch (status) {
      case OPEN -> "Belum menjawab";
      case ANSWERED -> "Sudah menjawab";
      case REFUSED -> "Menolak";
      case NOT_ANSWERED -> "Tidak menjawab";
    };
  }
}
