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
 * The Penyalur's report of one month's UMi disbursement.
 * Fields are package-private: only this package reads and writes them.
 */
@Entity
@Table(name = "coop_disbursement_report")
public class DisbursementReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  long cooperationId;
  LocalDate reportMonth;
  int debtorsReached;
  BigDecimal amountDisbursed;
  String notes;
  String reportedBy;
  Instant reportedAt;

  public Long getId() {
    return id;
  }
}
