package vn.ldtbxh.thidua.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CalendarCoverageWarningTest {

  static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  @Test
  void aYearIsCoveredByAnyEntryOfTheTable() {
    CalendarOverrides table =
        CalendarOverrides.builder()
            .dayOff(LocalDate.of(2030, 2, 1))
            .nationalDayAdjacent(LocalDate.of(2031, 9, 1))
            .build();
    assertThat(table.covers(2030)).isTrue();
    assertThat(table.covers(2031)).isTrue();
    assertThat(table.covers(2032)).isFalse();
  }

  @Test
  void theCurrentAndTheNextYearInVietnamAreCheckedAgainstTheTable() {
    WorkingDayCalendar calendar =
        new WorkingDayCalendar(
            CalendarOverrides.builder().nationalDayAdjacent(LocalDate.of(2030, 9, 3)).build());
    // 31/12/2029 18:00 UTC is already 1/1/2030 in Vietnam: 2030 is covered, 2031 is not
    assertThat(new CalendarCoverageWarning(calendar, at("2029-12-31T18:00:00Z")).missingYears())
        .containsExactly(2031);
    assertThat(new CalendarCoverageWarning(calendar, at("2029-12-31T16:00:00Z")).missingYears())
        .containsExactly(2029);
  }

  @Test
  void theShippedTableStopsAt2025() {
    WorkingDayCalendar shipped = WorkingDayCalendar.withDefaultOverrides();
    assertThat(new CalendarCoverageWarning(shipped, at("2025-06-01T00:00:00Z")).missingYears())
        .containsExactly(2026);
  }
}
