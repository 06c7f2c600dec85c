package vn.ldtbxh.thidua.deadline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * One entry of the yearly calendar table: a date, its kind and a free note (which should cite the
 * announcing document).
 */
public record CalendarEntry(LocalDate date, CalendarKind kind, String note) {

  public CalendarEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    note = note == null || note.isBlank() ? null : note.strip();
  }

  /** The table the entries make; a date both off and worked, or two adjacent days, is refused. */
  public static CalendarOverrides toOverrides(Collection<CalendarEntry> entries) {
    CalendarOverrides.Builder builder = CalendarOverrides.builder();
    entries.forEach(entry -> entry.addTo(builder));
    return builder.build();
  }

  void addTo(CalendarOverrides.Builder builder) {
    switch (kind) {
      case OFF -> builder.dayOff(date);
      case WORK -> builder.workingDay(date);
      case ADJACENT -> builder.nationalDayAdjacent(date);
    }
  }
}
