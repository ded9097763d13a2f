package id.sinergi.cooperation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One party's signature of the Dokumen Kesepakatan or the PKS (the signed PDF is a document).
 * Fields are package-private: only this package reads and writes them.
 */
@Entity
@Table(name = "coop_signature")
public class Signature {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  long cooperationId;
  @Enumerated(EnumType.STRING) SignedDocument document;
  @Enumerated(EnumType.STRING) Party party;
  String documentNumber;
  LocalDate signedOn;
  String signerName;
  String recordedBy;
  Instant recordedAt;

  public Long getId() {
    return id;
  }
}
