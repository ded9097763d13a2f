package id.sinergi.cooperation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One PIP–Pemda cooperation: the case the process instance works on.
 * Fields are package-private: only this package reads and writes them.
 */
@Entity
@Table(name = "coop_cooperation")
public class Cooperation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  String number;
  String pemdaCode;
  String openPemdaCode;
  @Enumerated(EnumType.STRING) CooperationStatus status;
  String currentStep;
  boolean offeredByPip;
  String background;
  String penyalurCode;
  String processInstanceId;
  String startedBy;
  Instant startedAt;
  String offerAnsweredBy;
  Instant offerAnsweredAt;
  Instant closedAt;
  String closedReason;

  public Long getId() {
    return id;
  }
}
