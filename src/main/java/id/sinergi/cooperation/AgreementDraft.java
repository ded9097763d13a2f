package id.sinergi.cooperation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * PIP's draft of the Dokumen Kesepakatan.
 * Fields are package-private: only this package reads and writes them.
 */
@Entity
@Table(name = "coop_agreement")
public class AgreementDraft {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  long cooperationId;
  String title;
  String commitments;
  String draftedBy;
  Instant draftedAt;

  public Long getId() {
    return id;
  }
}
