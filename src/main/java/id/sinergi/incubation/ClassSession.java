package id.sinergi.incubation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One weekly class of a cohort, teaching one module. */
@Entity
@Table(name = "incubation_session")
public class ClassSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long cohortId;

  private int number;

  @Column(nullable = false)
  private LocalDate sessionDate;

  @Column(nullable = false)
  private Long moduleId;

  private String recordedBy;
  private OffsetDateTime recordedAt;

  protected ClassSession() {}

  public ClassSession(Long cohortId, int number, LocalDate sessionDate, Long moduleId) {
    this.cohortId = cohortId;
    this.number = number;
    this.sessionDate = sessionDate;
    this.moduleId = moduleId;
  }

  public void recorded(String userId, OffsetDateTime at) {
    this.recordedBy = userId;
    this.recordedAt = at;
  }

  public Long getId() { return id; }
  public Long getCohortId() { return cohortId; }
  public int getNumber() { return number; }
  public LocalDate getSessionDate() { return sessionDate; }
  public Long getModuleId() { return moduleId; }
  public String getRecordedBy() { return recordedBy; }
  public OffsetDateTime getRecordedAt() { return recordedAt; }
}
