package vn.ldtbxh.thidua.deadline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The yearly calendar table: the Government's announced changes to the statutory rules. Entries
 * here have the last word over the rules:
 *
 * <ul>
 *   <li>{@link #extraDaysOff()}: days off in addition to the rules (e.g. a swapped Friday);
 *   <li>{@link #makeUpWorkingDays()}: days that are working days even if the rules say otherwise
 *       (e.g. a Saturday worked to make up a swapped day);
 *   <li>{@link #nationalDayAdjacentDays()}: per year, the day chosen as the day adjacent to Quốc
 *       khánh 2/9 (by default 3/9 from 2021).
 * </ul>
 *
 * Immutable. Build with {@link #builder()}, {@link #none()} or {@link CalendarOverridesLoader}.
 */
public final class CalendarOverrides {

  private static final CalendarOverrides NONE = builder().build();

  private final Set<LocalDate> extraDaysOff;
  private final Set<LocalDate> makeUpWorkingDays;
  private final Map<Integer, LocalDate> nationalDayAdjacentDays;

  private CalendarOverrides(Builder builder) {
    this.extraDaysOff = Set.copyOf(builder.extraDaysOff);
    this.makeUpWorkingDays = Set.copyOf(builder.makeUpWorkingDays);
    this.nationalDayAdjacentDays = Map.copyOf(builder.nationalDayAdjacentDays);
  }

  /** No overrides: the statutory rules alone. */
  public static CalendarOverrides none() {
    return NONE;
  }

  /** The table shipped with this package ({@link CalendarOverridesLoader#DEFAULT_RESOURCE}). */
  public static CalendarOverrides defaults() {
    return CalendarOverridesLoader.loadDefault();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Set<LocalDate> extraDaysOff() {
    return extraDaysOff;
  }

  public Set<LocalDate> makeUpWorkingDays() {
    return makeUpWorkingDays;
  }

  public Map<Integer, LocalDate> nationalDayAdjacentDays() {
    return nationalDayAdjacentDays;
  }

  /**
   * Whether the table has an entry for {@code year}: a day off, a make-up working day or the day
   * adjacent to National Day. Every year since 2021 has at least the adjacent day, so a year
   * without any entry has not been filled from the Government's announcement yet.
   */
  public boolean covers(int year) {
    return nationalDayAdjacentDays().containsKey(year)
        || extraDaysOff().stream().anyMatch(d -> d.getYear() == year)
        || makeUpWorkingDays().stream().anyMatch(d -> d.getYear() == year);
  }

  public boolean isExtraDayOff(LocalDate date) {
    return extraDaysOff.contains(date);
  }

  public boolean isMakeUpWorkingDay(LocalDate date) {
    return makeUpWorkingDays.contains(date);
  }

  /** The announced day adjacent to 2/9 for the year, if the table names one. */
  public Optional<LocalDate> nationalDayAdjacentDay(int year) {
    return Optional.ofNullable(nationalDayAdjacentDays.get(year));
  }

  /** A new table with this table's entries plus the other's; conflicting entries are rejected. */
  public CalendarOverrides merge(CalendarOverrides other) {
    Builder builder = builder();
    extraDaysOff.forEach(builder::dayOff);
    makeUpWorkingDays.forEach(builder::workingDay);
    nationalDayAdjacentDays.values().forEach(builder::nationalDayAdjacent);
    other.extraDaysOff.forEach(builder::dayOff);
    other.makeUpWorkingDays.forEach(builder::workingDay);
    other.nationalDayAdjacentDays.values().forEach(builder::nationalDayAdjacent);
    return builder.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CalendarOverrides other
        && extraDaysOff.equals(other.extraDaysOff)
        && makeUpWorkingDays.equals(other.makeUpWorkingDays)
        && nationalDayAdjacentDays.equals(other.nationalDayAdjacentDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(extraDaysOff, makeUpWorkingDays, nationalDayAdjacentDays);
  }

  @Override
  public String toString() {
    return "CalendarOverrides[off="
        + new TreeSet<>(extraDaysOff)
        + ", work="
        + new TreeSet<>(makeUpWorkingDays)
        + ", adjacent="
        + new TreeMap<>(nationalDayAdjacentDays)
        + "]";
  }

  /** Collects entries; rejects a date declared both a day off and a working day. */
  public static final class Builder {
    private final Set<LocalDate> extraDaysOff = new TreeSet<>();
    private final Set<LocalDate> makeUpWorkingDays = new TreeSet<>();
    private final Map<Integer, LocalDate> nationalDayAdjacentDays = new TreeMap<>();

    private Builder() {}

    /** Declares an extra day off. */
    public Builder dayOff(LocalDate date) {
      Objects.requireNonNull(date, "date");
      if (makeUpWorkingDays.contains(date)) {
        throw conflict(date);
      }
      extraDaysOff.add(date);
      return this;
    }

    /** Declares a make-up working day (counts as a working day whatever the rules say). */
    public Builder workingDay(LocalDate date) {
      Objects.requireNonNull(date, "date");
      if (extraDaysOff.contains(date)) {
        throw conflict(date);
      }
      makeUpWorkingDays.add(date);
      return this;
    }

    /** Declares the day adjacent to Quốc khánh 2/9 for the date's year, replacing 3/9. */
    public Builder nationalDayAdjacent(LocalDate date) {
      Objects.requireNonNull(date, "date");
      LocalDate previous = nationalDayAdjacentDays.putIfAbsent(date.getYear(), date);
      if (previous != null && !previous.equals(date)) {
        throw new CalendarDataException(
            "Năm "
                + date.getYear()
                + " có hai ngày nghỉ liền kề Quốc khánh khác nhau: "
                + previous
                + " và "
                + date
                + ".");
      }
      return this;
    }

    public CalendarOverrides build() {
      return new CalendarOverrides(this);
    }

    private static CalendarDataException conflict(LocalDate date) {
      return new CalendarDataException(
          "Ngày " + date + " vừa được khai báo là ngày nghỉ vừa là ngày làm việc bù.");
    }
  }
}
