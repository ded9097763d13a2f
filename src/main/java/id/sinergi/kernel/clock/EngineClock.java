package id.sinergi.kernel.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of Sinergi: the engine's, so a test that moves {@code ClockUtil} moves every
 * due date, "today" and timestamp with it. NTB's offices keep WITA (UTC+8).
 */
public final class EngineClock {

  public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

  private EngineClock() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Today in NTB. */
  public static LocalDate today() {
    return now().atZone(ZONE).toLocalDate();
  }

  public static ZonedDateTime nowInNtb() {
    return now().atZone(ZONE);
  }

  public static OffsetDateTime nowUtc() {
    return OffsetDateTime.ofInstant(now(), java.time.ZoneOffset.UTC);
  }
}
