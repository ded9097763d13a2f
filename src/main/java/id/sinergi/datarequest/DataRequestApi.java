package id.sinergi.datarequest;

import id.sinergi.datarequest.DataRequestViews.AnswerBody;
import id.sinergi.datarequest.DataRequestViews.CaseView;
import id.sinergi.datarequest.DataRequestViews.ImportView;
import id.sinergi.datarequest.DataRequestViews.ItemView;
import id.sinergi.datarequest.DataRequestViews.PackageView;
import id.sinergi.datarequest.DataRequestViews.RequestView;
import id.sinergi.datarequest.sheet.SheetTooLargeException;
import id.sinergi.datarequest.sheet.UnreadableSheetException;
import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.error.FieldError;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.error.NotFoundException;
import id.sinergi.kernel.error.TooLargeException;
import id.sinergi.organisation.OrganisationRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The data request REST API's work, every call scoped to what the caller may see. */
@Service
public class DataRequestApi {

  private final DataRequestService service;
  private final OpdAnswerService answers;
  private final ActorImportService importer;
  private final ActorStore actors;
  private final DuplicateDetector duplicates;
  private final DataItemRepository items;
  private final ImportRecordRepository imports;
  private final DataPackageRepository packages;
  private final OpdRequestRepository requests;
  private final DataRequestAccess access;
  private final OrganisationRegistry registry;
  private final FormService forms;
  private final long maxUploadBytes;

  public DataRequestApi(DataRequestService service, OpdAnswerService answers,
      ActorImportService importer, ActorStore actors, DuplicateDetector duplicates,
      DataItemRepository items, ImportRecordRepository imports, DataPackageRepository packages,
      OpdRequestRepository requests, DataRequestAccess access, OrganisationRegistry registry,
      FormService forms, @Value("${sinergi.datarequest.max-upload-bytes}") long maxUploadBytes) {
    this.service = service;
    this.answers = answers;
    this.importer = importer;
    this.actors = actors;
    this.duplicates = duplicates;
    this.items = items;
    this.imports = imports;
    this.packages = packages;
    this.requests = requests;
    this.access = access;
    this.registry = registry;
    this.forms = forms;
    this.maxUploadBytes = maxUploadBytes;
  }

  @Transactional(readOnly = true)
  public CaseView caseView(long caseId, Caller caller) {
    DataRequestCase found = service.caseById(caseId);
    access.checkSee(caller, caseId);
    List<RequestView> views = service.requestsOf(caseId).stream().map(this::view).toList();
    int answered = (int) views.stream().filter(v -> v.status() != OpdRequest.Status.OPEN).count();
    return new CaseView(found.getId(), found.getPemdaCode(), found.getRequesterGroup(),
        found.getCallerReference(), found.getDataKinds(), found.getStatus(),
        found.getCreatedAt(), found.getClosedAt(), found.getClosedBy(), answered,
        views.size() - answered, packages.findByCaseId(caseId).map(DataPackage::getId)
            .orElse(null), views, duplicates.flagged(caseId));
  }

  @Transactional(readOnly = true)
  public List<DuplicateDetector.Duplicate> duplicates(long caseId, Caller caller) {
    access.checkSee(caller, caseId);
    return duplicates.flagged(caseId);
  }

  @Transactional(readOnly = true)
  public RequestView request(long requestId, Caller caller) {
    OpdRequest request = service.request(requestId);
    access.checkSee(caller, request.getCaseId());
    return view(request);
  }

  @Transactional(readOnly = true)
  public RequestView requestOfTask(String taskId, Caller caller) {
    OpdRequest request = requests.findByTaskId(taskId).orElseThrow(() -> new NotFoundException(
        "Tugas ini bukan permintaan data OPD."));
    access.checkSee(caller, request.getCaseId());
    return view(request);
  }

