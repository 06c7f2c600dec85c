package vn.ldtbxh.thidua.report;

import java.time.Instant;

/** A unit's report in a round, as stored. */
public record UnitReport(
    String roundKey,
    String unitCode,
    String businessKey,
    String processInstanceId,
    ReportStatus status,
    String unitName,
    Instant dueAt,
    Instant submittedAt,
    boolean late,
    Instant acceptedAt,
    ReportContent content) {}
