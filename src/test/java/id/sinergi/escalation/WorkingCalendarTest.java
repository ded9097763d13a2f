package id.sinergi.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private static Instant wita(String localDateTime) {
    return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Makassar]").toInstant();
  }

  private final WorkingCalendar calendar =
      new WorkingCalendar(() -> Set.of(LocalDate.of(2026, 8, 17)));

  @Test
  void countsWeekdaysOnlyAndKeepsTheTimeOfDay() {
    assertThat(calendar.addWorkingDays(wita("2026-07-01T10:00"), 3)).isEqualTo(wita("2026-07-06T10:00"));
    assertThat(calendar.addWorkingDays(wita("2026-07-03T16:30"), 1)).isEqualTo(wita("2026-07-06T16:30"));
  }

  @Test
  void aStepStartedOnSaturdayCountsFromMonday() {
    assertThat(calendar.addWorkingDays(wita("2026-07-04T09:00"), 1)).isEqualTo(wita("2026-07-06T09:00"));
  }

  @Test
  void skipsHolidays() {
    assertThat(calendar.addWorkingDays(wita("2026-08-13T10:00"), 3)).isEqualTo(wita("2026-08-19T10:00"));
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 17))).isFalse();
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 8, 13), LocalDate.of(2026, 8, 19))).isEqualTo(3);
  }

  @Test
  void usesWitaNotUtcForTheDay() {
    // 23:30 UTC on Friday is already Saturday 07:30 in Mataram.
    assertThat(calendar.addWorkingDays(Instant.parse("2026-07-03T23:30:00Z"), 1))
        .isEqualTo(wita("2026-07-06T07:30"));
  }
}
