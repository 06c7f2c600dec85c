package vn.ldtbxh.thidua.deadline;

/** Why a weekday is a day off. */
public enum HolidayType {
  NEW_YEAR("Tết Dương lịch"),
  LUNAR_NEW_YEAR("Tết Nguyên đán"),
  HUNG_KINGS("Giỗ Tổ Hùng Vương"),
  REUNIFICATION("Ngày Chiến thắng (30/4)"),
  LABOUR_DAY("Ngày Quốc tế Lao động (1/5)"),
  NATIONAL_DAY("Quốc khánh (2/9)"),
  NATIONAL_DAY_ADJACENT("Ngày nghỉ liền kề Quốc khánh"),
  COMPENSATORY("Nghỉ bù"),
  ANNOUNCED_DAY_OFF("Nghỉ theo thông báo của Chính phủ");

  private final String displayName;

  HolidayType(String displayName) {
    this.displayName = displayName;
  }

  /** Vietnamese name for display to users. */
  public String displayName() {
    return displayName;
  }
}
