package vn.ldtbxh.thidua.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ldtbxh.thidua.common.ThiduaException;

/**
 * What a year's calendar may hold, as the office sends it ({@code PUT /api/calendar/{year}}): a
 * year from 1901 to 2199 (the lunar calendar's range), a list of {@code {"date", "kind", "note"}}
 * with each date in the year and written once, a kind among {@link CalendarKind}, at most one day
 * adjacent to National Day, and that one 1/9 or 3/9 from 2021 (Labour Code 2019, art. 112). Every
 * refusal is a 400 with a Vietnamese message naming the entry.
 */
public final class CalendarYearRules {

  public static final int FIRST_YEAR = 1901;
  public static final int LAST_YEAR = 2199;
  public static final int NOTE_LENGTH = 500;

  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final List<MonthDay> ADJACENT_DAYS = List.of(MonthDay.of(9, 1), MonthDay.of(9, 3));

  private CalendarYearRules() {}

  /** The year of the path: a number from 1901 to 2199. */
  public static int year(String text) {
    int year;
    try {
      year = Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw ThiduaException.invalid(
          "Năm \"%s\" không hợp lệ: năm phải là một số, ví dụ 2027.".formatted(text));
    }
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw ThiduaException.invalid(
          "Năm %d nằm ngoài khoảng lịch tính được (từ %d đến %d)."
              .formatted(year, FIRST_YEAR, LAST_YEAR));
    }
    return year;
  }

  /** The entries of the year, sorted by date, from the parsed JSON body (a list of objects). */
  public static List<CalendarEntry> entries(int year, Object body) {
    if (!(body instanceof List<?> items)) {
      throw ThiduaException.invalid(
          "Lịch năm %d phải là một danh sách các ngày {\"date\", \"kind\", \"note\"}."
              .formatted(year));
    }
    List<CalendarEntry> entries = new ArrayList<>();
    Map<LocalDate, Integer> seen = new HashMap<>();
    Integer adjacentAt = null;
    for (int i = 0; i < items.size(); i++) {
      int position = i + 1;
      if (!(items.get(i) instanceof Map<?, ?> item)) {
        throw ThiduaException.invalid(
            "Mục thứ %d không phải là một ngày {\"date\", \"kind\", \"note\"}."
                .formatted(position));
      }
      LocalDate date = date(year, item.get("date"), position);
      CalendarKind kind = kind(item.get("kind"), position);
      String note = note(item.get("note"), position);
      Integer first = seen.putIfAbsent(date, position);
      if (first != null) {
        throw ThiduaException.invalid(
            "Ngày %s được ghi hai lần (mục thứ %d và %d): mỗi ngày chỉ ghi một lần."
                .formatted(SHORT.format(date), first, position));
      }
      if (kind == CalendarKind.ADJACENT) {
        if (adjacentAt != null) {
          throw ThiduaException.invalid(
              "Năm %d có hai ngày nghỉ liền kề Quốc khánh (mục thứ %d và %d): chỉ ghi một ngày."
                  .formatted(year, adjacentAt, position));
        }
        adjacent(date, position);
        adjacentAt = position;
      }
      entries.add(new CalendarEntry(date, kind, note));
    }
    entries.sort(Comparator.comparing(CalendarEntry::date));
    return List.copyOf(entries);
  }

  private static LocalDate date(int year, Object value, int position) {
    if (!(value instanceof String text) || text.isBlank()) {
      throw ThiduaException.invalid(
          "Mục thứ %d thiếu ngày (date, dạng yyyy-MM-dd).".formatted(position));
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ThiduaException.invalid(
          "Ngày \"%s\" (mục thứ %d) không đúng dạng năm-tháng-ngày (yyyy-MM-dd)."
              .formatted(text, position));
    }
    if (date.getYear() != year) {
      throw ThiduaException.invalid(
          "Ngày %s (mục thứ %d) không thuộc năm %d.".formatted(SHORT.format(date), position, year));
    }
    return date;
  }

  private static CalendarKind kind(Object value, int position) {
    if (!(value instanceof String text) || text.isBlank()) {
      throw ThiduaException.invalid(
          "Mục thứ %d thiếu loại ngày (kind: OFF, WORK hoặc ADJACENT).".formatted(position));
    }
    try {
      return CalendarKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ThiduaException.invalid(
          ("Loại ngày \"%s\" (mục thứ %d) không hợp lệ: chỉ nhận OFF (ngày nghỉ), WORK (ngày làm"
                  + " việc bù) hoặc ADJACENT (ngày nghỉ liền kề Quốc khánh).")
              .formatted(text, position));
    }
  }

  private static String note(Object value, int position) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw ThiduaException.invalid(
          "Ghi chú (mục thứ %d) phải là một đoạn văn bản.".formatted(position));
    }
    if (text.strip().length() > NOTE_LENGTH) {
      throw ThiduaException.invalid(
          "Ghi chú (mục thứ %d) dài quá %d ký tự.".formatted(position, NOTE_LENGTH));
    }
    return text;
  }

  private static void adjacent(LocalDate date, int position) {
    if (date.getYear() < VietnamHolidayRules.LABOUR_CODE_2019_FROM) {
      throw ThiduaException.invalid(
          "Ngày nghỉ liền kề Quốc khánh (mục thứ %d) chỉ có từ năm %d (Bộ luật Lao động 2019)."
              .formatted(position, VietnamHolidayRules.LABOUR_CODE_2019_FROM));
    }
    if (!ADJACENT_DAYS.contains(MonthDay.from(date))) {
      throw ThiduaException.invalid(
          "Ngày nghỉ liền kề Quốc khánh (mục thứ %d) phải là ngày 01/09 hoặc 03/09, không phải %s."
              .formatted(position, SHORT.format(date)));
    }
  }
}
