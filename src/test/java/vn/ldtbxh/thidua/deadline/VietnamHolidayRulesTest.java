package vn.ldtbxh.thidua.deadline;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Holidays and compensatory days. Expected lists are derived by hand from the rules stated in the
 * class Javadoc of {@link VietnamHolidayRules}, with the weekday noted for every date.
 */
class VietnamHolidayRulesTest {

  private static List<LocalDate> daysOff(WorkingDayCalendar calendar, int year) {
    return calendar.holidays(year).stream().map(Holiday::date).toList();
  }

  @Nested
  class StatutoryRulesOnly {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.statutoryOnly();

    @Test
    void year2018() {
      // 1/1 Mon. Tết: 15/2 Thu (30 Chạp), 16/2 Fri .. 19/2 Mon; 17/2 Sat and 18/2 Sun give
      // two compensatory days after the block: 20/2 Tue, 21/2 Wed. Giỗ Tổ 25/4 Wed.
      // 30/4 Mon, 1/5 Tue. 2/9 Sun -> compensatory Mon 3/9 (no adjacent day before 2021).
      assertThat(daysOff(calendar, 2018))
          .containsExactly(
              of(2018, 1, 1),
              of(2018, 2, 15),
              of(2018, 2, 16),
              of(2018, 2, 17),
              of(2018, 2, 18),
              of(2018, 2, 19),
              of(2018, 2, 20),
              of(2018, 2, 21),
              of(2018, 4, 25),
              of(2018, 4, 30),
              of(2018, 5, 1),
              of(2018, 9, 2),
              of(2018, 9, 3));
      assertThat(calendar.holidayOn(of(2018, 9, 3)))
          .map(Holiday::type)
          .contains(HolidayType.COMPENSATORY);
      assertThat(calendar.isWorkingDay(of(2018, 9, 4))).isTrue();
    }

    @Test
    void year2020HasNoDayAdjacentToNationalDayBeforeLabourCode2019() {
      // 1/1 Wed. Tết: 24/1 Fri .. 28/1 Tue; 25/1 Sat, 26/1 Sun -> 29/1 Wed, 30/1 Thu.
      assertThat(daysOff(calendar, 2020))
          .containsExactly(
              of(2020, 1, 1),
              of(2020, 1, 24),
              of(2020, 1, 25),
              of(2020, 1, 26),
              of(2020, 1, 27),
              of(2020, 1, 28),
              of(2020, 1, 29),
              of(2020, 1, 30),
              of(2020, 4, 2),
              of(2020, 4, 30),
              of(2020, 5, 1),
              of(2020, 9, 2));
      assertThat(calendar.isWorkingDay(of(2020, 9, 3))).isTrue();
    }

