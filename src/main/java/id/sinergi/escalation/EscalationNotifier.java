package id.sinergi.escalation;

import id.sinergi.organisation.OrganisationRegistry;

import id.sinergi.organisation.OrganisationUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mail of an escalation once (one escalation of a ladder, or a batch of reminders).
 * The sent record (unique key per escalation) is committed in a transaction of its own before
 * the mail leaves: if SMTP refuses, the record is removed again and the job fails, so its retry
 * sends; once the mail was handed over, a retry finds the record and sends nothing, even when the
 * job's own transaction could not commit (the database went away just after the hand-over, the
 * node died). Written in the job's transaction instead, that moment made the retry send the
 * e-mail a second time (the chaos run saw 3 of 400). What remains: a node killed during the SMTP
 * conversation itself leaves records for e-mails that may not have left (logged with the key
 * when the retry skips them).
 */
@Service
public class EscalationNotifier {

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(EscalationNotifier.class);

  private final EscalationRepository escalations;
  private final SentNotificationRepository sent;
  private final EscalationMailer mailer;
  private final WaitingTasks identity;
  private final OrganisationRegistry units;
  private final EscalationProperties properties;
  /** The sent record's own transaction, committed before the mail leaves. */
  private final TransactionTemplate own;

  EscalationNotifier(EscalationRepository escalations, SentNotificationRepository sent,
      EscalationMailer mailer, WaitingTasks identity, OrganisationRegistry units,
      EscalationProperties properties, PlatformTransactionManager transactions) {
    this.own = new TransactionTemplate(transactions);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.escalations = escalations;
    this.sent = sent;
    this.mailer = mailer;
    this.identity = identity;
    this.units = units;
    this.properties = properties;
  }

  static String notificationKey(Escalation escalation) {
    return "escalation-" + escalation.getId() + "-email";
  }

  /** @return true when an e-mail was handed to the mail server by this call */
  @Transactional
  public boolean notify(String stepKey, int level) {
    return escalations.findByStepKeyAndLevel(stepKey, level)
        .map(escalation -> notifyAll(List.of(escalation)) == 1).orElse(false);
  }

  /**
   * Sends the e-mails of a batch of escalations (a batch of reminders), each once. What of it was
   * sent before is read in one query; the sent records of the rest are committed together in one
   * transaction of their own before the e-mails leave one by one. If the mail server refuses one,
   * the records of it and of those after it are removed again and the job fails, so its retry
   * sends exactly those. The price of one commit per batch instead of one per e-mail: a node
   * killed while it hands the batch over may lose the batch's e-mails that had not left yet
   * (their records say sent; the retry logs each key it skips).
   *
   * @return how many e-mails were handed to the mail server by this call
   */
  @Transactional
  public int notifyAll(List<Escalation> batch) {
    if (batch.isEmpty()) {
      return 0;
    }
    Set<String> sentBefore = new HashSet<>(sent.findSentKeys(
        batch.stream().map(EscalationNotifier::notificationKey).toList()));
    List<SentNotification> records = new ArrayList<>();
    List<String[]> mails = new ArrayList<>();
    Map<String, String> pemdaNames = new HashMap<>();
    for (Escalation e : batch.stream().sorted(Comparator.comparing(Escalation::getId)).toList()) {
      String key = notificationKey(e);
      if (e.getResolvedAt() != null) {
        continue;
      }
      if (sentBefore.contains(key)) {
        LOG.info("Notification {} was handed to the mail server before; not sent again", key);
        continue;
      }
      List<String> to = emailsOf(e.getTargetUsers());
      String subject = subject(e);
      records.add(new SentNotification(key, e.getId(), String.join(",", to), subject,
          ClockUtil.getCurrentTime().toInstant()));
      if (!to.isEmpty()) {
        mails.add(new String[] {key, String.join(",", to), subject, body(e, pemdaNames)});
      }
    }
    own.executeWithoutResult(status -> sent.saveAllAndFlush(records));
    for (int i = 0; i < mails.size(); i++) {
      String[] mail = mails.get(i);
      try {
        mailer.send(List.of(mail[1].split(",")), mail[2], mail[3]);
      } catch (RuntimeException refused) {
        List<String> unsent = mails.subList(i, mails.size()).stream().map(m -> m[0]).toList();
        own.executeWithoutResult(status -> unsent.forEach(sent::deleteByNotificationKey));
        throw refused;
      }
    }
    return mails.size();
  }

  private List<String> emailsOf(String userIds) {
    List<String> emails = new ArrayList<>();
    if (userIds == null || userIds.isBlank()) {
      return emails;
    }
    for (String userId : Arrays.stream(userIds.split(",")).map(String::trim).distinct().toList()) {
      String email = identity.email(userId);
      if (!email.isEmpty()) {
        emails.add(email);
      }
    }
    return emails;
  }

  static String subject(Escalation e) {
    return switch (e.getLevel()) {
      case 1 -> "[Sinergi] Pengingat: \"" + e.getStepName() + "\" melewati tenggat";
      default -> "[Sinergi] Eskalasi tingkat " + e.getLevel() + ": \"" + e.getStepName()
          + "\" tertunda " + ageDays(e) + " hari";
    };
  }

  private String body(Escalation e, Map<String, String> pemdaNames) {
    String pemda = e.getPemdaCode() == null ? "-" : pemdaNames.computeIfAbsent(e.getPemdaCode(),
        code -> units.findUnit(code).map(OrganisationUnit::getName).orElse(code));
    StringBuilder text = new StringBuilder()
        .append("Yth. Bapak/Ibu,\n\n")
        .append(switch (e.getLevel()) {
          case 1 -> "langkah berikut sudah melewati tenggatnya dan menunggu tindakan Anda.";
          case 2 -> "langkah berikut di unit yang Anda pimpin tertunda melewati tenggat. "
              + "Tugas \"Tindak lanjuti langkah tertunda\" menunggu Anda di Tasklist.";
          default -> "langkah berikut tetap tertunda setelah eskalasi ke kepala unit. "
              + "Mohon koordinasi untuk menuntaskannya.";
        })
        .append("\n\nLangkah: ").append(e.getStepName())
        .append("\nProses: ").append(e.getProcessKey())
        .append(e.getBusinessKey() == null ? "" : " (" + e.getBusinessKey() + ")")
        .append("\nPemda: ").append(pemda)
        .append("\nMulai menunggu: ").append(StalledStepEscalation.WHEN.format(e.getStepStartedAt()))
        .append("\nTenggat: ").append(StalledStepEscalation.WHEN.format(e.getDueAt()))
        .append("\nLama menunggu: ").append(ageDays(e)).append(" hari")
        .append("\nPemegang saat ini: ").append(e.getHolder() == null ? "-" : e.getHolder())
        .append("\nTingkat eskalasi: ").append(e.getLevel());
    if (e.getUnansweredOpds() != null) {
      text.append("\nOPD yang belum menjawab permintaan data: ").append(e.getUnansweredOpds());
    }
    if (e.getTaskId() != null) {
      text.append("\n\nBuka di Tasklist: ").append(properties.getBaseUrl())
          .append("/camunda/app/tasklist/default/#/?task=").append(e.getTaskId());
    }
    return text.append("\n\nPesan ini dikirim otomatis oleh Sinergi.\n").toString();
  }

  private static long ageDays(Escalation e) {
    return HolidayCalendar.daysBetween(e.getStepStartedAt(), e.getEscalatedAt());
  }
}
