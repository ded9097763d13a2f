package id.sinergi.cooperation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The Pemda's cooperation request letter (the signed PDF is a document of kind SURAT_PERMOHONAN).
 * Fields are package-private: only this package reads and writes them.
 */
@Entity
@Table(name = "coop_request_letter")
public class RequestLetter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  long cooperationId;
  String letterNumber;
  LocalDate letterDate;
  String notes;
  String submittedBy;
  Instant submittedAt;

  public Long getId() {
    return id;
  }
}
