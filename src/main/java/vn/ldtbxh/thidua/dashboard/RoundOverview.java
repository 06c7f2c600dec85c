package vn.ldtbxh.thidua.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A round at a glance: its deadline (extended or not) and every unit called to report, with the
 * state of its report, its due date and the notices it received.
 */
public record RoundOverview(
    String roundKey,
    int year,
    String roundType,
    String movementCode,
    String movementName,
    LocalDate deadline,
    LocalDate originalDeadline,
    boolean deadlineExtended,
    boolean open,
    Map<String, Long> counts,
    List<UnitStanding> units) {

  /**
   * One unit's line. {@code state} is a {@link ReportState} name, {@code stateText} what the user
   * reads.
   */
  public record UnitStanding(
      String unitCode,
      String unitName,
      String state,
      String stateText,
      boolean late,
      boolean overdue,
      LocalDate deadline,
      Instant due,
      Instant originalDue,
      boolean extended,
      Instant submittedAt,
      Instant acceptedAt,
      List<NoticeLine> notices) {}

  /** A reminder or notice a unit received. */
  public record NoticeLine(String kind, String kindText, Instant sentAt, String subject) {}
}
