package vn.ldtbxh.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportChangesTest {

  private static final Instant SENT = Instant.parse("2026-12-10T03:15:00Z");

  @Test
  void aFirstSubmissionSaysSo() {
    assertThat(ReportChanges.describe(content(950L, "A"), null, content(950L, "A")))
        .isEqualTo("Lần gửi đầu tiên của báo cáo.");
  }

  @Test
  void aRevisionNamesEachChangedFigureWithItsOldAndNewValueAndEachRewrittenText() {
    String changes =
        ReportChanges.describe(content(1250L, "Tóm tắt cũ"), SENT, content(1240L, "Tóm tắt mới"));
    assertThat(changes)
        .startsWith("So với lần gửi lúc 10/12/2026 10:15:")
        .contains("- Số hộ nghèo cuối năm: 1.250 → 1.240", "- Tóm tắt kết quả: đã sửa")
        .doesNotContain("Tổng số hộ dân");
  }

  @Test
  void anUnchangedRevisionSaysNothingChanged() {
    assertThat(ReportChanges.describe(content(950L, "A"), SENT, content(950L, "A")))
        .endsWith("không thay đổi số liệu hay nội dung nào.");
  }

  private static ReportContent content(Long poorEnd, String summary) {
    return new ReportContent(
        Map.of(ReportField.HOUSEHOLDS_TOTAL, 20000L, ReportField.POOR_END, poorEnd),
        Map.of(ReportTexts.SUMMARY, summary));
  }
}
