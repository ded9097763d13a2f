package id.sinergi.incubation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A curriculum module of a cohort with its trainer (practitioner, partner, government). */
@Entity
@Table(name = "incubation_module")
public class CohortModule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long cohortId;

  private int position;

  @Column(nullable = false)
  private String name;

  private String trainer;

  protected CohortModule() {}

  public CohortModule(Long cohortId, int position, String name, String trainer) {
    this.cohortId = cohortId;
    this.position = position;
    this.name = name;
    this.trainer = trainer;
  }

  public Long getId() { return id; }
  public Long getCohortId() { return cohortId; }
  public int getPosition() { return position; }
  public String getName() { return name; }
  public String getTrainer() { return trainer; }
}
