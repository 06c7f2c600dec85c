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
 *
 * <p>The yearly table can be replaced while the application runs ({@link #replaceOverrides}), when
 * the office edits it: each question is answered on one table, the one in force when it is asked.
 */
public final class WorkingDayCalendar {

  /** Upper bound on consecutive days off searched before giving up (guards against bad tables). */
  private static final int MAX_CONSECUTIVE_DAYS_OFF = 366;

  private final VietnamHolidayRules rules;
  private volatile Table table;

  /** A yearly table and the holidays computed from it, year by year. */
  private record Table(
      CalendarOverrides overrides, Map<Integer, Map<LocalDate, Holiday>> holidaysByYear) {
    Table(CalendarOverrides overrides) {
      this(Objects.requireNonNull(overrides, "overrides"), new ConcurrentHashMap<>());
    }
  }

  public WorkingDayCalendar(VietnamHolidayRules rules, CalendarOverrides overrides) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.table = new Table(overrides);
  }

  private WorkingDayCalendar(VietnamHolidayRules rules, Table table) {
    this.rules = rules;
    this.table = table;
  }

  /**
   * A calendar held on the table in force now, for a computation of several steps that must not see
   * a change of the table half-way.
   */
  public WorkingDayCalendar snapshot() {
    return new WorkingDayCalendar(rules, table);
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

  /** The yearly table in force. */
  public CalendarOverrides overrides() {
    return table.overrides();
  }

  /** Puts another yearly table in force (the office changed it); a new table is not compared. */
  public void replaceOverrides(CalendarOverrides overrides) {
    this.table = new Table(overrides);
  }

  /** Whether the date is a working day. */
  public boolean isWorkingDay(LocalDate date) {
    return isWorkingDay(table, date);
  }

  private boolean isWorkingDay(Table t, LocalDate date) {
    if (t.overrides().isMakeUpWorkingDay(date)) {
      return true;
    }
    return !VietnamHolidayRules.isWeekend(date) && !holidayMap(t, date.getYear()).containsKey(date);
  }

  /** Whether the date is a day off (weekend, holiday, compensatory or announced day off). */
  public boolean isDayOff(LocalDate date) {
    return !isWorkingDay(date);
  }

  /** The holiday on the date, if any (an ordinary weekend day is not a holiday). */
  public Optional<Holiday> holidayOn(LocalDate date) {
    return Optional.ofNullable(holidayMap(table, date.getYear()).get(date));
  }

  /** Holidays, compensatory and announced days off of the year, sorted by date. */
  public List<Holiday> holidays(int year) {
    return List.copyOf(holidayMap(table, year).values());
  }

  /** The date itself if it is a working day, otherwise the next working day. */
  public LocalDate workingDayOnOrAfter(LocalDate date) {
    Table t = table;
    return isWorkingDay(t, date) ? date : next(t, date);
  }

  /** The first working day strictly after the date. */
  public LocalDate nextWorkingDay(LocalDate date) {
    return next(table, date);
  }

  private LocalDate next(Table t, LocalDate date) {
    LocalDate candidate = date.plusDays(1);
    for (int i = 0; i < MAX_CONSECUTIVE_DAYS_OFF; i++, candidate = candidate.plusDays(1)) {
      if (isWorkingDay(t, candidate)) {
        return candidate;
      }
    }
    throw noWorkingDay(date);
  }

  /** The last working day strictly before the date. */
  public LocalDate previousWorkingDay(LocalDate date) {
    return previous(table, date);
  }

  private LocalDate previous(Table t, LocalDate date) {
    LocalDate candidate = date.minusDays(1);
    for (int i = 0; i < MAX_CONSECUTIVE_DAYS_OFF; i++, candidate = candidate.minusDays(1)) {
      if (isWorkingDay(t, candidate)) {
        return candidate;
      }
    }
    throw noWorkingDay(date);
  }

  /** The n-th working day strictly after the date (n ≥ 1). */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    requirePositive(n);
    Table t = table;
    LocalDate result = date;
    for (int i = 0; i < n; i++) {
      result = next(t, result);
    }
    return result;
  }

  /** The n-th working day strictly before the date (n ≥ 1). */
  public LocalDate minusWorkingDays(LocalDate date, int n) {
    requirePositive(n);
    Table t = table;
    LocalDate result = date;
    for (int i = 0; i < n; i++) {
      result = previous(t, result);
    }
    return result;
  }

  private Map<LocalDate, Holiday> holidayMap(Table t, int year) {
    return t.holidaysByYear()
        .computeIfAbsent(
            year,
            y ->
                Collections.unmodifiableMap(
                    rules.holidays(y, t.overrides()).stream()
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
