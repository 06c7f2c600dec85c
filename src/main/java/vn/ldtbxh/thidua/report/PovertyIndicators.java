package vn.ldtbxh.thidua.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The plan's indicators computed from a district report: poverty rate at the start and end of the
 * year (percent of households), its fall in percentage points, allowance coverage and children
 * protected, each in percent; the targets they are measured against are the unit's ({@code
 * movement.TargetBook}).
 */
public record PovertyIndicators(
    BigDecimal poorRateStart,
    BigDecimal poorRateEnd,
    BigDecimal allowanceCoverage,
    BigDecimal childrenProtectedRate,
    Long poorStart,
    Long poorEnd) {

  public static PovertyIndicators of(ReportContent content) {
    Long total = content.figure(ReportField.HOUSEHOLDS_TOTAL);
    return new PovertyIndicators(
        percent(content.figure(ReportField.POOR_START), total),
        percent(content.figure(ReportField.POOR_END), total),
        percent(
            content.figure(ReportField.ALLOWANCE_RECEIVING),
            content.figure(ReportField.ALLOWANCE_ENTITLED)),
        percent(
            content.figure(ReportField.CHILDREN_PROTECTED),
            content.figure(ReportField.CHILDREN_SPECIAL)),
        content.figure(ReportField.POOR_START),
        content.figure(ReportField.POOR_END));
  }

  static BigDecimal percent(Long part, Long whole) {
    if (part == null || whole == null || whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }

  /** The fall of the poverty rate over the year, in percentage points (positive: fewer poor). */
  public BigDecimal fallPoints() {
    return poorRateStart == null || poorRateEnd == null
        ? null
        : poorRateStart.subtract(poorRateEnd);
  }

  /** Whether the rate fell by at least {@code targetPoints}; null without figures. */
  public Boolean meetsFallTarget(BigDecimal targetPoints) {
    BigDecimal fall = fallPoints();
    return fall == null ? null : fall.compareTo(targetPoints) >= 0;
  }

  public String poorChangeText() {
    return poorStart == null ? "" : poorStart + " → " + poorEnd;
  }

  /** "6.00% → 5.50% (giảm 0.50; đạt mục tiêu 0,5)" against the unit's target in points. */
  public String rateChangeText(BigDecimal targetPoints) {
    if (fallPoints() == null) {
      return "";
    }
    String target = targetPoints.stripTrailingZeros().toPlainString().replace('.', ',');
    return "%s%% → %s%% (giảm %s; %s)"
        .formatted(
            poorRateStart.toPlainString(),
            poorRateEnd.toPlainString(),
            fallPoints().toPlainString(),
            meetsFallTarget(targetPoints)
                ? "đạt mục tiêu " + target
                : "chưa đạt mục tiêu " + target);
  }
}
