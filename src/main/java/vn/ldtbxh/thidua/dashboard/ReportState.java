package vn.ldtbxh.thidua.dashboard;

import java.time.Instant;
import vn.ldtbxh.thidua.report.ReportStatus;

/**
 * Where a unit's report stands as a manager reads it: submitted on time or late, returned,
 * accepted, not submitted yet, or not submitted at all (closed at the cut-off).
 */
public enum ReportState {
  SUBMITTED_ON_TIME("Nộp đúng hạn"),
  SUBMITTED_LATE("Nộp muộn"),
  RETURNED("Bị trả lại"),
  ACCEPTED("Được chấp nhận"),
  PENDING("Chưa nộp"),
  NOT_SUBMITTED("Không nộp");

  private final String vietnamese;

  ReportState(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  public String vietnamese() {
    return vietnamese;
  }

  /** The state of a stored report ({@code null}: the report has not been opened yet). */
  public static ReportState of(ReportStatus status, boolean late) {
    if (status == null) {
      return PENDING;
    }
    return switch (status) {
      case PREPARING -> PENDING;
      case SUBMITTED -> late ? SUBMITTED_LATE : SUBMITTED_ON_TIME;
      case RETURNED -> RETURNED;
      case ACCEPTED -> ACCEPTED;
      case NOT_SUBMITTED -> NOT_SUBMITTED;
    };
  }

  /** A report still awaited whose due date has passed. */
  public static boolean overdue(ReportStatus status, Instant due, Instant now) {
    return (status == null || status == ReportStatus.PREPARING) && due != null && now.isAfter(due);
  }

  /**
   * Shown text: the state, with "nộp muộn" for an accepted late report and "quá hạn" for an overdue
   * one.
   */
  public String text(boolean late, boolean overdue) {
    if (this == ACCEPTED && late) {
      return vietnamese + " (nộp muộn)";
    }
    if (this == PENDING && overdue) {
      return vietnamese + " (quá hạn)";
    }
    return vietnamese;
  }
}
