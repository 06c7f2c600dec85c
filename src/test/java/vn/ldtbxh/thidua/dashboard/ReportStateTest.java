package vn.ldtbxh.thidua.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.ldtbxh.thidua.report.ReportStatus;

class ReportStateTest {

  static final Instant DUE = Instant.parse("2026-12-15T10:00:00Z");

  @Test
  void eachStoredStatusHasItsState() {
    assertThat(ReportState.of(null, false)).isEqualTo(ReportState.PENDING);
    assertThat(ReportState.of(ReportStatus.PREPARING, false)).isEqualTo(ReportState.PENDING);
    assertThat(ReportState.of(ReportStatus.SUBMITTED, false))
        .isEqualTo(ReportState.SUBMITTED_ON_TIME);
    assertThat(ReportState.of(ReportStatus.SUBMITTED, true)).isEqualTo(ReportState.SUBMITTED_LATE);
    assertThat(ReportState.of(ReportStatus.RETURNED, true)).isEqualTo(ReportState.RETURNED);
    assertThat(ReportState.of(ReportStatus.ACCEPTED, true)).isEqualTo(ReportState.ACCEPTED);
    assertThat(ReportState.of(ReportStatus.NOT_SUBMITTED, true))
        .isEqualTo(ReportState.NOT_SUBMITTED);
  }

  @Test
  void onlyAnAwaitedReportPastItsDueDateIsOverdue() {
    Instant after = DUE.plusSeconds(1);
    assertThat(ReportState.overdue(ReportStatus.PREPARING, DUE, after)).isTrue();
    assertThat(ReportState.overdue(null, DUE, after)).isTrue();
    assertThat(ReportState.overdue(ReportStatus.PREPARING, DUE, DUE)).isFalse();
    assertThat(ReportState.overdue(ReportStatus.SUBMITTED, DUE, after)).isFalse();
    assertThat(ReportState.overdue(ReportStatus.NOT_SUBMITTED, DUE, after)).isFalse();
    assertThat(ReportState.overdue(ReportStatus.PREPARING, null, after)).isFalse();
  }

  @Test
  void theShownTextSaysLateAndOverdue() {
    assertThat(ReportState.ACCEPTED.text(true, false)).isEqualTo("Được chấp nhận (nộp muộn)");
    assertThat(ReportState.ACCEPTED.text(false, false)).isEqualTo("Được chấp nhận");
    assertThat(ReportState.PENDING.text(false, true)).isEqualTo("Chưa nộp (quá hạn)");
    assertThat(ReportState.SUBMITTED_LATE.text(true, false)).isEqualTo("Nộp muộn");
    assertThat(ReportState.NOT_SUBMITTED.text(true, false)).isEqualTo("Không nộp");
  }

  @Test
  void aStepIsLateOnlyPastItsDueDate() {
    assertThat(NominationPipelines.isLate(DUE, DUE.plusSeconds(60))).isTrue();
    assertThat(NominationPipelines.isLate(DUE, DUE.minusSeconds(60))).isFalse();
    assertThat(NominationPipelines.isLate(null, DUE)).isFalse();
  }
}
