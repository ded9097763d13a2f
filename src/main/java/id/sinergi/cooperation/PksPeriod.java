package id.sinergi.cooperation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A period of the PKS with its targets: the first one, then one per extension.
 * Fields are package-private: only this package reads and writes them.
 */
@Entity
@Table(name = "coop_pks_period")
public class PksPeriod {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  long cooperationId;
  int seq;
  LocalDate startDate;
  LocalDate endDate;
  int targetDebtors;
  BigDecimal targetAmount;
  String createdBy;
  Instant createdAt;

  public Long getId() {
    return id;
  }
}
