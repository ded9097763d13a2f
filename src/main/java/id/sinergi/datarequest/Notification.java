package id.sinergi.datarequest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A notice sent to an OPD's group: the request itself, a reminder or a new due date. Unique per
 * request, kind and round, so a retried job never notifies twice.
 */
@Entity
@Table(name = "datarequest_notification")
public class Notification {

  public enum Kind { REQUEST, REMINDER, EXTENSION }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long requestId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private int roundNo;

  @Column(nullable = false)
  private String recipientGroup;

  @Column(nullable = false)
  private String message;

  @Column(nullable = false)
  private OffsetDateTime createdAt;

  protected Notification() {}

  public Notification(Long requestId, Kind kind, int roundNo, String recipientGroup,
      String message, OffsetDateTime createdAt) {
    this.requestId = requestId;
    this.kind = kind;
    this.roundNo = roundNo;
    this.recipientGroup = recipientGroup;
    this.message = message;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public Long getRequestId() { return requestId; }
  public Kind getKind() { return kind; }
  public int getRoundNo() { return roundNo; }
  public String getRecipientGroup() { return recipientGroup; }
  public String getMessage() { return message; }
  public OffsetDateTime getCreatedAt() { return createdAt; }
}
