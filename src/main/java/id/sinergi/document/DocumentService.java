package id.sinergi.document;

import id.sinergi.kernel.Published;
import id.sinergi.kernel.access.CaseAccess;
import id.sinergi.kernel.caller.Caller;
import id.sinergi.kernel.cases.CaseFile;
import id.sinergi.kernel.cases.Cases;
import id.sinergi.kernel.clock.EngineClock;
import id.sinergi.kernel.engine.SystemEngineCalls;
import id.sinergi.kernel.error.InvalidInputException;
import id.sinergi.kernel.error.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and serves the PDFs of a case. Uploading needs the right to work on the task;
 * reading needs the right to read its case ({@link CaseAccess}): its Pemda, PIP, its Penyalur,
 * managers or administrators.
 */
@Service
@Published
public class DocumentService {

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private final DocumentRepository documents;
  private final TaskService tasks;
  private final CaseAccess access;
  private final Cases cases;
  private final TaskDocumentDeclarations declarations;
  private final RuntimeService runtime;
  private final SystemEngineCalls system;
  private final long maxBytes;

  public DocumentService(DocumentRepository documents, TaskService tasks, CaseAccess access,
      Cases cases, TaskDocumentDeclarations declarations, RuntimeService runtime,
      SystemEngineCalls system,
      @Value("${sinergi.documents.max-size-bytes:10485760}") long maxBytes) {
    this.runtime = runtime;
    this.system = system;
    this.documents = documents;
    this.tasks = tasks;
    this.access = access;
    this.cases = cases;
    this.declarations = declarations;
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** The task as the caller may see it; 404 when it does not exist or is not theirs. */
  public Task visibleTask(String taskId) {
    // The engine applies the current authentication: a task of another Pemda is invisible.
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new NotFoundException("Tugas '" + taskId + "' tidak ditemukan atau bukan milik Anda.");
    }
    return task;
  }

  public List<String> requiredKinds(Task task) {
    return declarations.requiredFor(task);
  }

  /** Kinds the task accepts but does not require. */
  public List<String> optionalKinds(Task task) {
    return declarations.optionalFor(task);
  }

  /** The newest document of a kind in the process (e.g. a check's optional proof). */
  public java.util.Optional<Long> latestId(String processInstanceId, String kind) {
    return documents.findByProcessInstanceIdOrderByUploadedAtDesc(processInstanceId).stream()
        .filter(d -> d.getKind().equals(kind)).map(Document::getId).findFirst();
  }

  @Transactional
  public Document upload(String taskId, String kind, String fileName, byte[] content,
      Caller caller) {
    Task task = access.workableTask(caller, taskId);
    List<String> allowed = new java.util.ArrayList<>(declarations.requiredFor(task));
    allowed.addAll(declarations.optionalFor(task));
    if (kind == null || !allowed.contains(kind)) {
      throw new InvalidInputException("kind", allowed.isEmpty()
          ? "tugas ini tidak meminta dokumen"
          : "jenis dokumen harus salah satu dari: " + String.join(", ", allowed));
    }
    if (content.length == 0) {
      throw new InvalidInputException("file", "berkas kosong");
    }
    if (content.length > maxBytes) {
      throw new InvalidInputException("file", "ukuran berkas melebihi batas "
          + (maxBytes / (1024 * 1024)) + " MB");
    }
    if (!startsWith(content, PDF_MAGIC)) {
      throw new InvalidInputException("file", "hanya berkas PDF yang diterima");
    }
    String processInstanceId = task.getProcessInstanceId();
    CaseFile caseFile = cases.of(processInstanceId);
    return documents.save(new Document(processInstanceId, businessKey(processInstanceId),
        task.getId(), task.getName(), kind, safeName(fileName), content, sha256(content),
        caseFile.getPemdaCode(), caseFile.group("penyalur").orElse(null), caller.who(),
        EngineClock.nowUtc()));
  }

  /** Every document of the case, for whoever may read the case. */
  @Transactional(readOnly = true)
  public List<Document> listForProcess(String processInstanceId, Caller caller) {
    access.readable(caller, processInstanceId);
    return documents.findByProcessInstanceIdOrderByUploadedAtDesc(processInstanceId);
  }

  /** 404 for others' documents as for missing ones, so ids cannot be probed. */
  @Transactional(readOnly = true)
  public Document read(long id, Caller caller) {
    return documents.findById(id)
        .filter(d -> cases.find(d.getProcessInstanceId())
            .map(c -> access.canRead(caller, c)).orElse(caller.seesAllPemda()))
        .orElseThrow(() -> new NotFoundException("Dokumen " + id + " tidak ditemukan."));
  }

  private String businessKey(String processInstanceId) {
    var instance = system.call(() -> runtime.createProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult());
    return instance == null ? null : instance.getBusinessKey();
  }

  public boolean hasDocument(String processInstanceId, String kind) {
    return documents.existsByProcessInstanceIdAndKind(processInstanceId, kind);
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String safeName(String fileName) {
    String name = fileName == null || fileName.isBlank() ? "dokumen.pdf" : fileName;
    name = name.replaceAll("[\\\\/\\r\\n\"]", "_");
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
