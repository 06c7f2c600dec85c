package vn.ldtbxh.thidua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {

  private final VietnameseLunarCalendar lunar = new VietnameseLunarCalendar();

  @ParameterizedTest(name = "Tết {0} = {1}")
  @CsvSource({
    "2018, 2018-02-16",
    "2019, 2019-02-05",
    "2020, 2020-01-25",
    "2021, 2021-02-12",
    "2022, 2022-02-01",
    "2023, 2023-01-22",
    "2024, 2024-02-10",
    "2025, 2025-01-29",
    "2026, 2026-02-17",
    "2027, 2027-02-06",
    "2028, 2028-01-26",
    "2029, 2029-02-13",
    // The new moon of February 2030 is at 16:08 UTC on 2 February: 23:08 in Vietnam (UTC+7)
    // but 00:08 on 3 February in China (UTC+8). Vietnamese Tết is 2 February; 3 February is
    // the Chinese (UTC+8) date.
    "2030, 2030-02-02",
  })
  void tetFallsOnTheVietnameseDate(int year, LocalDate expected) {
    assertThat(lunar.tet(year)).isEqualTo(expected);
    assertThat(lunar.toLunar(expected)).isEqualTo(LunarDate.of(1, 1, year));
  }

  @Test
  void vietnameseTetDiffersFromChineseNewYearWhereTheNewMoonIsBetweenMidnightsOfUtc7AndUtc8() {
    // Well-known differences: 2007 (China 18/2) and 1985 (China 20/2).
    assertThat(lunar.tet(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
    assertThat(lunar.tet(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
  }

  @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
  @CsvSource({
    "2018, 2018-04-25",
    "2019, 2019-04-14",
    "2020, 2020-04-02",
    "2021, 2021-04-21",
    "2022, 2022-04-10",
    "2023, 2023-04-29", // after the leap 2nd month of 2023
    "2024, 2024-04-18",
    "2025, 2025-04-07",
    "2026, 2026-04-26",
  })
  void hungKingsDayIsTenthOfThirdLunarMonth(int year, LocalDate expected) {
    assertThat(lunar.hungKingsDay(year)).isEqualTo(expected);
    assertThat(lunar.toLunar(expected)).isEqualTo(LunarDate.of(10, 3, year));
  }

  @ParameterizedTest(name = "last day of lunar year {0} = {1} (day {2})")
  @CsvSource({
    "2017, 2018-02-15, 30",
    "2022, 2023-01-21, 30",
    "2023, 2024-02-09, 30",
    "2024, 2025-01-28, 29", // Tết Ất Tỵ 2025 had no "30 Tết"
  })
  void lastDayOfLunarYearIsLastDayOfTwelfthMonth(int lunarYear, LocalDate expected, int day) {
    assertThat(lunar.lastDayOfLunarYear(lunarYear)).isEqualTo(expected);
    assertThat(lunar.toLunar(expected)).isEqualTo(LunarDate.of(day, 12, lunarYear));
    assertThat(lunar.toLunar(expected.plusDays(1))).isEqualTo(LunarDate.of(1, 1, lunarYear + 1));
  }

  @ParameterizedTest(name = "leap month {1} of {2} starts {0}")
  @CsvSource({
    "2020-05-23, 4, 2020",
    "2023-03-22, 2, 2023",
    "2025-07-25, 6, 2025",
  })
  void leapMonthsAreRecognised(LocalDate firstDay, int month, int year) {
    LunarDate leapFirst = new LunarDate(1, month, year, true);
    assertThat(lunar.toLunar(firstDay)).isEqualTo(leapFirst);
    assertThat(lunar.toSolar(leapFirst)).isEqualTo(firstDay);
    // the day before is the last day (30) of the regular month of the same number
    assertThat(lunar.toLunar(firstDay.minusDays(1))).isEqualTo(LunarDate.of(30, month, year));
  }

  @Test
  void roundTripsAndConsecutiveDaysAreConsistentFrom1990To2040() {
    LocalDate end = LocalDate.of(2040, 12, 31);
    LunarDate previous = lunar.toLunar(LocalDate.of(1989, 12, 31));
    for (LocalDate day = LocalDate.of(1990, 1, 1); !day.isAfter(end); day = day.plusDays(1)) {
      LunarDate current = lunar.toLunar(day);
      assertThat(lunar.toSolar(current)).as("round trip of %s (%s)", day, current).isEqualTo(day);
      if (current.day() == 1) {
        assertThat(previous.day()).as("month before %s ends on day 29 or 30", day).isIn(29, 30);
        if (current.month() == 1 && !current.leap()) {
          assertThat(current.year()).isEqualTo(previous.year() + 1);
        }
      } else {
        assertThat(current)
            .isEqualTo(
                new LunarDate(
                    previous.day() + 1, previous.month(), previous.year(), previous.leap()));
      }
      previous = current;
    }
  }

  @Test
  void rejectsLunarDatesThatDoNotExist() {
    assertThatThrownBy(() -> lunar.toSolar(new LunarDate(1, 5, 2020, true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("không tồn tại");
    assertThatThrownBy(() -> lunar.toSolar(new LunarDate(1, 3, 2024, true)))
        .hasMessageContaining("không tồn tại");
    // the 12th month of lunar year 2024 has 29 days
    assertThatThrownBy(() -> lunar.toSolar(LunarDate.of(30, 12, 2024)))
        .hasMessageContaining("không tồn tại");
    assertThatThrownBy(() -> LunarDate.of(31, 1, 2024)).hasMessageContaining("Ngày âm lịch");
  }

  @Test
  void rejectsYearsOutsideTheSupportedRange() {
    assertThatThrownBy(() -> lunar.toLunar(LocalDate.of(1800, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("chỉ hỗ trợ");
  }
}
