package vn.ldtbxh.thidua.deadline;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The office's change of the table is in force at once; a computation under way keeps its table.
 */
class CalendarReplacementTest {

  @Test
  void aReplacedTableIsInForceAndASnapshotKeepsTheOldOne() {
    WorkingDayCalendar calendar = WorkingDayCalendar.statutoryOnly();
    WorkingDayCalendar before = calendar.snapshot();
    // Wednesday 15/12/2027
    assertThat(calendar.isWorkingDay(of(2027, 12, 15))).isTrue();
    calendar.replaceOverrides(CalendarOverrides.builder().dayOff(of(2027, 12, 15)).build());
    assertThat(calendar.isWorkingDay(of(2027, 12, 15))).isFalse();
    assertThat(calendar.workingDayOnOrAfter(of(2027, 12, 15))).isEqualTo(of(2027, 12, 16));
    assertThat(before.isWorkingDay(of(2027, 12, 15))).isTrue();
  }

  @Test
  void aCalculatorOnAnotherTableComparesAChange() {
    DeadlineCalculator live =
        new DeadlineCalculator(WorkingDayCalendar.statutoryOnly(), DeadlineSettings.defaults());
    DeadlineCalculator changed =
        live.on(CalendarOverrides.builder().dayOff(of(2027, 12, 15)).build());
    assertThat(changed.schedule(of(2027, 12, 15)).effectiveDate()).isEqualTo(of(2027, 12, 16));
    assertThat(live.schedule(of(2027, 12, 15)).effectiveDate()).isEqualTo(of(2027, 12, 15));
  }
}
