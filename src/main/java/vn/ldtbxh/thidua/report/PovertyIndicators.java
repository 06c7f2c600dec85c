package vn.ldtbxh.thidua.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The plan's indicators computed from a district report: poverty rate at the start and end of the
 * year (percent of households), its fall in percentage points against the target of 0.5 a year,
 * allowance coverage (target 100%) and children protected (target 100%).
 */
public record PovertyIndicators(
    BigDecimal poorRateStart,
    BigDecimal poorRateEnd,
    BigDecimal allowanceCoverage,
    BigDecimal childrenProtectedRate,
    Long poorStart,
    Long poorEnd) {

  public static final BigDecimal TARGET_FALL_POINTS = new BigDecimal("0.5");

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

  public Boolean meetsTarget() {
    BigDecimal fall = fallPoints();
    return fall == null ? null : fall.compareTo(TARGET_FALL_POINTS) >= 0;
  }

  public String poorChangeText() {
    return poorStart == null ? "" : poorStart + " → " + poorEnd;
  }

  public String rateChangeText() {
    if (fallPoints() == null) {
      return "";
    }
    return "%s%% → %s%% (giảm %s; %s)"
        .formatted(
            poorRateStart.toPlainString(),
            poorRateEnd.toPlainString(),
            fallPoints().toPlainString(),
            meetsTarget() ? "đạt mục tiêu 0,5" : "chưa đạt mục tiêu 0,5");
  }
}
