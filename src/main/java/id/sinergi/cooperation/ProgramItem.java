package id.sinergi.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A Pemda support programme that can work together with UMi (step 1).
 * Fields are package-private: only this package reads and writes them.
 */
@Entity
@Table(name = "coop_program")
public class ProgramItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  long cooperationId;
  @Enumerated(EnumType.STRING) @Column(name = "program_type") ProgramType type;
  String name;
  BigDecimal budget;
  @Column(name = "budget_year") int year;
  String opdUnitCode;
  int targetBusinesses;
  boolean addedInSupplement;

  public Long getId() {
    return id;
  }
}
