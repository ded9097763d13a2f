package id.sinergi.datarequest;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;

/** What the coordinator asks one OPD for. */
@Embeddable
public class PlanItem {

  @Column(nullable = false)
  private String opdCode;

  @Column(nullable = false)
  private String kinds;

  @Column(nullable = false)
  private LocalDate dueDate;

  private String note;

  protected PlanItem() {}

  public PlanItem(String opdCode, List<DataKind> kinds, LocalDate dueDate, String note) {
    this.opdCode = opdCode;
    this.kinds = DataKind.join(kinds);
    this.dueDate = dueDate;
    this.note = note;
  }

  public String getOpdCode() { return opdCode; }
  public List<DataKind> getKinds() { return DataKind.parse(kinds); }
  public LocalDate getDueDate() { return dueDate; }
  public String getNote() { return note; }
}
