package vn.ldtbxh.thidua.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Whether the calendar table is ready for the deadlines to come: a year is covered when it has an
 * entry or the office marked it "checked, no change"; the current and the next year (in Vietnam)
 * must be. The start-up log and Cockpit warn about the others.
 */
public final class CalendarCoverage {

  private final Set<Integer> filled;
  private final Set<Integer> checked;

  /**
   * @param filled the years with at least one entry
   * @param checked the years marked "checked, no change"
   */
  public CalendarCoverage(Set<Integer> filled, Set<Integer> checked) {
    this.filled = Set.copyOf(filled);
    this.checked = Set.copyOf(checked);
  }

  public CalendarYearStatus status(int year) {
    if (filled.contains(year)) {
      return CalendarYearStatus.FILLED;
    }
    return checked.contains(year) ? CalendarYearStatus.CHECKED : CalendarYearStatus.MISSING;
  }

  /** The current and the next year in Vietnam at the clock's instant. */
  public static List<Integer> yearsToCover(Clock clock) {
    int year = LocalDate.now(clock.withZone(VietnamTime.VN_ZONE)).getYear();
    return List.of(year, year + 1);
  }

  /** The current and the next year that are neither filled nor checked. */
  public List<Integer> missingYears(Clock clock) {
    return yearsToCover(clock).stream()
        .filter(year -> status(year) == CalendarYearStatus.MISSING)
        .toList();
  }

  /** The Vietnamese warning about the missing years, or null when there is none. */
  public static String warning(List<Integer> missing) {
    if (missing.isEmpty()) {
      return null;
    }
    String years = String.join(" và ", missing.stream().map(year -> "năm " + year).toList());
    return ("Lịch nghỉ lễ, Tết và ngày làm bù của %s chưa được cập nhật và chưa được đánh dấu"
            + " \"Đã kiểm tra, không thay đổi\": hạn nộp trong %s chỉ tính theo Bộ luật Lao động."
            + " Văn phòng Sở cập nhật theo thông báo của Bộ Nội vụ tại trang \"Lịch làm việc\".")
        .formatted(years, missing.size() == 1 ? "năm đó" : "các năm đó");
  }
}
