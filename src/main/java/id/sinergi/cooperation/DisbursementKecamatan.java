package id.sinergi.cooperation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One kecamatan's share of a monthly disbursement report.
 * Fields are package-private: only this package reads and writes them.
 */
@Entity
@Table(name = "coop_disbursement_kecamatan")
public class DisbursementKecamatan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  long reportId;
  String kecamatan;
  int debtors;
  BigDecimal amount;

  public Long getId() {
    return id;
  }
}
