package id.sinergi.incubation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whether one participant attended one session. */
@Entity
@Table(name = "incubation_attendance")
public class Attendance {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long sessionId;

  @Column(nullable = false)
  private Long candidateId;

  private boolean present;

  protected Attendance() {}

  public Attendance(Long sessionId, Long candidateId, boolean present) {
    this.sessionId = sessionId;
    this.candidateId = candidateId;
    this.present = present;
  }

  public Long getId() { return id; }
  public Long getSessionId() { return sessionId; }
  public Long getCandidateId() { return candidateId; }
  public boolean isPresent() { return present; }
  public void setPresent(boolean present) { this.present = present; }
}
