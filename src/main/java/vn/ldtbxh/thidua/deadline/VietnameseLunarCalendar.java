package vn.ldtbxh.thidua.deadline;

import java.time.LocalDate;

/**
 * Vietnamese lunisolar calendar after Ho Ngoc Duc's astronomical algorithm, computed for the
 * meridian of Vietnam (UTC+7).
 *
 * <p>Chinese calendar libraries use UTC+8 and disagree with the Vietnamese calendar in some years
 * (e.g. Tết 2007 and 1985), so this class implements the algorithm itself. It is stateless and
 * thread-safe. Supported Gregorian years: {@value #MIN_YEAR}..{@value #MAX_YEAR}.
 */
public final class VietnameseLunarCalendar {

  /** Time zone of Vietnam in hours, used for new-moon days and solar terms. */
  public static final double TIME_ZONE = 7.0;

  /** First supported Gregorian year. */
  public static final int MIN_YEAR = 1901;

  /** Last supported Gregorian year. */
  public static final int MAX_YEAR = 2199;

  /** Julian day number of 1970-01-01. */
  private static final long JD_UNIX_EPOCH = 2_440_588L;

  /** Julian day of the new moon of 1900-01-01 (k = 0 in the new-moon series). */
  private static final double NEW_MOON_EPOCH = 2_415_021.076998695;

  private static final double SYNODIC_MONTH = 29.530588853;
  private static final double DR = Math.PI / 180;

  /** Converts a Gregorian date to its Vietnamese lunar date. */
  public LunarDate toLunar(LocalDate date) {
    checkYear(date.getYear());
    int year = date.getYear();
    long dayNumber = julianDay(date);
    int k = (int) Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
    long monthStart = newMoonDay(k + 1);
    if (monthStart > dayNumber) {
      monthStart = newMoonDay(k);
    }
    long a11 = lunarMonth11(year);
    long b11 = a11;
    int lunarYear;
    if (a11 >= monthStart) {
      lunarYear = year;
      a11 = lunarMonth11(year - 1);
    } else {
      lunarYear = year + 1;
      b11 = lunarMonth11(year + 1);
    }
    int lunarDay = (int) (dayNumber - monthStart + 1);
    int diff = (int) Math.floor((monthStart - a11) / 29.0);
    boolean leap = false;
    int lunarMonth = diff + 11;
    if (b11 - a11 > 365) {
      int leapMonthDiff = leapMonthOffset(a11);
      if (diff >= leapMonthDiff) {
        lunarMonth = diff + 10;
        leap = diff == leapMonthDiff;
      }
    }
    if (lunarMonth > 12) {
      lunarMonth -= 12;
    }
    if (lunarMonth >= 11 && diff < 4) {
      lunarYear -= 1;
    }
    return new LunarDate(lunarDay, lunarMonth, lunarYear, leap);
  }

  /**
   * Converts a Vietnamese lunar date to the Gregorian calendar.
   *
   * @throws IllegalArgumentException if the lunar date does not exist (no such leap month, or day
   *     30 of a 29-day month)
   */
  public LocalDate toSolar(LunarDate lunar) {
    checkYear(lunar.year());
    int month = lunar.month();
    long a11;
    long b11;
    if (month < 11) {
      a11 = lunarMonth11(lunar.year() - 1);
      b11 = lunarMonth11(lunar.year());
    } else {
      a11 = lunarMonth11(lunar.year());
      b11 = lunarMonth11(lunar.year() + 1);
    }
    int off = month - 11;
    if (off < 0) {
      off += 12;
    }
    if (b11 - a11 > 365) {
      int leapOff = leapMonthOffset(a11);
      int leapMonth = leapOff - 2;
      if (leapMonth < 0) {
        leapMonth += 12;
      }
      if (lunar.leap() && month != leapMonth) {
        throw nonexistent(lunar);
      }
      if (lunar.leap() || off >= leapOff) {
        off += 1;
      }
    } else if (lunar.leap()) {
      throw nonexistent(lunar);
    }
    int k = (int) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
    long monthStart = newMoonDay(k + off);
    LocalDate result = fromJulianDay(monthStart + lunar.day() - 1);
    if (!toLunar(result).equals(lunar)) {
      throw nonexistent(lunar);
    }
    return result;
  }

