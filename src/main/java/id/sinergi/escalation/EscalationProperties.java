package id.sinergi.escalation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** sinergi.escalation.*: how notifications are delivered and which processes are not watched. */
@ConfigurationProperties(prefix = "sinergi.escalation")
public class EscalationProperties {

  public enum Delivery { SMTP, LOG }

  /** Processes whose steps never escalate (the ladder itself always among them). */
  private List<String> excludedProcessKeys = new ArrayList<>();

  /**
   * How many overdue steps one run of overdue-step-check escalates in one transaction; with
   * more waiting, the check runs again at once (a job per batch).
   */
  private int checkBatchSize = 100;

  /**
   * How many steps one instance of escalation-reminder reminds (two jobs: record, e-mail), at
   * most as many keys as fit its variable (about 100). The default hands each check batch over
   * whole: on a machine whose cores are busy anyway, fewer instances cost less; smaller batches
   * let more threads send at once.
   */
  private int reminderBatchSize = 100;

  /**
   * How long a node keeps the SLA table and the holiday calendar in memory before reading them
   * again. A change through the API refreshes the node that took it at once; every other node of
   * a cluster sees it at the latest this long afterwards (README, "Running N nodes").
   */
  private Duration cacheTtl = Duration.ofSeconds(10);

  /** Where links in e-mails point, e.g. https://sinergi.ntbprov.go.id. */
  private String baseUrl = "http://localhost:8080";

  private final Mail mail = new Mail();

  public static class Mail {
    /** SMTP (spring.mail.*) in production; LOG writes each e-mail to the log (demo). */
    private Delivery delivery = Delivery.SMTP;
    private String from = "sinergi@localhost";

    public Delivery getDelivery() { return delivery; }
    public void setDelivery(Delivery delivery) { this.delivery = delivery; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
  }

  public Duration getCacheTtl() { return cacheTtl; }
  public void setCacheTtl(Duration cacheTtl) { this.cacheTtl = cacheTtl; }
  public int getCheckBatchSize() { return checkBatchSize; }
  public void setCheckBatchSize(int size) { this.checkBatchSize = size; }
  public int getReminderBatchSize() { return reminderBatchSize; }
  public void setReminderBatchSize(int size) { this.reminderBatchSize = size; }
  public List<String> getExcludedProcessKeys() { return excludedProcessKeys; }
  public void setExcludedProcessKeys(List<String> keys) { this.excludedProcessKeys = keys; }
  public String getBaseUrl() { return baseUrl; }
  public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
  public Mail getMail() { return mail; }
}
