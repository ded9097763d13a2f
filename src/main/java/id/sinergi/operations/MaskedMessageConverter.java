package id.sinergi.operations;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import id.sinergi.kernel.PersonalData;

/**
 * The log message ({@code %m}) with every NIK masked, whoever logged it: Sinergi, Camunda, a
 * library quoting a value it could not parse. Registered in {@code logback-spring.xml}.
 */
public class MaskedMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return PersonalData.mask(super.convert(event));
  }
}
