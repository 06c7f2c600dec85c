package vn.ldtbxh.thidua.deadline;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Working days in Vietnam: Monday–Friday minus holidays and compensatory days ({@link
 * VietnamHolidayRules}), with the yearly calendar table's make-up working days (possibly Saturdays)
 * counted as working days. Thread-safe; holidays are computed once per year.
 */
public final class WorkingDayCalendar {

  /** Upper bound on consecutive days off searched before giving up (guards against bad tables). */
  private static final int MAX_CONSECUTIVE_DAYS_OFF = 366;

  private final VietnamHolidayRules rules;
  private final CalendarOverrides overrides;
  private final Map<Integer, Map<LocalDate, Holiday>> holidaysByYear = new ConcurrentHashMap<>();

  public WorkingDayCalendar(VietnamHolidayRules rules, CalendarOverrides overrides) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.overrides = Objects.requireNonNull(overrides, "overrides");
  }

  public WorkingDayCalendar(CalendarOverrides overrides) {
    this(new VietnamHolidayRules(), overrides);
  }

  /** Calendar with the yearly table shipped in this package. */
  public static WorkingDayCalendar withDefaultOverrides() {
    return new WorkingDayCalendar(CalendarOverrides.defaults());
  }

  /** Calendar with the statutory rules only, no yearly table. */
  public static WorkingDayCalendar statutoryOnly() {
    return new WorkingDayCalendar(CalendarOverrides.none());
  }

  public CalendarOverrides overrides() {
    return overrides;
  }

  /** Whether the date is a working day. */
  public boolean isWorkingDay(LocalDate date) {
    if (overrides.isMakeUpWorkingDay(date)) {
      return true;
    }
    return !VietnamHolidayRules.isWeekend(date) && !holidayMap(date.getYear()).containsKey(date);
  }

  /** Whether the date is a day off (weekend, holiday, compensatory or announced day off). */
  public boolean isDayOff(LocalDate date) {
    return !isWorkingDay(date);
  }

  /** The holiday on the date, if any (an ordinary weekend day is not a holiday). */
  public Optional<Holiday> holidayOn(LocalDate date) {
    return Optional.ofNullable(holidayMap(date.getYear()).get(date));
  }

  /** Holidays, compensatory and announced days off of the year, sorted by date. */
  public List<Holiday> holidays(int year) {
    return List.copyOf(holidayMap(year).values());
  }

  /** The date itself if it is a working day, otherwise the next working day. */
  public LocalDate workingDayOnOrAfter(LocalDate date) {
    return isWorkingDay(date) ? date : nextWorkingDay(date);
  }

  /** The first working day strictly after the date. */
  public LocalDate nextWorkingDay(LocalDate date) {
    LocalDate candidate = date.plusDays(1);
    for (int i = 0; i < MAX_CONSECUTIVE_DAYS_OFF; i++, candidate = candidate.plusDays(1)) {
      if (isWorkingDay(candidate)) {
        return candidate;
      }
    }
    throw noWorkingDay(date);
  }

  /** The last working day strictly before the date. */
  public LocalDate previousWorkingDay(LocalDate date) {
    LocalDate candidate = date.minusDays(1);
    for (int i = 0; i < MAX_CONSECUTIVE_DAYS_OFF; i++, candidate = candidate.minusDays(1)) {
      if (isWorkingDay(candidate)) {
        return candidate;
      }
    }
    throw noWorkingDay(date);
  }

  /** The n-th working day strictly after the date (n ≥ 1). */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    requirePositive(n);
    LocalDate result = date;
    for (int i = 0; i < n; i++) {
      result = nextWorkingDay(result);
    }
    return result;
  }

  /** The n-th working day strictly before the date (n ≥ 1). */
  public LocalDate minusWorkingDays(LocalDate date, int n) {
    requirePositive(n);
    LocalDate result = date;
    for (int i = 0; i < n; i++) {
      result = previousWorkingDay(result);
    }
    return result;
  }

  private Map<LocalDate, Holiday> holidayMap(int year) {
    return holidaysByYear.computeIfAbsent(
        year,
        y ->
            Collections.unmodifiableMap(
                rules.holidays(y, overrides).stream()
                    .collect(
                        Collectors.toMap(
                            Holiday::date, Function.identity(), (a, b) -> a, TreeMap::new))));
  }

  static void requirePositive(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("Số ngày làm việc phải lớn hơn 0 (nhận được: " + n + ").");
    }
  }

  private static IllegalStateException noWorkingDay(LocalDate date) {
    return new IllegalStateException(
        "Không tìm thấy ngày làm việc nào trong vòng "
            + MAX_CONSECUTIVE_DAYS_OFF
            + " ngày kể từ "
            + date
            + "; hãy kiểm tra bảng lịch nghỉ.");
  }
}
