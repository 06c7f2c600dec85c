package vn.ldtbxh.thidua.deadline;

/** Where a year of the calendar table stands. */
public enum CalendarYearStatus {
  /** The year has entries (seeded or entered by the office). */
  FILLED("Đã cập nhật lịch nghỉ, làm bù"),
  /** No entry, and the office marked it "checked, no change". */
  CHECKED("Đã kiểm tra, không thay đổi"),
  /** No entry and not checked: deadlines follow the Labour Code's rules alone. */
  MISSING("Chưa cập nhật, chưa kiểm tra");

  private final String vietnamese;

  CalendarYearStatus(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  public String vietnamese() {
    return vietnamese;
  }
}