  /** Not transactional: the importer keeps a refused file's report and imports all-or-nothing. */
  public ImportView upload(long requestId, String fileName, byte[] content, Caller caller) {
    OpdRequest request = openRequestFor(requestId, caller);
    if (content.length == 0) {
      throw new InvalidInputException("file", "berkas kosong");
    }
    if (content.length > maxUploadBytes) {
      throw new InvalidInputException("file", "berkas terlalu besar: maksimal "
          + maxUploadBytes / (1024 * 1024) + " MB");
    }
    ActorImportService.Outcome outcome;
    try {
      outcome = importer.importFile(request, fileName, content, caller.userId());
    } catch (SheetTooLargeException e) {
      throw new TooLargeException(e.getMessage());
    } catch (UnreadableSheetException e) {
      throw new InvalidInputException("file", e.getMessage());
    }
    return importView(outcome.importId(), outcome.status(), outcome.rows(), outcome.errorCount(),
        outcome.errors());
  }

  @Transactional(readOnly = true)
  public ImportView importResult(long importId, Caller caller) {
    ImportRecord record = importRecord(importId, caller);
    return importView(record.getId(), record.getStatus(), record.getRowCount(),
        record.getErrorCount(), importer.errorsOf(importId));
  }

  @Transactional(readOnly = true)
  public List<ImportError> importErrors(long importId, Caller caller) {
    importRecord(importId, caller);
    return importer.errorsOf(importId);
  }