    @Test
    void year2021AddsTheThirdOfSeptember() {
      assertThat(calendar.holidayOn(of(2021, 9, 2)))
          .map(Holiday::type)
          .contains(HolidayType.NATIONAL_DAY);
      assertThat(calendar.holidayOn(of(2021, 9, 3)))
          .map(Holiday::type)
          .contains(HolidayType.NATIONAL_DAY_ADJACENT);
      assertThat(of(2021, 9, 3).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
      // Thu + Fri off, no compensatory day; Monday 6/9 is a working day.
      assertThat(calendar.isWorkingDay(of(2021, 9, 6))).isTrue();
      // 1/5/2021 Sat -> compensatory Mon 3/5.
      assertThat(calendar.holidayOn(of(2021, 5, 3)))
          .map(Holiday::type)
          .contains(HolidayType.COMPENSATORY);
    }

    @Test
    void year2022WeekendHolidaysGiveCompensatoryMondays() {
      // 1/1 Sat -> 3/1 Mon. Giỗ Tổ 10/4 Sun -> 11/4 Mon. 30/4 Sat, 1/5 Sun -> 2/5 Mon, 3/5 Tue.
      // 2/9 Fri, 3/9 Sat (adjacent day) -> 5/9 Mon.
      assertThat(daysOff(calendar, 2022))
          .containsExactly(
              of(2022, 1, 1),
              of(2022, 1, 3),
              of(2022, 1, 31),
              of(2022, 2, 1),
              of(2022, 2, 2),
              of(2022, 2, 3),
              of(2022, 2, 4),
              of(2022, 4, 10),
              of(2022, 4, 11),
              of(2022, 4, 30),
              of(2022, 5, 1),
              of(2022, 5, 2),
              of(2022, 5, 3),
              of(2022, 9, 2),
              of(2022, 9, 3),
              of(2022, 9, 5));
    }

    @Test
    void year2023CompensatoryDaysComeAfterTheWholeBlockInDateOrder() {
      // Tết: 21/1 Sat (30 Chạp), 22/1 Sun, 23/1 Mon, 24/1 Tue, 25/1 Wed -> 26/1 Thu, 27/1 Fri.
      // Giỗ Tổ 29/4 Sat, 30/4 Sun, 1/5 Mon -> 2/5 Tue, 3/5 Wed (1/5 is already off).
      // 2/9 Sat, 3/9 Sun -> 4/9 Mon, 5/9 Tue.
      assertThat(daysOff(calendar, 2023))
          .containsExactly(
              of(2023, 1, 1),
              of(2023, 1, 2),
              of(2023, 1, 21),
              of(2023, 1, 22),
              of(2023, 1, 23),
              of(2023, 1, 24),
              of(2023, 1, 25),
              of(2023, 1, 26),
              of(2023, 1, 27),
              of(2023, 4, 29),
              of(2023, 4, 30),
              of(2023, 5, 1),
              of(2023, 5, 2),
              of(2023, 5, 3),
              of(2023, 9, 2),
              of(2023, 9, 3),
              of(2023, 9, 4),
              of(2023, 9, 5));
      assertThat(calendar.isWorkingDay(of(2023, 1, 30))).isTrue();
    }

    @Test
    void year2025TetSaturdayGivesMondayAfterTheBlock() {
      // Tết: 28/1 Tue (29 Chạp) .. 1/2 Sat -> compensatory 3/2 Mon.
      assertThat(calendar.holidays(2025).stream().filter(h -> h.date().getMonthValue() <= 2))
          .extracting(Holiday::date)
          .containsExactly(
              of(2025, 1, 1),
              of(2025, 1, 28),
              of(2025, 1, 29),
              of(2025, 1, 30),
              of(2025, 1, 31),
              of(2025, 2, 1),
              of(2025, 2, 3));
    }

    @Test
    void ordinaryWeekendsAreDaysOffButNotHolidays() {
      LocalDate saturday = of(2024, 3, 9);
      assertThat(calendar.isDayOff(saturday)).isTrue();
      assertThat(calendar.holidayOn(saturday)).isEmpty();
      assertThat(calendar.isWorkingDay(of(2024, 3, 11))).isTrue();
    }
  }

  @Nested
  class WithYearlyTable {

    @Test
    void makeUpSaturdayCountsAsWorkingDayAndExtraDayOffIsSkipped() {
      CalendarOverrides table =
          CalendarOverrides.builder()
              .workingDay(of(2030, 3, 9)) // a Saturday
              .dayOff(of(2030, 3, 11)) // a Monday
              .build();
      WorkingDayCalendar calendar = new WorkingDayCalendar(table);

      assertThat(calendar.isWorkingDay(of(2030, 3, 9))).isTrue();
      assertThat(calendar.isDayOff(of(2030, 3, 11))).isTrue();
      assertThat(calendar.holidayOn(of(2030, 3, 11)))
          .map(Holiday::type)
          .contains(HolidayType.ANNOUNCED_DAY_OFF);
      // Fri 8/3 -> Sat 9/3 (make-up) -> [Sun 10, Mon 11 off] -> Tue 12/3
      assertThat(calendar.nextWorkingDay(of(2030, 3, 8))).isEqualTo(of(2030, 3, 9));
      assertThat(calendar.nextWorkingDay(of(2030, 3, 9))).isEqualTo(of(2030, 3, 12));
      assertThat(calendar.plusWorkingDays(of(2030, 3, 7), 3)).isEqualTo(of(2030, 3, 12));
      assertThat(calendar.minusWorkingDays(of(2030, 3, 12), 2)).isEqualTo(of(2030, 3, 8));
    }

