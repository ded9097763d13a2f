package id.sinergi.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One proposal of the cooperation scheme by PIP and the Pemda's response: the rounds are the negotiation history.
 * Fields are package-private: only this package reads and writes them.
 */
@Entity
@Table(name = "coop_scheme_round")
public class SchemeRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  long cooperationId;
  @Column(name = "round_no") int round;
  String synergies;
  String penyalurCode;
  int targetDebtors;
  BigDecimal targetAmount;
  String notes;
  String proposedBy;
  Instant proposedAt;
  String response;
  String counterNotes;
  Integer counterTargetDebtors;
  BigDecimal counterTargetAmount;
  String respondedBy;
  Instant respondedAt;

  public Long getId() {
    return id;
  }
}
