package vn.ldtbxh.thidua.dashboard;

import java.math.BigDecimal;
import vn.ldtbxh.thidua.report.PovertyIndicators;
import vn.ldtbxh.thidua.report.ReportContent;
import vn.ldtbxh.thidua.report.ReportField;

/**
 * One district's indicators for one year, from its accepted report, each against the plan's target:
 * the poverty rate falls by at least 0.5 percentage points, 100% of entitled people receive the
 * social allowance, no poor household of people with merit. Every value is {@code null} for a year
 * without an accepted report, and a flag is {@code null} when its figures are missing.
 */
public record YearIndicators(
    int year,
    boolean reported,
    BigDecimal poorRateStart,
    BigDecimal poorRateEnd,
    BigDecimal fallPoints,
    Boolean fallMet,
    BigDecimal allowanceCoverage,
    Boolean coverageMet,
    Long meritPoorHouseholds,
    Boolean meritMet) {

  public static final BigDecimal TARGET_FALL_POINTS = PovertyIndicators.TARGET_FALL_POINTS;
  public static final BigDecimal TARGET_COVERAGE_PERCENT = new BigDecimal("100");
  public static final long TARGET_MERIT_POOR_HOUSEHOLDS = 0;

  public static YearIndicators notReported(int year) {
    return new YearIndicators(year, false, null, null, null, null, null, null, null, null);
  }

  public static YearIndicators of(int year, ReportContent content) {
    PovertyIndicators indicators = PovertyIndicators.of(content);
    BigDecimal fall = indicators.fallPoints();
    BigDecimal coverage = indicators.allowanceCoverage();
    Long merit = content.figure(ReportField.MERIT_POOR_HOUSEHOLDS);
    return new YearIndicators(
        year,
        true,
        indicators.poorRateStart(),
        indicators.poorRateEnd(),
        fall,
        fall == null ? null : fall.compareTo(TARGET_FALL_POINTS) >= 0,
        coverage,
        coverage == null ? null : coverage.compareTo(TARGET_COVERAGE_PERCENT) >= 0,
        merit,
        merit == null ? null : merit <= TARGET_MERIT_POOR_HOUSEHOLDS);
  }

  /** "Đạt", "Chưa đạt" or "" (no figures). */
  public static String metText(Boolean met) {
    return met == null ? "" : met ? "Đạt" : "Chưa đạt";
  }
}
