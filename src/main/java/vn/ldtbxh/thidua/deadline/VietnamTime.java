package vn.ldtbxh.thidua.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The single time zone every deadline computation uses, independent of the server's default zone.
 */
public final class VietnamTime {

  /** Asia/Ho_Chi_Minh (UTC+07:00, no daylight saving). */
  public static final ZoneId VN_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private VietnamTime() {}

  /** The local date in Vietnam at the given instant. */
  public static LocalDate localDate(Instant instant) {
    return instant.atZone(VN_ZONE).toLocalDate();
  }

  /** The given date and wall-clock time in Vietnam. */
  public static ZonedDateTime at(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, VN_ZONE);
  }
}
