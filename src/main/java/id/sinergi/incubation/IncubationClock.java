package id.sinergi.incubation;

import id.sinergi.kernel.clock.EngineClock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Now and today in NTB (WITA), following the engine clock so tests that move time move it. */
final class IncubationClock {

  private IncubationClock() {}

  static OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atZone(EngineClock.ZONE)
        .toOffsetDateTime();
  }

  static LocalDate today() {
    return EngineClock.today();
  }
}
