package id.sinergi.datarequest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A support programme, mentor or training an OPD listed.
 *
 * @see DataKind
 */
@Entity
@Table(name = "datarequest_item")
public class DataItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long requestId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DataKind kind;

  @Column(nullable = false)
  private String name;

  private String detail;
  /** Budget of a programme, in rupiah. */
  private BigDecimal amount;
  /** Businesses reached by a programme, participants of a training. */
  private Integer quantity;
  private LocalDate startDate;

  protected DataItem() {}

  public DataItem(Long requestId, DataKind kind, String name, String detail, BigDecimal amount,
      Integer quantity, LocalDate startDate) {
    this.requestId = requestId;
    this.kind = kind;
    this.name = name;
    this.detail = detail;
    this.amount = amount;
    this.quantity = quantity;
    this.startDate = startDate;
  }

  public Long getId() { return id; }
  public Long getRequestId() { return requestId; }
  public DataKind getKind() { return kind; }
  public String getName() { return name; }
  public String getDetail() { return detail; }
  public BigDecimal getAmount() { return amount; }
  public Integer getQuantity() { return quantity; }
  public LocalDate getStartDate() { return startDate; }
}
