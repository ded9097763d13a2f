package id.sinergi.document;

import id.sinergi.config.ForbiddenException;
import id.sinergi.config.InvalidInputException;
import id.sinergi.config.NotFoundException;
import id.sinergi.organisation.Caller;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and serves the PDFs of a process. Uploading needs the right to work on the task (the
 * engine's task authorization); reading needs to be a party of the process: its Pemda, PIP,
 * its Penyalur, managers or administrators.
 */
@Service
public class DocumentService {

  /** Process variables every process with documents keeps (keys, not data). */
  public static final String PEMDA_VARIABLE = "pemdaCode";
  public static final String PENYALUR_VARIABLE = "penyalurCode";

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private final DocumentRepository documents;
  private final TaskService tasks;
  private final ProcessParties processParties;
  private final TaskDocumentDeclarations declarations;
  private final long maxBytes;

  public DocumentService(DocumentRepository documents, TaskService tasks, ProcessParties processParties,
      TaskDocumentDeclarations declarations,
      @Value("${sinergi.documents.max-size-bytes:10485760}") long maxBytes) {
    this.documents = documents;
    this.tasks = tasks;
    this.processParties = processParties;
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

  @Transactional
  public Document upload(String taskId, String kind, String fileName, byte[] content,
      String userId) {
    Task task = visibleTask(taskId);
    List<String> allowed = declarations.requiredFor(task);
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
    ProcessParties.Parties parties = processParties.of(processInstanceId);
    return documents.save(new Document(processInstanceId, parties.businessKey(), task.getId(),
        task.getName(), kind, safeName(fileName), content, sha256(content), parties.pemdaCode(),
        parties.penyalurCode(), userId,
        OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneOffset.UTC)));
  }

  @Transactional(readOnly = true)
  public List<Document> listForProcess(String processInstanceId, Caller caller) {
    List<Document> found = documents.findByProcessInstanceIdOrderByUploadedAtDesc(processInstanceId);
    found.forEach(d -> requireParty(d, caller));
    return found;
  }

  /** 404 for others' documents as for missing ones, so ids cannot be probed. */
  @Transactional(readOnly = true)
  public Document read(long id, Caller caller) {
    return documents.findById(id).filter(d -> isParty(d, caller))
        .orElseThrow(() -> new NotFoundException("Dokumen " + id + " tidak ditemukan."));
  }

  public boolean hasDocument(String processInstanceId, String kind) {
    return documents.existsByProcessInstanceIdAndKind(processInstanceId, kind);
  }

  static void requireParty(Document document, Caller caller) {
    if (!isParty(document, caller)) {
      throw new ForbiddenException("Dokumen ini hanya untuk pihak kerja sama yang bersangkutan.");
    }
  }

  static boolean isParty(Document document, Caller caller) {
    return caller.seesAllPemda()
        || (document.getPemdaCode() != null && caller.canSeePemda(document.getPemdaCode()))
        || (document.getPenyalurCode() != null
            && caller.unitCodes().contains(document.getPenyalurCode()));
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