  /**
   * An OPD's system answers: its lists are saved, then its task is completed as the caller, in
   * one transaction (a refused completion saves nothing).
   */
  @Transactional
  public RequestView answer(long requestId, AnswerBody body, Caller caller) {
    OpdRequest request = openRequestFor(requestId, caller);
    String answer = body.answer() == null ? AnswerFormHandler.PROVIDE : body.answer();
    if (!answer.equals(AnswerFormHandler.PROVIDE) && !answer.equals(AnswerFormHandler.REFUSE)) {
      throw new InvalidInputException("answer", "isi PROVIDE atau REFUSE");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("answer", answer);
    if (answer.equals(AnswerFormHandler.REFUSE)) {
      variables.put("refusalReason", body.refusalReason());
    } else {
      answers.replaceItems(request, DataKind.PROGRAM, list(body.programs()), "programs");
      answers.replaceItems(request, DataKind.MENTOR, list(body.mentors()), "mentors");
      answers.replaceItems(request, DataKind.TRAINING, list(body.trainings()), "trainings");
      addActors(request, body.businessActors());
      boolean sentLists = !list(body.programs()).isEmpty() || !list(body.mentors()).isEmpty()
          || !list(body.trainings()).isEmpty() || !list(body.businessActors()).isEmpty();
      // Only "PROVIDE" after an upload: the form handler records the answer as an upload.
      if (sentLists && answers.hasData(request)) {
        answers.answer(request, OpdRequest.Channel.REST, caller.userId());
      }
    }
    forms.submitTaskForm(request.getTaskId(), variables);
    return view(service.request(requestId));
  }

  @Transactional(readOnly = true)
  public PackageView packageView(long packageId, Caller caller) {
    DataPackage found = dataPackage(packageId, caller);
    List<RequestView> views = service.requestsOf(found.getCaseId()).stream().map(this::view)
        .toList();
    return new PackageView(found.getId(), found.getCaseId(), found.getPemdaCode(),
        found.getCallerReference(), found.getCreatedAt(), found.getAnswered(),
        found.getRefused(), found.getNotAnswered(), found.getActorCount(),
        found.getDuplicateCount(), views, duplicates.flagged(found.getCaseId()),
        "/api/data-packages/" + found.getId() + "/business-actors");
  }

  @Transactional(readOnly = true)
  public List<ActorStore.ListedActor> packageActors(long packageId, int page, int size,
      Caller caller) {
    DataPackage found = dataPackage(packageId, caller);
    if (page < 0 || size < 1 || size > 1000) {
      throw new InvalidInputException("size", "page ≥ 0 dan size 1–1000");
    }
    return actors.actorsOfCase(found.getCaseId(), page * size, size);
  }

  private DataPackage dataPackage(long packageId, Caller caller) {
    DataPackage found = packages.findById(packageId).orElseThrow(() -> new NotFoundException(
        "Paket data " + packageId + " tidak ditemukan."));
    access.checkSee(caller, found.getCaseId());
    return found;
  }

  private ImportRecord importRecord(long importId, Caller caller) {
    ImportRecord record = imports.findById(importId).orElseThrow(() -> new NotFoundException(
        "Unggahan " + importId + " tidak ditemukan."));
    access.checkSee(caller, service.request(record.getRequestId()).getCaseId());
    return record;
  }

  private OpdRequest openRequestFor(long requestId, Caller caller) {
    OpdRequest request = service.request(requestId);
    access.checkAnswer(caller, request);
    if (!request.isOpen()) {
      throw new InvalidInputException("status", "permintaan ini sudah ditutup ("
          + ReviewFormHandler.statusLabel(request.getStatus()).toLowerCase() + ")");
    }
    return request;
  }

  private void addActors(OpdRequest request, List<Map<String, String>> rows) {
    if (rows == null || rows.isEmpty()) {
      return;
    }
    List<Map<ActorColumn, String>> converted = new ArrayList<>();
    for (Map<String, String> row : rows) {
      Map<ActorColumn, String> actor = new EnumMap<>(ActorColumn.class);
      row.forEach((key, value) -> {
        ActorColumn column = ActorColumn.fromHeader(key);
        if (column != null && value != null) {
          actor.put(column, value);
        }
      });
      converted.add(actor);
    }
    List<ImportError> errors = answers.addActors(request, converted);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors.stream().map(e -> new FieldError(
          "businessActors[" + e.row() + "]." + keyOf(e.column()), e.reason())).toList());
    }
  }

  private static String keyOf(String header) {
    ActorColumn column = ActorColumn.fromHeader(header);
    return column == null ? header : column.key();
  }

  private static <T> List<T> list(List<T> value) {
    return value == null ? List.of() : value;
  }

  private ImportView importView(long importId, ImportRecord.Status status, int rows,
      int errorCount, List<ImportError> errors) {
    String base = "/api/opd-data-requests/imports/" + importId;
    boolean rejected = status == ImportRecord.Status.REJECTED;
    String message = rejected
        ? "Berkas ditolak: " + errorCount + " kesalahan pada " + rows + " baris data. Tidak ada "
            + "data yang disimpan; perbaiki sesuai laporan lalu unggah lagi."
        : rows + " pelaku usaha tersimpan.";
    return new ImportView(importId, status, rows, errorCount, message,
        rejected ? errors.subList(0, Math.min(errors.size(), 200)) : List.of(),
        rejected ? base + "/errors.csv" : null, rejected ? base + "/errors.xlsx" : null);
  }

  private RequestView view(OpdRequest r) {
    String opdName;
    try {
      opdName = registry.unit(r.getOpdCode()).getName();
    } catch (NotFoundException gone) {
      opdName = r.getOpdCode();
    }
    List<ItemView> itemViews = items.findByRequestIdOrderById(r.getId()).stream()
        .map(i -> new ItemView(i.getKind(), i.getName(), i.getDetail(), i.getAmount(),
            i.getQuantity(), i.getStartDate())).toList();
    String base = "/api/opd-data-requests/";
    return new RequestView(r.getId(), r.getCaseId(), r.getPemdaCode(), r.getOpdCode(), opdName,
        r.getStaffGroup(), r.getKinds(), r.getDueDate(), r.getNote(), r.getStatus(),
        r.getRefusalReason(), r.getAnswerChannel(), r.getAnsweredBy(), r.getAnsweredAt(),
        r.getTaskId(), actors.countActorsOf(r.getId()), itemViews,
        base + r.getId() + "/business-actors", base + "template.xlsx", base + "template.csv");
  }
}
