package id.sinergi.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notification handed to the mail server; its key makes a retried job send nothing twice. */
@Entity
@Table(name = "esc_notification")
public class SentNotification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String notificationKey;

  @Column(nullable = false)
  private Long escalationId;

  private String recipients;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private Instant sentAt;

  protected SentNotification() {}

  public SentNotification(String notificationKey, Long escalationId, String recipients,
      String subject, Instant sentAt) {
    this.notificationKey = notificationKey;
    this.escalationId = escalationId;
    this.recipients = recipients == null || recipients.length() <= 2000 ? recipients
        : recipients.substring(0, 1999) + "…";
    this.subject = subject.length() <= 300 ? subject : subject.substring(0, 299) + "…";
    this.sentAt = sentAt;
  }

  public Long getId() { return id; }
  public String getNotificationKey() { return notificationKey; }
  public Long getEscalationId() { return escalationId; }
  public String getRecipients() { return recipients; }
  public String getSubject() { return subject; }
  public Instant getSentAt() { return sentAt; }
}
