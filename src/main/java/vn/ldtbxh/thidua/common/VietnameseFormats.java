package vn.ldtbxh.thidua.common;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and numbers as Vietnamese users read them: 15/12/2026 17:00, 1.234.567. */
public final class VietnameseFormats {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnameseFormats() {}

  public static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
  }

  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /**
   * 0,5 from 0.50; 100 from 100.00: a decimal written the Vietnamese way, without trailing zeros.
   */
  public static String decimal(java.math.BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  public static String number(long value) {
    return NumberFormat.getIntegerInstance(LOCALE).format(value);
  }

  /** "ngày 15 tháng 12 năm 2026", as in the place-and-date line of an administrative document. */
  public static String longDate(LocalDate date) {
    return "ngày %02d tháng %02d năm %d"
        .formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }
}
