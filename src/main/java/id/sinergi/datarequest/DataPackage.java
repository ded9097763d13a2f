package id.sinergi.datarequest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The consolidated answer of a closed case, returned to the caller as dataPackageId. */
@Entity
@Table(name = "datarequest_package")
public class DataPackage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private Long caseId;

  @Column(nullable = false)
  private String pemdaCode;

  private String callerReference;
  private int answered;
  private int refused;
  private int notAnswered;
  private int actorCount;
  private int duplicateCount;

  @Column(nullable = false)
  private OffsetDateTime createdAt;

  protected DataPackage() {}

  public DataPackage(Long caseId, String pemdaCode, String callerReference, int answered,
      int refused, int notAnswered, int actorCount, int duplicateCount, OffsetDateTime createdAt) {
    this.caseId = caseId;
    this.pemdaCode = pemdaCode;
    this.callerReference = callerReference;
    this.answered = answered;
    this.refused = refused;
    this.notAnswered = notAnswered;
    this.actorCount = actorCount;
    this.duplicateCount = duplicateCount;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public String getPemdaCode() { return pemdaCode; }
  public String getCallerReference() { return callerReference; }
  public int getAnswered() { return answered; }
  public int getRefused() { return refused; }
  public int getNotAnswered() { return notAnswered; }
  public int getActorCount() { return actorCount; }
  public int getDuplicateCount() { return duplicateCount; }
  public OffsetDateTime getCreatedAt() { return createdAt; }
}
