package id.sinergi.incubation;

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

/** One intake of an incubator: e.g. STIPark's one-year pre-incubation for Lombok Timur. */
@Entity
@Table(name = "incubation_cohort")
public class Cohort {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String incubatorCode;

  /** The region the cohort recruits in. */
  @Column(nullable = false)
  private String pemdaCode;

  /** How many businesses the incubator aims to recruit and verify (e.g. 200). */
  private int targetSize;

  /** How many participants the classes take: selection can never exceed it. */
  private int capacity;

  @Column(nullable = false)
  private LocalDate startDate;

  private int durationMonths;

  /** Start time of the weekly session, "HH:MM" WITA; the weekday is the start date's. */
  @Column(nullable = false)
  private String sessionTime;

  private int sessionCount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CohortStatus status;

  private String processInstanceId;
  private OffsetDateTime classesEndedAt;

  @Column(nullable = false)
  private String createdBy;

  @Column(nullable = false)
  private OffsetDateTime createdAt;

  protected Cohort() {}

  public Cohort(String name, String incubatorCode, String pemdaCode, int targetSize, int capacity,
      LocalDate startDate, int durationMonths, String sessionTime, int sessionCount,
      String createdBy, OffsetDateTime createdAt) {
    this.name = name;
    this.incubatorCode = incubatorCode;
    this.pemdaCode = pemdaCode;
    this.targetSize = targetSize;
    this.capacity = capacity;
    this.startDate = startDate;
    this.durationMonths = durationMonths;
    this.sessionTime = sessionTime;
    this.sessionCount = sessionCount;
    this.status = CohortStatus.RECRUITING;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public LocalDate endDate() {
    return startDate.plusMonths(durationMonths);
  }

  public Long getId() { return id; }
  public String getName() { return name; }
  public String getIncubatorCode() { return incubatorCode; }
  public String getPemdaCode() { return pemdaCode; }
  public int getTargetSize() { return targetSize; }
  public int getCapacity() { return capacity; }
  public LocalDate getStartDate() { return startDate; }
  public int getDurationMonths() { return durationMonths; }
  public String getSessionTime() { return sessionTime; }
  public int getSessionCount() { return sessionCount; }
  public CohortStatus getStatus() { return status; }
  public String getProcessInstanceId() { return processInstanceId; }
  public OffsetDateTime getClassesEndedAt() { return classesEndedAt; }
  public String getCreatedBy() { return createdBy; }
  public OffsetDateTime getCreatedAt() { return createdAt; }

  public void setStatus(CohortStatus status) { this.status = status; }
  public void setProcessInstanceId(String id) { this.processInstanceId = id; }
  public void setClassesEndedAt(OffsetDateTime at) { this.classesEndedAt = at; }
}
