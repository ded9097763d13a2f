package id.sinergi.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One uploaded PDF of a process (a letter, a signed agreement). */
@Entity
@Table(name = "doc_document")
public class Document {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String processInstanceId;

  private String businessKey;
  private String taskId;
  private String taskName;

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private String fileName;

  @Column(nullable = false)
  private String contentType;

  @Column(nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  @JdbcTypeCode(SqlTypes.VARBINARY)
  @Column(nullable = false)
  private byte[] content;

  private String pemdaCode;
  private String penyalurCode;

  @Column(nullable = false)
  private String uploadedBy;

  @Column(nullable = false)
  private OffsetDateTime uploadedAt;

  protected Document() {}

  Document(String processInstanceId, String businessKey, String taskId, String taskName,
      String kind, String fileName, byte[] content, String sha256, String pemdaCode,
      String penyalurCode, String uploadedBy, OffsetDateTime uploadedAt) {
    this.processInstanceId = processInstanceId;
    this.businessKey = businessKey;
    this.taskId = taskId;
    this.taskName = taskName;
    this.kind = kind;
    this.fileName = fileName;
    this.contentType = "application/pdf";
    this.content = content;
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.pemdaCode = pemdaCode;
    this.penyalurCode = penyalurCode;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() { return id; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getBusinessKey() { return businessKey; }
  public String getTaskId() { return taskId; }
  public String getTaskName() { return taskName; }
  public String getKind() { return kind; }
  public String getFileName() { return fileName; }
  public String getContentType() { return contentType; }
  public long getSizeBytes() { return sizeBytes; }
  public String getSha256() { return sha256; }
  public byte[] getContent() { return content; }
  public String getPemdaCode() { return pemdaCode; }
  public String getPenyalurCode() { return penyalurCode; }
  public String getUploadedBy() { return uploadedBy; }
  public OffsetDateTime getUploadedAt() { return uploadedAt; }
}
