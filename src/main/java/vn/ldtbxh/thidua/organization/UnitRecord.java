package vn.ldtbxh.thidua.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit with its dates: its first day, the day it ends (from which it no longer exists), the unit
 * that took over from it, and its names, each from a date.
 */
public record UnitRecord(
    Unit unit, LocalDate validFrom, LocalDate endedOn, String successor, List<DatedName> names) {

  /** A name of the unit from a date. */
  public record DatedName(LocalDate validFrom, String name) {}
}
