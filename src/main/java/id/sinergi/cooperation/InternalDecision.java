package id.sinergi.cooperation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The Sekda's decision on the data and the intent to cooperate.
 * Fields are package-private: only this package reads and writes them.
 */
@Entity
@Table(name = "coop_internal_decision")
public class InternalDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  long cooperationId;
  boolean approved;
  String notes;
  String decidedBy;
  Instant decidedAt;

  public Long getId() {
    return id;
  }
}
