package id.sinergi.cooperation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Data the Pemda added after PIP's study asked for more.
 * Fields are package-private: only this package reads and writes them.
 */
@Entity
@Table(name = "coop_data_supplement")
public class DataSupplement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  long cooperationId;
  String notes;
  String submittedBy;
  Instant submittedAt;

  public Long getId() {
    return id;
  }
}
