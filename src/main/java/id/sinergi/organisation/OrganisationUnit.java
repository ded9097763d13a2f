package id.sinergi.organisation;

import id.sinergi.kernel.Published;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A Pemda, one of its OPDs, PIP or one of its units, a Penyalur or an incubator. */
@Entity
@Table(name = "org_unit")
@Published
public class OrganisationUnit {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  private String shortName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private UnitKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_code")
  private OrganisationUnit parent;

  /** Region code of the Pemda this unit belongs to; null for PIP, Penyalur and Kubinov. */
  private String pemdaCode;

  /** Camunda group of the unit's staff; null for a Pemda as a whole. */
  private String staffGroupId;

  @Column(nullable = false)
  private LocalDate validFrom;

  private LocalDate validTo;

  protected OrganisationUnit() {}

  public OrganisationUnit(String code, String name, UnitKind kind, OrganisationUnit parent,
      String pemdaCode, String staffGroupId, LocalDate validFrom) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.parent = parent;
    this.pemdaCode = pemdaCode;
    this.staffGroupId = staffGroupId;
    this.validFrom = validFrom;
  }

  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  public String getCode() { return code; }
  public String getName() { return name; }
  public String getShortName() { return shortName; }
  public UnitKind getKind() { return kind; }
  public OrganisationUnit getParent() { return parent; }
  public String getPemdaCode() { return pemdaCode; }
  public String getStaffGroupId() { return staffGroupId; }
  public LocalDate getValidFrom() { return validFrom; }
  public LocalDate getValidTo() { return validTo; }
}
