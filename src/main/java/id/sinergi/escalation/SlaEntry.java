package id.sinergi.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A service level: how many working days a step may wait, and after how many more working days
 * past its due date it escalates to level 2 and then level 3. {@link #ANY} in a key column makes
 * the row a default (process-wide, global, or for every Pemda).
 */
@Entity
@Table(name = "esc_sla")
public class SlaEntry {

  public static final String ANY = "*";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String processKey;

  @Column(nullable = false)
  private String activityId;

  @Column(nullable = false)
  private String pemdaCode;

  @Column(nullable = false)
  private int dueWorkingDays;

  @Column(name = "level2_after_days", nullable = false)
  private int level2AfterDays;

  @Column(name = "level3_after_days", nullable = false)
  private int level3AfterDays;

  private String responsibleGroup;

  @Column(nullable = false)
  private Instant updatedAt;

  protected SlaEntry() {}

  public SlaEntry(String processKey, String activityId, String pemdaCode) {
    this.processKey = processKey;
    this.activityId = activityId;
    this.pemdaCode = pemdaCode;
  }

  void update(int dueWorkingDays, int level2AfterDays, int level3AfterDays,
      String responsibleGroup, Instant now) {
    this.dueWorkingDays = dueWorkingDays;
    this.level2AfterDays = level2AfterDays;
    this.level3AfterDays = level3AfterDays;
    this.responsibleGroup = responsibleGroup;
    this.updatedAt = now;
  }

  /** How closely the row matches a step: an exact activity beats a Pemda, both beat defaults. */
  int specificity() {
    return (ANY.equals(processKey) ? 0 : 4) + (ANY.equals(activityId) ? 0 : 2)
        + (ANY.equals(pemdaCode) ? 0 : 1);
  }

  public Long getId() { return id; }
  public String getProcessKey() { return processKey; }
  public String getActivityId() { return activityId; }
  public String getPemdaCode() { return pemdaCode; }
  public int getDueWorkingDays() { return dueWorkingDays; }
  public int getLevel2AfterDays() { return level2AfterDays; }
  public int getLevel3AfterDays() { return level3AfterDays; }
  public String getResponsibleGroup() { return responsibleGroup; }
  public Instant getUpdatedAt() { return updatedAt; }
}
