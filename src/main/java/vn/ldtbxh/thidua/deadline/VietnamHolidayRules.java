package vn.ldtbxh.thidua.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Public holidays of the Labour Code (2019 art. 112; 2012 art. 115 before 2021), compensatory days
 * (art. 111) and the yearly calendar table, for one Gregorian year.
 *
 * <p>Statutory holidays: 1/1; Tết Nguyên Đán (last day of the lunar year and 1/1..4/1 lunar); Giỗ
 * Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; 2/9 and, from 2021, one adjacent day (3/9 unless the table
 * names another). Each statutory holiday on a Saturday or Sunday gives, in date order, a
 * compensatory day on the next Monday–Friday that is not already off. A day that is both two
 * holidays counts once. The table then has the last word: extra days off are added, make-up working
 * days removed.
 */
public final class VietnamHolidayRules {

  /** First year of Labour Code 2019 (adds the day adjacent to 2/9). */
  public static final int LABOUR_CODE_2019_FROM = 2021;

  private static final MonthDay NEW_YEAR = MonthDay.of(1, 1);
  private static final MonthDay REUNIFICATION = MonthDay.of(4, 30);
  private static final MonthDay LABOUR_DAY = MonthDay.of(5, 1);
  private static final MonthDay NATIONAL_DAY = MonthDay.of(9, 2);
  private static final MonthDay NATIONAL_DAY_ADJACENT = MonthDay.of(9, 3);

  private final VietnameseLunarCalendar lunar;

  public VietnamHolidayRules(VietnameseLunarCalendar lunar) {
    this.lunar = Objects.requireNonNull(lunar, "lunar");
  }

  public VietnamHolidayRules() {
    this(new VietnameseLunarCalendar());
  }

  /** Statutory holidays of the year by date, before compensatory days and the table's swaps. */
  public Map<LocalDate, HolidayType> statutoryHolidays(int year, CalendarOverrides overrides) {
    Map<LocalDate, HolidayType> days = new TreeMap<>();
    days.putIfAbsent(NEW_YEAR.atYear(year), HolidayType.NEW_YEAR);
    LocalDate tet = lunar.tet(year);
    for (int offset = -1; offset <= 3; offset++) {
      days.putIfAbsent(tet.plusDays(offset), HolidayType.LUNAR_NEW_YEAR);
    }
    days.putIfAbsent(lunar.hungKingsDay(year), HolidayType.HUNG_KINGS);
    days.putIfAbsent(REUNIFICATION.atYear(year), HolidayType.REUNIFICATION);
    days.putIfAbsent(LABOUR_DAY.atYear(year), HolidayType.LABOUR_DAY);
    days.putIfAbsent(NATIONAL_DAY.atYear(year), HolidayType.NATIONAL_DAY);
    overrides
        .nationalDayAdjacentDay(year)
        .or(
            () ->
                year >= LABOUR_CODE_2019_FROM
                    ? Optional.of(NATIONAL_DAY_ADJACENT.atYear(year))
                    : Optional.empty())
        .ifPresent(day -> days.putIfAbsent(day, HolidayType.NATIONAL_DAY_ADJACENT));
    return days;
  }

  /**
   * All days off of the year other than ordinary weekends, sorted by date: statutory holidays (also
   * those on a weekend), compensatory days and announced extra days off, without the table's
   * make-up working days.
   */
  public List<Holiday> holidays(int year, CalendarOverrides overrides) {
    Objects.requireNonNull(overrides, "overrides");
    Map<LocalDate, HolidayType> statutory = statutoryHolidays(year, overrides);
    Map<LocalDate, HolidayType> all = new TreeMap<>(statutory);

    Set<LocalDate> alreadyOff = new HashSet<>(statutory.keySet());
    overrides.extraDaysOff().stream().filter(d -> d.getYear() == year).forEach(alreadyOff::add);
    for (LocalDate holiday : statutory.keySet()) {
      if (isWeekend(holiday)) {
        LocalDate compensatory = holiday.plusDays(1);
        while (isWeekend(compensatory) || alreadyOff.contains(compensatory)) {
          compensatory = compensatory.plusDays(1);
        }
        alreadyOff.add(compensatory);
        all.putIfAbsent(compensatory, HolidayType.COMPENSATORY);
      }
    }
    overrides.extraDaysOff().stream()
        .filter(d -> d.getYear() == year)
        .forEach(d -> all.putIfAbsent(d, HolidayType.ANNOUNCED_DAY_OFF));

    List<Holiday> result = new ArrayList<>();
    all.forEach(
        (date, type) -> {
          if (!overrides.isMakeUpWorkingDay(date)) {
            result.add(new Holiday(date, type));
          }
        });
    return List.copyOf(result);
  }

  /** Saturday or Sunday. */
  public static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
