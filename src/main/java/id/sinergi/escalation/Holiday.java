package id.sinergi.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day no office works besides weekends: a national holiday or collective leave. */
@Entity
@Table(name = "esc_holiday")
public class Holiday {

  public enum Kind { LIBUR_NASIONAL, CUTI_BERSAMA, LIBUR_DAERAH }

  @Id
  @Column(name = "holiday_date")
  private LocalDate date;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private boolean provisional;

  private String source;

  protected Holiday() {}

  public Holiday(LocalDate date, String name, Kind kind, boolean provisional, String source) {
    this.date = date;
    update(name, kind, provisional, source);
  }

  void update(String name, Kind kind, boolean provisional, String source) {
    this.name = name;
    this.kind = kind;
    this.provisional = provisional;
    this.source = source;
  }

  public LocalDate getDate() { return date; }
  public String getName() { return name; }
  public Kind getKind() { return kind; }
  public boolean isProvisional() { return provisional; }
  public String getSource() { return source; }
}
