package id.sinergi.incubation;

import id.sinergi.incubation.BusinessProfile.Need;
import id.sinergi.incubation.BusinessProfile.Scale;
import id.sinergi.incubation.BusinessProfile.Sector;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A business (IKM/UMKM) in a cohort, from registration through verification, selection, the
 * classes, graduation, handover and follow-up.
 */
@Entity
@Table(name = "incubation_candidate")
public class Candidate {

  public enum Source { MANUAL, IMPORT, PEMDA_DATA }

  /** Which technical Dinas fosters the business after graduation. */
  public enum DinasKind { DISPERIN, DISKOP }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false) private Long cohortId;
  @Column(nullable = false) private String businessName;
  @Column(nullable = false) private String ownerName;
  @Column(nullable = false) private String nik;
  private String nib;
  @Column(nullable = false) private String pemdaCode;
  private String address;

  @Enumerated(EnumType.STRING) @Column(nullable = false) private Sector sector;
  @Enumerated(EnumType.STRING) @Column(nullable = false) private Scale scale;
  @Enumerated(EnumType.STRING) @Column(nullable = false) private Need need;
  @Enumerated(EnumType.STRING) @Column(nullable = false) private Source source;
  @Enumerated(EnumType.STRING) @Column(nullable = false) private CandidateStatus status;

  private String activeNik;
  private String activeNib;
  private String fosteredFlag;

  private Boolean locationVisited;
  private Boolean productionObserved;
  private Boolean photosTaken;
  private String productionProcess;
  private String constraintsFound;
  private String verificationNotes;
  private String notEligibleReason;
  private String verifiedBy;
  private OffsetDateTime verifiedAt;

  private Integer selectionRank;
  private String processInstanceId;

  private String track;
  private String modules;
  private String fitRationale;
  @Enumerated(EnumType.STRING) private DinasKind dinasKind;

  private BigDecimal attendanceRate;
  private Boolean needsFinancing;
  private String graduationReason;

  private String handoverUnitCode;
  private String handoverContact;
  private String handoverNotes;
  private String handoverBy;
  private OffsetDateTime handoverAt;

  private String followUpCondition;
  private String followUpNotes;
  private String followUpBy;
  private OffsetDateTime followUpAt;

  private String withdrawalReason;
  private OffsetDateTime withdrawnAt;

  @Column(nullable = false) private String createdBy;
  @Column(nullable = false) private OffsetDateTime createdAt;

  protected Candidate() {}

  public Candidate(Long cohortId, String businessName, String ownerName, String nik, String nib,
      String pemdaCode, String address, Sector sector, Scale scale, Need need, Source source,
      String createdBy, OffsetDateTime createdAt) {
    this.cohortId = cohortId;
    this.businessName = businessName;
    this.ownerName = ownerName;
    this.nik = nik;
    this.nib = nib;
    this.pemdaCode = pemdaCode;
    this.address = address;
    this.sector = sector;
    this.scale = scale;
    this.need = need;
    this.source = source;
    this.status = CandidateStatus.REGISTERED;
    this.activeNik = nik;
    this.activeNib = nib;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** The business leaves the programme: it may join another cohort from now on. */
  public void leave(CandidateStatus newStatus) {
    this.status = newStatus;
    this.activeNik = null;
    this.activeNib = null;
  }

  public void verify(boolean locationVisited, boolean productionObserved, boolean photosTaken,
      String productionProcess, String constraints, String notes, String notEligibleReason,
      String userId, OffsetDateTime at) {
    this.locationVisited = locationVisited;
    this.productionObserved = productionObserved;
    this.photosTaken = photosTaken;
    this.productionProcess = productionProcess;
    this.constraintsFound = constraints;
    this.verificationNotes = notes;
    this.notEligibleReason = notEligibleReason;
    this.verifiedBy = userId;
    this.verifiedAt = at;
    if (notEligibleReason == null) {
      this.status = CandidateStatus.VERIFIED;
    } else {
      leave(CandidateStatus.NOT_ELIGIBLE);
    }
  }

  public void select(int rank) {
    this.status = CandidateStatus.SELECTED;
    this.selectionRank = rank;
  }

  public void fit(String track, String modules, String rationale, DinasKind dinasKind) {
    this.track = track;
    this.modules = modules;
    this.fitRationale = rationale;
    this.dinasKind = dinasKind;
  }

  public void graduation(boolean graduated, String reason, BigDecimal attendanceRate) {
    this.graduationReason = reason;
    this.attendanceRate = attendanceRate;
    leave(graduated ? CandidateStatus.GRADUATED : CandidateStatus.NOT_GRADUATED);
  }

  public void handover(String unitCode, String contact, String notes, String userId,
      OffsetDateTime at) {
    this.handoverUnitCode = unitCode;
    this.handoverContact = contact;
    this.handoverNotes = notes;
    this.handoverBy = userId;
    this.handoverAt = at;
  }

  public void followUp(String condition, String notes, String userId, OffsetDateTime at) {
    this.followUpCondition = condition;
    this.followUpNotes = notes;
    this.followUpBy = userId;
    this.followUpAt = at;
  }

  public void withdraw(String reason, OffsetDateTime at) {
    this.withdrawalReason = reason;
    this.withdrawnAt = at;
    leave(CandidateStatus.WITHDRAWN);
  }

  /** "Tenun Ikat Sasak (Baiq Rahmawati)": how people name the business in tasks and lists. */
  public String label() {
    return businessName + " (" + ownerName + ")";
  }

  public Long getId() { return id; }
  public Long getCohortId() { return cohortId; }
  public String getBusinessName() { return businessName; }
  public String getOwnerName() { return ownerName; }
  public String getNik() { return nik; }
  public String getNib() { return nib; }
  public String getPemdaCode() { return pemdaCode; }
  public String getAddress() { return address; }
  public Sector getSector() { return sector; }
  public Scale getScale() { return scale; }
  public Need getNeed() { return need; }
  public Source getSource() { return source; }
  public CandidateStatus getStatus() { return status; }
  public String getFosteredFlag() { return fosteredFlag; }
  public Boolean getLocationVisited() { return locationVisited; }
  public Boolean getProductionObserved() { return productionObserved; }
  public Boolean getPhotosTaken() { return photosTaken; }
  public String getProductionProcess() { return productionProcess; }
  public String getConstraintsFound() { return constraintsFound; }
  public String getVerificationNotes() { return verificationNotes; }
  public String getNotEligibleReason() { return notEligibleReason; }
  public String getVerifiedBy() { return verifiedBy; }
  public OffsetDateTime getVerifiedAt() { return verifiedAt; }
  public Integer getSelectionRank() { return selectionRank; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getTrack() { return track; }
  public String getModules() { return modules; }
  public String getFitRationale() { return fitRationale; }
  public DinasKind getDinasKind() { return dinasKind; }
  public BigDecimal getAttendanceRate() { return attendanceRate; }
  public Boolean getNeedsFinancing() { return needsFinancing; }
  public String getGraduationReason() { return graduationReason; }
  public String getHandoverUnitCode() { return handoverUnitCode; }
  public String getHandoverContact() { return handoverContact; }
  public OffsetDateTime getHandoverAt() { return handoverAt; }
  public String getFollowUpCondition() { return followUpCondition; }
  public String getFollowUpNotes() { return followUpNotes; }
  public OffsetDateTime getFollowUpAt() { return followUpAt; }
  public String getWithdrawalReason() { return withdrawalReason; }
  public OffsetDateTime getWithdrawnAt() { return withdrawnAt; }
  public String getCreatedBy() { return createdBy; }

  public void setFosteredFlag(String flag) { this.fosteredFlag = flag; }
  public void setProcessInstanceId(String id) { this.processInstanceId = id; }
  public void setNeedsFinancing(boolean needs) { this.needsFinancing = needs; }
  public void setNotSelected() { leave(CandidateStatus.NOT_SELECTED); }
}
