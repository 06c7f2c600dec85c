package vn.ldtbxh.thidua.round;

/** A yearly round, or the final review (tổng kết) in the movement's last year. */
public enum RoundType {
  ANNUAL("hằng năm"),
  FINAL("tổng kết");

  private final String vietnamese;

  RoundType(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  public String vietnamese() {
    return vietnamese;
  }

  /** round-2026 or round-2020-final. */
  public String roundKey(int year) {
    return this == ANNUAL ? "round-" + year : "round-" + year + "-final";
  }

  /** 2026-dongxoai or 2020-final-dongxoai. */
  public String reportBusinessKey(int year, String unitCode) {
    return this == ANNUAL ? year + "-" + unitCode : year + "-final-" + unitCode;
  }
}
