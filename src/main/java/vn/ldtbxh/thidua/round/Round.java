package vn.ldtbxh.thidua.round;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A round (đợt thi đua) as stored: identified by its business key, round-2026 or round-2020-final.
 */
public record Round(
    String roundKey,
    String movementCode,
    int year,
    RoundType type,
    LocalDate deadline,
    String processInstanceId,
    String status,
    String startedBy,
    Instant startedAt,
    Instant summaryApprovedAt) {

  public static final String OPEN = "OPEN";
  public static final String CLOSED = "CLOSED";

  public boolean isOpen() {
    return OPEN.equals(status);
  }
}