  /** Gregorian date of Tết Nguyên Đán (1/1 lunar) of the lunar year starting in {@code year}. */
  public LocalDate tet(int year) {
    return toSolar(LunarDate.of(1, 1, year));
  }

  /**
   * Last day of the given lunar year (day 29 or 30 of the last lunar month), i.e. the day before
   * Tết of {@code lunarYear + 1}.
   */
  public LocalDate lastDayOfLunarYear(int lunarYear) {
    return tet(lunarYear + 1).minusDays(1);
  }

  /** Gregorian date of Giỗ Tổ Hùng Vương (10/3 lunar) in the given year. */
  public LocalDate hungKingsDay(int year) {
    return toSolar(LunarDate.of(10, 3, year));
  }

  // --- Ho Ngoc Duc's algorithm -------------------------------------------------------------

  static long julianDay(LocalDate date) {
    return date.toEpochDay() + JD_UNIX_EPOCH;
  }

  static LocalDate fromJulianDay(long julianDay) {
    return LocalDate.ofEpochDay(julianDay - JD_UNIX_EPOCH);
  }

  /** Julian day (fractional, UTC) of the k-th new moon after 1900-01-01. */
  static double newMoon(int k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DR);
    double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * DR) + 0.0021 * Math.sin(2 * DR * m);
    c1 = c1 - 0.4068 * Math.sin(mpr * DR) + 0.0161 * Math.sin(DR * 2 * mpr);
    c1 = c1 - 0.0004 * Math.sin(DR * 3 * mpr);
    c1 = c1 + 0.0104 * Math.sin(DR * 2 * f) - 0.0051 * Math.sin(DR * (m + mpr));
    c1 = c1 - 0.0074 * Math.sin(DR * (m - mpr)) + 0.0004 * Math.sin(DR * (2 * f + m));
    c1 = c1 - 0.0004 * Math.sin(DR * (2 * f - m)) - 0.0006 * Math.sin(DR * (2 * f + mpr));
    c1 = c1 + 0.0010 * Math.sin(DR * (2 * f - mpr)) + 0.0005 * Math.sin(DR * (2 * mpr + m));
    double deltaT;
    if (t < -11) {
      deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
    } else {
      deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
    }
    return jd1 + c1 - deltaT;
  }

  /** Sun's apparent longitude in radians (0..2π) at the given Julian day (UTC). */
  static double sunLongitude(double jdn) {
    double t = (jdn - 2451545.0) / 36525;
    double t2 = t * t;
    double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(DR * m);
    dl = dl + (0.019993 - 0.000101 * t) * Math.sin(DR * 2 * m) + 0.000290 * Math.sin(DR * 3 * m);
    double l = (l0 + dl) * DR;
    return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
  }

  /** Index (0..11) of the 30-degree sector of the sun's longitude at the start of the local day. */
  static int sunLongitudeSector(long dayNumber) {
    return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
  }

  /** Local Julian day number on which the k-th new moon falls. */
  static long newMoonDay(int k) {
    return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
  }

  /**
   * Julian day on which lunar month 11 (the month containing the winter solstice) of the year
   * begins.
   */
  static long lunarMonth11(int year) {
    long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
    int k = (int) Math.floor(off / SYNODIC_MONTH);
    long nm = newMoonDay(k);
    if (sunLongitudeSector(nm) >= 9) {
      nm = newMoonDay(k - 1);
    }
    return nm;
  }

  /** Offset, counted in months after month 11 starting at {@code a11}, of the leap month. */
  static int leapMonthOffset(long a11) {
    int k = (int) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
    int last;
    int i = 1;
    int arc = sunLongitudeSector(newMoonDay(k + i));
    do {
      last = arc;
      i++;
      arc = sunLongitudeSector(newMoonDay(k + i));
    } while (arc != last && i < 14);
    return i - 1;
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "Lịch âm chỉ hỗ trợ các năm từ "
              + MIN_YEAR
              + " đến "
              + MAX_YEAR
              + " (nhận được: "
              + year
              + ").");
    }
  }

  private static IllegalArgumentException nonexistent(LunarDate lunar) {
    return new IllegalArgumentException("Ngày âm lịch không tồn tại: " + lunar + ".");
  }
}
