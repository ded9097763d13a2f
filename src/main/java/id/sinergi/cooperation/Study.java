package id.sinergi.cooperation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * PIP's study (kajian) of one request, with the Pemda's answer where one was asked.
 * Fields are package-private: only this package reads and writes them.
 */
@Entity
@Table(name = "coop_study")
public class Study {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  long cooperationId;
  @Enumerated(EnumType.STRING) StudyOutcome outcome;
  String summary;
  String missingData;
  String reason;
  String studiedBy;
  Instant studiedAt;
  String answer;
  String answeredBy;
  Instant answeredAt;

  public Long getId() {
    return id;
  }
}
