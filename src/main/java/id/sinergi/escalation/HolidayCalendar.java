package id.sinergi.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The working-day calendar backed by the holiday table. Every waiting step asks it for a due
 * date, so the holidays are cached; a change through the API refreshes the cache at once on
 * this node, and other nodes of a cluster read the table again within
 * {@code sinergi.escalation.cache-ttl} (10 s).
 */
@Service
public class HolidayCalendar {

  private final HolidayRepository holidays;
  private final WorkingCalendar calendar = new WorkingCalendar(this::holidayDates);
  private final long reloadAfterNanos;
  private volatile Set<LocalDate> cached;
  private volatile long loadedAt;

  public HolidayCalendar(HolidayRepository holidays, EscalationProperties properties) {
    this.holidays = holidays;
    this.reloadAfterNanos = properties.getCacheTtl().toNanos();
  }

  public Instant addWorkingDays(Instant start, int workingDays) {
    return calendar.addWorkingDays(start, workingDays);
  }

  public boolean isWorkingDay(LocalDate day) {
    return calendar.isWorkingDay(day);
  }

  public int workingDaysBetween(LocalDate from, LocalDate to) {
    return calendar.workingDaysBetween(from, to);
  }

  /** Whole days between two instants, for "how long has this waited". */
  public static long daysBetween(Instant from, Instant to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  public void refresh() {
    cached = null;
  }

  private Set<LocalDate> holidayDates() {
    Set<LocalDate> dates = cached;
    if (dates == null || System.nanoTime() - loadedAt > reloadAfterNanos) {
      long readAt = System.nanoTime();
      dates = holidays.findAll().stream().map(Holiday::getDate).collect(Collectors.toUnmodifiableSet());
      cached = dates;
      loadedAt = readAt;
    }
    return dates;
  }
}