    @Test
    void tableCanMoveTheDayAdjacentToNationalDay() {
      CalendarOverrides table =
          CalendarOverrides.builder().nationalDayAdjacent(of(2022, 9, 1)).build();
      WorkingDayCalendar calendar = new WorkingDayCalendar(table);
      // 1/9 Thu + 2/9 Fri; 3/9 is an ordinary Saturday, so no compensatory Monday.
      assertThat(daysOff(calendar, 2022))
          .contains(of(2022, 9, 1), of(2022, 9, 2))
          .doesNotContain(of(2022, 9, 3), of(2022, 9, 5));
      assertThat(calendar.isWorkingDay(of(2022, 9, 5))).isTrue();
    }

    @Test
    void extraDayOffIsNotChosenAsCompensatoryDay() {
      // 2/9/2018 Sun would give Mon 3/9; if 3/9 is already an announced day off,
      // the compensatory day is the next free working day, Tue 4/9.
      CalendarOverrides table = CalendarOverrides.builder().dayOff(of(2018, 9, 3)).build();
      WorkingDayCalendar calendar = new WorkingDayCalendar(table);
      assertThat(calendar.holidayOn(of(2018, 9, 4)))
          .map(Holiday::type)
          .contains(HolidayType.COMPENSATORY);
    }

    @Test
    void makeUpWorkingDayOverridesACompensatoryDay() {
      CalendarOverrides table = CalendarOverrides.builder().workingDay(of(2018, 9, 3)).build();
      WorkingDayCalendar calendar = new WorkingDayCalendar(table);
      assertThat(calendar.isWorkingDay(of(2018, 9, 3))).isTrue();
      assertThat(daysOff(calendar, 2018)).doesNotContain(of(2018, 9, 3));
    }

    @Test
    void shippedTableTet2024IsEighthToFourteenthOfFebruary() {
      WorkingDayCalendar calendar = WorkingDayCalendar.withDefaultOverrides();
      assertThat(calendar.isWorkingDay(of(2024, 2, 7))).isTrue();
      for (LocalDate d = of(2024, 2, 8); !d.isAfter(of(2024, 2, 14)); d = d.plusDays(1)) {
        assertThat(calendar.isDayOff(d)).as("%s off", d).isTrue();
      }
      assertThat(calendar.isWorkingDay(of(2024, 2, 15))).isTrue();
    }

    @Test
    void shippedTableNationalDay2023And2025() {
      WorkingDayCalendar calendar = WorkingDayCalendar.withDefaultOverrides();
      // 2023: 1/9 Fri (adjacent), 2/9 Sat -> 4/9 Mon; 5/9 works.
      assertThat(calendar.isDayOff(of(2023, 9, 1))).isTrue();
      assertThat(calendar.isDayOff(of(2023, 9, 4))).isTrue();
      assertThat(calendar.isWorkingDay(of(2023, 9, 5))).isTrue();
      // 2025: 1/9 Mon (adjacent) + 2/9 Tue; 3/9 works.
      assertThat(calendar.isDayOff(of(2025, 9, 1))).isTrue();
      assertThat(calendar.isWorkingDay(of(2025, 9, 3))).isTrue();
    }

    @Test
    void shippedTableMay2025Swap() {
      WorkingDayCalendar calendar = WorkingDayCalendar.withDefaultOverrides();
      assertThat(of(2025, 4, 26).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
      assertThat(calendar.isWorkingDay(of(2025, 4, 26))).isTrue();
      assertThat(calendar.isDayOff(of(2025, 5, 2))).isTrue();
      // 30/4 Wed .. 4/5 Sun off; 5/5 Mon is the next working day.
      assertThat(calendar.nextWorkingDay(of(2025, 4, 29))).isEqualTo(of(2025, 5, 5));
    }
  }
}
