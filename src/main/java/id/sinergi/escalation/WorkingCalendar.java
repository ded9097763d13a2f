package id.sinergi.escalation;

import id.sinergi.kernel.clock.EngineClock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Counts working days the way NTB's offices do: Monday to Friday in WITA, skipping national
 * holidays and collective leave. A deadline of N working days falls at the same time of day on
 * the N-th working day after the start day, so a step started on Friday at 10:00 with one day is
 * due on Monday at 10:00.
 */
public class WorkingCalendar {

  private final Supplier<Set<LocalDate>> holidays;

  public WorkingCalendar(Supplier<Set<LocalDate>> holidays) {
    this.holidays = holidays;
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.get().contains(day);
  }

  public Instant addWorkingDays(Instant start, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
    }
    ZonedDateTime at = start.atZone(EngineClock.ZONE);
    LocalDate day = at.toLocalDate();
    for (int counted = 0; counted < workingDays; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day.atTime(at.toLocalTime()).atZone(EngineClock.ZONE).toInstant();
  }

  /** Working days from one day to a later one, the first excluded and the last included. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }
}
