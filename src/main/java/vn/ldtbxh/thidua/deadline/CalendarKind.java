package vn.ldtbxh.thidua.deadline;

/** The kinds of entry of the yearly calendar table. */
public enum CalendarKind {
  /** A day off in addition to the Labour Code's rules (e.g. a weekday swapped with a Saturday). */
  OFF("Ngày nghỉ"),
  /** A working day whatever the rules say (a make-up Saturday). */
  WORK("Ngày làm việc bù"),
  /** The day adjacent to Quốc khánh 2/9 chosen for the year (replaces 3/9). */
  ADJACENT("Ngày nghỉ liền kề Quốc khánh");

  private final String vietnamese;

  CalendarKind(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  public String vietnamese() {
    return vietnamese;
  }
}
