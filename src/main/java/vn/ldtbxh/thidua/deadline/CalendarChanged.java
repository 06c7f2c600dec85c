package vn.ldtbxh.thidua.deadline;

/**
 * The office changed a year of the calendar table: published inside the change's transaction, with
 * the whole table before and after, so that open deadlines and timers follow it (never earlier).
 */
public record CalendarChanged(
    int year, CalendarOverrides before, CalendarOverrides after, String changedBy) {}
