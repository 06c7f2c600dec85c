package vn.ldtbxh.thidua.deadline;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped table and the overrides file make the seed of the database's table. */
class CalendarSeedTest {

  @Test
  void theFileAddsDatesAndItsNoteWinsForADateBothHold() {
    CalendarSeed seed =
        CalendarSeed.of(
            List.of(new CalendarEntry(of(2030, 1, 2), CalendarKind.OFF, "shipped")),
            List.of(
                new CalendarEntry(of(2030, 1, 2), CalendarKind.OFF, "file"),
                new CalendarEntry(of(2030, 1, 12), CalendarKind.WORK, null)));
    assertThat(seed.entries())
        .containsExactly(
            new CalendarEntry(of(2030, 1, 2), CalendarKind.OFF, "file"),
            new CalendarEntry(of(2030, 1, 12), CalendarKind.WORK, null));
    assertThat(seed.overrides().isMakeUpWorkingDay(of(2030, 1, 12))).isTrue();
  }

  @Test
  void aDateOffInOneAndWorkedInTheOtherStopsTheStartUp() {
    assertThatThrownBy(
            () ->
                CalendarSeed.of(
                    List.of(new CalendarEntry(of(2030, 1, 2), CalendarKind.OFF, null)),
                    List.of(new CalendarEntry(of(2030, 1, 2), CalendarKind.WORK, null))))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("vừa được khai báo là ngày nghỉ vừa là ngày làm việc bù");
  }
}
