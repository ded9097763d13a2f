package id.sinergi.datarequest;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One run of the data request process: a coordinator asking several OPDs of one Pemda. */
@Entity
@Table(name = "datarequest_case")
public class DataRequestCase {

  public enum Status { OPEN, CLOSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String processInstanceId;

  @Column(nullable = false)
  private String pemdaCode;

  @Column(nullable = false)
  private String requesterGroup;

  private String callerReference;

  @Column(nullable = false)
  private String dataKinds;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.OPEN;

  @Column(nullable = false)
  private int reminderRound;

  @Column(nullable = false)
  private OffsetDateTime createdAt;

  private OffsetDateTime closedAt;
  private String closedBy;

  @ElementCollection
  @CollectionTable(name = "datarequest_plan_item", joinColumns = @JoinColumn(name = "case_id"))
  private List<PlanItem> plan = new ArrayList<>();

  protected DataRequestCase() {}

  public DataRequestCase(String processInstanceId, String pemdaCode, String requesterGroup,
      String callerReference, String dataKinds, OffsetDateTime createdAt) {
    this.processInstanceId = processInstanceId;
    this.pemdaCode = pemdaCode;
    this.requesterGroup = requesterGroup;
    this.callerReference = callerReference;
    this.dataKinds = dataKinds;
    this.createdAt = createdAt;
  }

  public void replacePlan(List<PlanItem> items) {
    plan.clear();
    plan.addAll(items);
  }

  public int nextReminderRound() {
    return ++reminderRound;
  }

  public void close(String userId, OffsetDateTime at) {
    if (status == Status.OPEN) {
      status = Status.CLOSED;
      closedBy = userId;
      closedAt = at;
    }
  }

  public Long getId() { return id; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getPemdaCode() { return pemdaCode; }
  public String getRequesterGroup() { return requesterGroup; }
  public String getCallerReference() { return callerReference; }
  public List<DataKind> getDataKinds() { return DataKind.parse(dataKinds); }
  public Status getStatus() { return status; }
  public int getReminderRound() { return reminderRound; }
  public OffsetDateTime getCreatedAt() { return createdAt; }
  public OffsetDateTime getClosedAt() { return closedAt; }
  public String getClosedBy() { return closedBy; }
  public List<PlanItem> getPlan() { return List.copyOf(plan); }
}
