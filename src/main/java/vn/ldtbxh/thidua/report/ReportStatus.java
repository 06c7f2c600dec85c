package vn.ldtbxh.thidua.report;

/** Where a unit's report stands. */
public enum ReportStatus {
  PREPARING("Đang lập báo cáo"),
  SUBMITTED("Đã nộp, chờ thẩm định"),
  RETURNED("Bị trả lại để chỉnh sửa"),
  ACCEPTED("Được chấp nhận"),
  NOT_SUBMITTED("Không nộp (quá hạn chót)");

  private final String vietnamese;

  ReportStatus(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  public String vietnamese() {
    return vietnamese;
  }
}
