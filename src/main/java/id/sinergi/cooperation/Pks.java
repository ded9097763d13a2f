package id.sinergi.cooperation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The programme cooperation agreement (PKS Program); its periods are PksPeriod rows.
 * Fields are package-private: only this package reads and writes them.
 */
@Entity
@Table(name = "coop_pks")
public class Pks {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  long cooperationId;
  String pksNumber;
  String draftedBy;
  Instant draftedAt;

  public Long getId() {
    return id;
  }
}
