package vn.ldtbxh.thidua.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off other than an ordinary weekend day.
 *
 * @param date the day off
 * @param type the reason
 */
public record Holiday(LocalDate date, HolidayType type) implements Comparable<Holiday> {

  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public int compareTo(Holiday other) {
    return date.compareTo(other.date);
  }
}
