package id.sinergi.escalation;

import id.sinergi.organisation.OrganisationRegistry;

import id.sinergi.organisation.OrganisationUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the e-mail of one escalation at most once. The sent record is written (and flushed
 * against its unique key) before the mail leaves, in the job's transaction: if SMTP fails the
 * record rolls back with the job and the retry sends; once committed, a retry sends nothing.
 */
@Service
public class EscalationNotifier {

  private final EscalationRepository escalations;
  private final SentNotificationRepository sent;
  private final EscalationMailer mailer;
  private final WaitingTasks identity;
  private final OrganisationRegistry units;
  private final EscalationProperties properties;

  EscalationNotifier(EscalationRepository escalations, SentNotificationRepository sent,
      EscalationMailer mailer, WaitingTasks identity, OrganisationRegistry units,
      EscalationProperties properties) {
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
    Escalation escalation = escalations.findByStepKeyAndLevel(stepKey, level).orElse(null);
    if (escalation == null || escalation.getResolvedAt() != null) {
      return false;
    }
    String key = notificationKey(escalation);
    if (sent.existsByNotificationKey(key)) {
      return false;
    }
    List<String> to = emailsOf(escalation.getTargetUsers());
    String subject = subject(escalation);
    sent.saveAndFlush(new SentNotification(key, escalation.getId(), String.join(",", to), subject,
        ClockUtil.getCurrentTime().toInstant()));
    if (to.isEmpty()) {
      return false;
    }
    mailer.send(to, subject, body(escalation));
    return true;
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

  private String body(Escalation e) {
    String pemda = e.getPemdaCode() == null ? "-" : units.findUnit(e.getPemdaCode())
        .map(OrganisationUnit::getName).orElse(e.getPemdaCode());
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
