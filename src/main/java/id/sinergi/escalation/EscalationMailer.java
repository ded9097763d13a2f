package id.sinergi.escalation;

import id.sinergi.escalation.EscalationProperties.Delivery;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Hands an e-mail to the SMTP server from spring.mail.*, or in the demo writes it to the log.
 * Any SMTP failure propagates, so the job that sends retries and ends as an incident.
 */
@Component
class EscalationMailer {

  private static final Logger LOG = LoggerFactory.getLogger(EscalationMailer.class);

  private final EscalationProperties properties;
  private final ObjectProvider<JavaMailSender> senders;

  EscalationMailer(EscalationProperties properties, ObjectProvider<JavaMailSender> senders) {
    this.properties = properties;
    this.senders = senders;
  }

  void send(List<String> to, String subject, String body) {
    if (properties.getMail().getDelivery() == Delivery.LOG) {
      LOG.info("E-mail (demo, not sent) to {}: {}\n{}", to, subject, body);
      return;
    }
    JavaMailSender sender = senders.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("No SMTP server configured (spring.mail.host) while "
          + "sinergi.escalation.mail.delivery is SMTP: the notification waits for it");
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.getMail().getFrom());
    message.setTo(to.toArray(String[]::new));
    message.setSubject(subject);
    message.setText(body);
    sender.send(message);
  }
}
