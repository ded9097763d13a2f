package id.sinergi.incubation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A month's mentoring note on one participant. */
@Entity
@Table(name = "incubation_mentoring_note")
public class MentoringNote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long candidateId;

  private int monthNumber;

  @Column(nullable = false)
  private String topics;

  @Column(nullable = false)
  private String note;

  @Column(nullable = false)
  private String mentor;

  @Column(nullable = false)
  private OffsetDateTime createdAt;

  protected MentoringNote() {}

  public MentoringNote(Long candidateId, int monthNumber, String topics, String note,
      String mentor, OffsetDateTime createdAt) {
    this.candidateId = candidateId;
    this.monthNumber = monthNumber;
    this.topics = topics;
    this.note = note;
    this.mentor = mentor;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public Long getCandidateId() { return candidateId; }
  public int getMonthNumber() { return monthNumber; }
  public String getTopics() { return topics; }
  public String getNote() { return note; }
  public String getMentor() { return mentor; }
  public OffsetDateTime getCreatedAt() { return createdAt; }
}
