package id.sinergi.organisation;

import id.sinergi.kernel.Published;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A position such as Sekda or Kepala Dinas. Work is addressed to its Camunda group, whose
 * members are kept equal to the position's current holders, acting ones included.
 */
@Entity
@Table(name = "org_position")
@Published
public class Position {

  @Id private String code;

  @Column(nullable = false)
  private String title;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_code")
  private OrganisationUnit unit;

  @Column(nullable = false)
  private boolean headOfUnit;

  @Column(nullable = false)
  private String groupId;

  protected Position() {}

  public String getCode() { return code; }
  public String getTitle() { return title; }
  public OrganisationUnit getUnit() { return unit; }
  public boolean isHeadOfUnit() { return headOfUnit; }
  public String getGroupId() { return groupId; }
}
