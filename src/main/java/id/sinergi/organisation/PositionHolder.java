package id.sinergi.organisation;

import id.sinergi.kernel.Published;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One official's tenure in a position, definitive or acting. */
@Entity
@Table(name = "org_position_holder")
@Published
public class PositionHolder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "position_code")
  private Position position;

  @Column(nullable = false)
  private String userId;

  @Column(nullable = false)
  private String holderName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Appointment appointment;

  @Column(nullable = false)
  private LocalDate validFrom;

  private LocalDate validTo;

  protected PositionHolder() {}

  public PositionHolder(Position position, String userId, String holderName,
      Appointment appointment, LocalDate validFrom, LocalDate validTo) {
    this.position = position;
    this.userId = userId;
    this.holderName = holderName;
    this.appointment = appointment;
    this.validFrom = validFrom;
    this.validTo = validTo;
  }

  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  void end(LocalDate lastDay) {
    this.validTo = lastDay;
  }

  public Long getId() { return id; }
  public Position getPosition() { return position; }
  public String getUserId() { return userId; }
  public String getHolderName() { return holderName; }
  public Appointment getAppointment() { return appointment; }
  public LocalDate getValidFrom() { return validFrom; }
  public LocalDate getValidTo() { return validTo; }
}
