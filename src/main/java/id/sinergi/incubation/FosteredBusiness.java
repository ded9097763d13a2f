package id.sinergi.incubation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A business an OPD fosters ('binaan') in one of its programmes. */
@Entity
@Table(name = "incubation_fostered_business")
public class FosteredBusiness {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String nik;
  private String nib;

  @Column(nullable = false)
  private String unitCode;

  @Column(nullable = false)
  private String programme;

  @Column(nullable = false)
  private LocalDate since;

  private Long candidateId;

  @Column(nullable = false)
  private OffsetDateTime createdAt;

  protected FosteredBusiness() {}

  public FosteredBusiness(String nik, String nib, String unitCode, String programme,
      LocalDate since, Long candidateId, OffsetDateTime createdAt) {
    this.nik = nik;
    this.nib = nib;
    this.unitCode = unitCode;
    this.programme = programme;
    this.since = since;
    this.candidateId = candidateId;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public String getNik() { return nik; }
  public String getNib() { return nib; }
  public String getUnitCode() { return unitCode; }
  public String getProgramme() { return programme; }
  public LocalDate getSince() { return since; }
  public Long getCandidateId() { return candidateId; }
}
