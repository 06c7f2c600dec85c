package vn.ldtbxh.thidua.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.ldtbxh.thidua.common.VietnameseFormats;

/**
 * What a unit changed in its report since the version it sent before, for the reviewer of a revised
 * report: each figure that changed with its old and new value, each text that was rewritten. The
 * earlier versions themselves are kept, as sent, in the record of task submissions.
 */
public final class ReportChanges {

  private ReportChanges() {}

  /**
   * The changes from {@code before} (sent at {@code sentAt}; null for a first submission) to {@code
   * after}.
   */
  public static String describe(ReportContent before, Instant sentAt, ReportContent after) {
    if (before == null || sentAt == null) {
      return "Lần gửi đầu tiên của báo cáo.";
    }
    List<String> lines = new ArrayList<>();
    for (ReportField field : ReportField.values()) {
      Long old = before.figure(field);
      Long now = after.figure(field);
      if (!Objects.equals(old, now)) {
        lines.add("- %s: %s → %s".formatted(field.label(), show(old), show(now)));
      }
    }
    for (ReportTexts part : ReportTexts.values()) {
      String old = before.text(part);
      String now = after.text(part);
      if (!Objects.equals(old, now)) {
        lines.add(
            "- %s: %s"
                .formatted(
                    part.label(), old == null ? "bổ sung mới" : now == null ? "đã xóa" : "đã sửa"));
      }
    }
    String since = "So với lần gửi lúc " + VietnameseFormats.dateTime(sentAt);
    return lines.isEmpty()
        ? since + ": không thay đổi số liệu hay nội dung nào."
        : since + ":\n" + String.join("\n", lines);
  }

  private static String show(Long value) {
    return value == null ? "(trống)" : VietnameseFormats.number(value);
  }
}
