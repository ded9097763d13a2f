package id.sinergi.kernel.error;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * A form refused for bad input is the user's business, answered with 400 and the reason; the
 * engine would also log it as an ERROR with a long stack trace, hiding real failures.
 */
public class UserRefusalLogFilter extends TurboFilter {

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format,
      Object[] params, Throwable t) {
    if (!logger.getName().startsWith("org.camunda.bpm.engine")) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t;
    if (thrown == null && params != null && params.length > 0
        && params[params.length - 1] instanceof Throwable last) {
      thrown = last;
    }
    return isRefusal(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  static boolean isRefusal(Throwable thrown) {
    for (Throwable c = thrown; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof InvalidInputException || c instanceof ForbiddenException
          || c instanceof NotFoundException || c instanceof ConflictException) {
        return true;
      }
    }
    return false;
  }
}
