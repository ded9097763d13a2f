package id.sinergi.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A quarterly or final evaluation of the cooperation, led by PIP with the Pemda.
 * Fields are package-private: only this package reads and writes them.
 */
@Entity
@Table(name = "coop_evaluation")
public class Evaluation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  long cooperationId;
  @Enumerated(EnumType.STRING) EvaluationKind kind;
  int periodSeq;
  @Column(name = "quarter_no") Integer quarter;
  String pemdaParticipants;
  String progressAssessment;
  String findings;
  String recommendations;
  String decision;
  String evaluatedBy;
  Instant evaluatedAt;

  public Long getId() {
    return id;
  }
}
