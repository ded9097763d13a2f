package id.sinergi.incubation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A graduate referred to UMi financing. */
@Entity
@Table(name = "incubation_referral")
public class Referral {

  public enum Status {
    /** Sent to the Penyalur of the Pemda's cooperation in distribution, awaiting its answer. */
    SENT_TO_PENYALUR,
    /** The Pemda has no cooperation in distribution: counted as demand for one. */
    DEMAND_RECORDED,
    PROCESSED,
    DECLINED,
    /** The Penyalur's SIKP check found other government programme credit: referral ended. */
    STOPPED_BY_SIKP
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long candidateId;

  @Column(nullable = false)
  private String pemdaCode;

  private Long cooperationId;
  private String penyalurCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  private String decisionNotes;
  private String decidedBy;
  private OffsetDateTime decidedAt;

  @Column(nullable = false)
  private OffsetDateTime createdAt;

  protected Referral() {}

  public Referral(Long candidateId, String pemdaCode, Long cooperationId, String penyalurCode,
      Status status, OffsetDateTime createdAt) {
    this.candidateId = candidateId;
    this.pemdaCode = pemdaCode;
    this.cooperationId = cooperationId;
    this.penyalurCode = penyalurCode;
    this.status = status;
    this.createdAt = createdAt;
  }

  public void decide(Status status, String notes, String userId, OffsetDateTime at) {
    this.status = status;
    this.decisionNotes = notes;
    this.decidedBy = userId;
    this.decidedAt = at;
  }

  public Long getId() { return id; }
  public Long getCandidateId() { return candidateId; }
  public String getPemdaCode() { return pemdaCode; }
  public Long getCooperationId() { return cooperationId; }
  public String getPenyalurCode() { return penyalurCode; }
  public Status getStatus() { return status; }
  public String getDecisionNotes() { return decisionNotes; }
  public String getDecidedBy() { return decidedBy; }
  public OffsetDateTime getDecidedAt() { return decidedAt; }
  public OffsetDateTime getCreatedAt() { return createdAt; }
}
