package id.sinergi.operations;

import ch.qos.logback.classic.spi.IThrowableProxy;
import id.sinergi.kernel.PersonalData;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Stack traces ({@code %wEx}, Spring Boot's default) with every NIK masked: an exception message
 * often quotes the value that broke a rule.
 */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(IThrowableProxy throwableProxy) {
    return PersonalData.mask(super.throwableProxyToString(throwableProxy));
  }
}
