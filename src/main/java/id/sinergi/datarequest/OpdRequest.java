package id.sinergi.datarequest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The request to one OPD within a case, and its answer. */
@Entity
@Table(name = "datarequest_request")
public class OpdRequest {

  public enum Status { OPEN, ANSWERED, REFUSED, NOT_ANSWERED }

  public enum Channel { FORM, UPLOAD, REST }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long caseId;

  @Column(nullable = false)
  private String pemdaCode;

  @Column(nullable = false)
  private String opdCode;

  @Column(nullable = false)
  private String staffGroup;

  @Column(nullable = false)
  private String kinds;

  @Column(nullable = false)
  private LocalDate dueDate;

  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.OPEN;

  private String taskId;
  private String refusalReason;

  @Enumerated(EnumType.STRING)
  private Channel answerChannel;

  private String answeredBy;
  private OffsetDateTime answeredAt;

  @Column(nullable = false)
  private OffsetDateTime createdAt;

  protected OpdRequest() {}

  public OpdRequest(Long caseId, String pemdaCode, String opdCode, String staffGroup,
      List<DataKind> kinds, LocalDate dueDate, String note, OffsetDateTime createdAt) {
    this.caseId = caseId;
    this.pemdaCode = pemdaCode;
    this.opdCode = opdCode;
    this.staffGroup = staffGroup;
    this.kinds = DataKind.join(kinds);
    this.dueDate = dueDate;
    this.note = note;
    this.createdAt = createdAt;
  }

  public void answer(Channel channel, String userId, OffsetDateTime at) {
    status = Status.ANSWERED;
    answerChannel = channel;
    answeredBy = userId;
    answeredAt = at;
    refusalReason = null;
  }

  public void refuse(String reason, Channel channel, String userId, OffsetDateTime at) {
    status = Status.REFUSED;
    refusalReason = reason;
    answerChannel = channel;
    answeredBy = userId;
    answeredAt = at;
  }

  public void markNotAnswered() {
    if (status == Status.OPEN) {
      status = Status.NOT_ANSWERED;
    }
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  public void extendTo(LocalDate newDueDate) {
    this.dueDate = newDueDate;
  }

  public void attachTask(String taskId) {
    this.taskId = taskId;
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public String getPemdaCode() { return pemdaCode; }
  public String getOpdCode() { return opdCode; }
  public String getStaffGroup() { return staffGroup; }
  public List<DataKind> getKinds() { return DataKind.parse(kinds); }
  public LocalDate getDueDate() { return dueDate; }
  public String getNote() { return note; }
  public Status getStatus() { return status; }
  public String getTaskId() { return taskId; }
  public String getRefusalReason() { return refusalReason; }
  public Channel getAnswerChannel() { return answerChannel; }
  public String getAnsweredBy() { return answeredBy; }
  public OffsetDateTime getAnsweredAt() { return answeredAt; }
  public OffsetDateTime getCreatedAt() { return createdAt; }
}
