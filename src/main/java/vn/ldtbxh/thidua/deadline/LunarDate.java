package vn.ldtbxh.thidua.deadline;

/**
 * A date of the Vietnamese lunisolar calendar.
 *
 * @param day day of the lunar month, 1..30
 * @param month lunar month, 1..12
 * @param year lunar year, numbered as the Gregorian year in which its first day (Tết) falls
 * @param leap whether the month is the intercalary (leap) month
 */
public record LunarDate(int day, int month, int year, boolean leap) {

  public LunarDate {
    if (day < 1 || day > 30) {
      throw new IllegalArgumentException("Ngày âm lịch phải từ 1 đến 30 (nhận được: " + day + ").");
    }
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException(
          "Tháng âm lịch phải từ 1 đến 12 (nhận được: " + month + ").");
    }
  }

  /** A date in a regular (non-leap) lunar month. */
  public static LunarDate of(int day, int month, int year) {
    return new LunarDate(day, month, year, false);
  }

  @Override
  public String toString() {
    return day + "/" + month + (leap ? " (nhuận)" : "") + "/" + year + " âm lịch";
  }
}
