package vn.ldtbxh.thidua.council;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A member of the council from {@code from} to {@code to} (both included; {@code to} null while the
 * member serves), as recorded by {@code recordedBy} at {@code recordedAt}.
 */
public record CouncilMember(
    long id,
    String name,
    String position,
    CouncilRole role,
    LocalDate from,
    LocalDate to,
    Instant recordedAt,
    String recordedBy) {

  /** Serves on {@code date}. */
  public boolean servesOn(LocalDate date) {
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }

  /** Serves on some day of the other's period. */
  public boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
    return (to == null || !otherFrom.isAfter(to)) && (otherTo == null || !otherTo.isBefore(from));
  }
}
