package vn.ldtbxh.thidua.deadline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries that seed the database's calendar table: the table shipped with the application and
 * the file of {@code thidua.deadlines.overrides-file}, the file's note winning for a date both
 * hold. A date both off and worked, or two adjacent days of one year, stop the start-up.
 */
public record CalendarSeed(List<CalendarEntry> entries) {

  public CalendarSeed {
    entries = List.copyOf(entries);
    CalendarEntry.toOverrides(entries);
  }

  /** The shipped entries with the file's added. */
  public static CalendarSeed of(List<CalendarEntry> shipped, List<CalendarEntry> file) {
    Map<java.time.LocalDate, CalendarEntry> byDate = new LinkedHashMap<>();
    shipped.forEach(entry -> byDate.put(entry.date(), entry));
    for (CalendarEntry entry : file) {
      CalendarEntry previous = byDate.get(entry.date());
      if (previous != null && previous.kind() != entry.kind()) {
        // the same conflict the table refuses, named as the table names it
        CalendarEntry.toOverrides(List.of(previous, entry));
      }
      byDate.put(entry.date(), entry);
    }
    return new CalendarSeed(List.copyOf(byDate.values()));
  }

  public CalendarOverrides overrides() {
    return CalendarEntry.toOverrides(entries);
  }
}
