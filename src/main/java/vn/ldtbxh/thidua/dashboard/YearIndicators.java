package vn.ldtbxh.thidua.dashboard;

import java.math.BigDecimal;
import vn.ldtbxh.thidua.movement.Indicator;
import vn.ldtbxh.thidua.movement.Targets;
import vn.ldtbxh.thidua.report.PovertyIndicators;
import vn.ldtbxh.thidua.report.ReportContent;
import vn.ldtbxh.thidua.report.ReportField;

/**
 * One district's indicators for one year, from its accepted report, each against the district's own
 * target for the year ({@code targets}: set for the round, or the movement's): the poverty rate's
 * fall in points, the share of entitled people receiving the social allowance, the poor households
 * of people with merit, the share of children in special circumstances protected. Every value is
 * {@code null} for a year without an accepted report, and a flag is {@code null} when its figures
 * are missing.
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
    Boolean meritMet,
    BigDecimal childrenProtected,
    Boolean childrenMet,
    Targets targets) {

  public static YearIndicators notReported(int year, Targets targets) {
    return new YearIndicators(
        year, false, null, null, null, null, null, null, null, null, null, null, targets);
  }

  public static YearIndicators of(int year, ReportContent content, Targets targets) {
    PovertyIndicators indicators = PovertyIndicators.of(content);
    BigDecimal fall = indicators.fallPoints();
    BigDecimal coverage = indicators.allowanceCoverage();
    BigDecimal children = indicators.childrenProtectedRate();
    Long merit = content.figure(ReportField.MERIT_POOR_HOUSEHOLDS);
    return new YearIndicators(
        year,
        true,
        indicators.poorRateStart(),
        indicators.poorRateEnd(),
        fall,
        targets.met(Indicator.POVERTY_RATE_FALL, fall),
        coverage,
        targets.met(Indicator.ALLOWANCE_COVERAGE, coverage),
        merit,
        targets.met(
            Indicator.MERIT_POOR_HOUSEHOLDS, merit == null ? null : BigDecimal.valueOf(merit)),
        children,
        targets.met(Indicator.CHILDREN_PROTECTED, children),
        targets);
  }

  /** "Đạt", "Chưa đạt" or "" (no figures). */
  public static String metText(Boolean met) {
    return met == null ? "" : met ? "Đạt" : "Chưa đạt";
  }
}
