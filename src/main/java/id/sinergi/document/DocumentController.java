package id.sinergi.document;

import id.sinergi.kernel.caller.Callers;
import id.sinergi.kernel.caller.UserNames;
import id.sinergi.kernel.error.InvalidInputException;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Documents of a task's process, used by Tasklist's "Dokumen" tab and by other systems. */
@RestController
@RequestMapping("/api")
class DocumentController {

  private final DocumentService documents;
  private final Callers callers;
  private final UserNames names;

  DocumentController(DocumentService documents, Callers callers, UserNames names) {
    this.documents = documents;
    this.callers = callers;
    this.names = names;
  }

  record RequiredView(String kind, String label, boolean uploaded) {}

  record DocumentView(long id, String kind, String label, String fileName, long sizeBytes,
      String uploadedBy, String uploadedByName, OffsetDateTime uploadedAt, String taskName, String url) {}

  record TaskDocumentsView(String taskId, String taskName, String processInstanceId,
      long maxSizeBytes, List<RequiredView> required, List<DocumentView> documents) {}

  @GetMapping("/tasks/{taskId}/documents")
  TaskDocumentsView forTask(@PathVariable String taskId) {
    Task task = documents.visibleTask(taskId);
    List<DocumentView> list = documents.listForProcess(task.getProcessInstanceId(),
        callers.current()).stream().map(this::view).toList();
    List<RequiredView> required = documents.requiredKinds(task).stream()
        .map(kind -> new RequiredView(kind, DocumentKinds.label(kind),
            list.stream().anyMatch(d -> d.kind().equals(kind))))
        .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    // Optional kinds are offered in the same list, labelled as such; completion never waits.
    documents.optionalKinds(task).forEach(kind -> required.add(new RequiredView(kind,
        DocumentKinds.label(kind) + " (opsional)",
        list.stream().anyMatch(d -> d.kind().equals(kind)))));
    return new TaskDocumentsView(task.getId(), task.getName(), task.getProcessInstanceId(),
        documents.maxBytes(), required, list);
  }

  @PostMapping(path = "/tasks/{taskId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  DocumentView upload(@PathVariable String taskId, @RequestParam(required = false) String kind,
      @RequestParam(required = false) MultipartFile file) throws IOException {
    if (file == null) {
      throw new InvalidInputException("file", "pilih berkas PDF yang akan diunggah");
    }
    return view(documents.upload(taskId, kind, file.getOriginalFilename(), file.getBytes(),
        callers.current()));
  }

  @GetMapping("/process-instances/{processInstanceId}/documents")
  List<DocumentView> forProcess(@PathVariable String processInstanceId) {
    return documents.listForProcess(processInstanceId, callers.current()).stream()
        .map(this::view).toList();
  }

  @GetMapping("/documents/{id}/content")
  ResponseEntity<byte[]> content(@PathVariable long id) {
    Document document = documents.read(id, callers.current());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition(document.getFileName()))
        .body(document.getContent());
  }

  /** Plain ASCII names stay plain: RFC 2047 encoding confuses curl -OJ and older clients. */
  private static String disposition(String fileName) {
    var attachment = ContentDisposition.attachment();
    boolean ascii = java.nio.charset.StandardCharsets.US_ASCII.newEncoder().canEncode(fileName);
    return (ascii ? attachment.filename(fileName)
        : attachment.filename(fileName, java.nio.charset.StandardCharsets.UTF_8)).build().toString();
  }

  private DocumentView view(Document d) {
    return new DocumentView(d.getId(), d.getKind(), DocumentKinds.label(d.getKind()),
        d.getFileName(), d.getSizeBytes(), d.getUploadedBy(), names.of(d.getUploadedBy()),
        d.getUploadedAt(), d.getTaskName(),
        "/api/documents/" + d.getId() + "/content");
  }
}
