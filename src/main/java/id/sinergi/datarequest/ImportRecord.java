package id.sinergi.datarequest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One uploaded business-actor file and what became of it; rejected ones keep their report. */
@Entity
@Table(name = "datarequest_import")
public class ImportRecord {

  public enum Status { IMPORTED, REJECTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long requestId;

  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private int rowCount;

  @Column(nullable = false)
  private int errorCount;

  @Column(nullable = false)
  private String uploadedBy;

  @Column(nullable = false)
  private OffsetDateTime createdAt;

  protected ImportRecord() {}

  public ImportRecord(Long requestId, String fileName, Status status, int rowCount,
      int errorCount, String uploadedBy, OffsetDateTime createdAt) {
    this.requestId = requestId;
    this.fileName = fileName;
    this.status = status;
    this.rowCount = rowCount;
    this.errorCount = errorCount;
    this.uploadedBy = uploadedBy;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public Long getRequestId() { return requestId; }
  public String getFileName() { return fileName; }
  public Status getStatus() { return status; }
  public int getRowCount() { return rowCount; }
  public int getErrorCount() { return errorCount; }
  public String getUploadedBy() { return uploadedBy; }
  public OffsetDateTime getCreatedAt() { return createdAt; }
}
