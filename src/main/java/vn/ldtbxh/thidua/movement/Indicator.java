package vn.ldtbxh.thidua.movement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import vn.ldtbxh.thidua.common.Inputs;
import vn.ldtbxh.thidua.common.ThiduaException;

/**
 * The four indicators the district report forms compute, each with its target in Kế hoạch
 * 179/KH-LĐTBXH (II.1): the default of a new movement.
 */
public enum Indicator {
  /** Points of the poverty rate lost over the year: at least 0.5 a year (II.1.a). */
  POVERTY_RATE_FALL(
      "Mức giảm tỷ lệ hộ nghèo", "điểm %/năm", new BigDecimal("0.5"), true, "-100", "100", 2),
  /** Share of those entitled who receive the social allowance: 100 % (II.1.a). */
  ALLOWANCE_COVERAGE(
      "Tỷ lệ đối tượng đủ điều kiện được hưởng trợ cấp xã hội",
      "%",
      new BigDecimal("100"),
      true,
      "0",
      "100",
      2),
  /** Poor households of people with merit left by the movement's last year: none (II.1.b). */
  MERIT_POOR_HOUSEHOLDS(
      "Hộ nghèo thuộc diện người có công (đến năm cuối)",
      "hộ",
      BigDecimal.ZERO,
      false,
      "0",
      "10000000",
      0),
  /** Share of children in special circumstances protected and cared for: 100 % (II.1.e). */
  CHILDREN_PROTECTED(
      "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được bảo vệ, chăm sóc",
      "%",
      new BigDecimal("100"),
      true,
      "0",
      "100",
      2);

  private final String vietnamese;
  private final String measure;
  private final BigDecimal planDefault;
  private final boolean atLeast;
  private final BigDecimal min;
  private final BigDecimal max;
  private final int scale;

  Indicator(
      String vietnamese,
      String measure,
      BigDecimal planDefault,
      boolean atLeast,
      String min,
      String max,
      int scale) {
    this.vietnamese = vietnamese;
    this.measure = measure;
    this.planDefault = planDefault;
    this.atLeast = atLeast;
    this.min = new BigDecimal(min);
    this.max = new BigDecimal(max);
    this.scale = scale;
  }

  public String vietnamese() {
    return vietnamese;
  }

  /** The unit the target is counted in: "điểm %/năm", "%", "hộ". */
  public String measure() {
    return measure;
  }

  /** The target of Kế hoạch 179/KH-LĐTBXH. */
  public BigDecimal planDefault() {
    return planDefault;
  }

  /** A target as stored, with the indicator's decimals (0.50, 100.00, 0 households). */
  public BigDecimal normalize(BigDecimal target) {
    return target.setScale(scale, RoundingMode.HALF_UP);
  }

  /** Whether the value must reach the target (a rate) or stay within it (a count of households). */
  public boolean atLeast() {
    return atLeast;
  }

  /** Whether a value meets a target; null when the value is unknown. */
  public Boolean met(BigDecimal value, BigDecimal target) {
    if (value == null) {
      return null;
    }
    int comparison = value.compareTo(target);
    return atLeast ? comparison >= 0 : comparison <= 0;
  }

  public static Optional<Indicator> of(String code) {
    for (Indicator indicator : values()) {
      if (indicator.name().equals(code)) {
        return Optional.of(indicator);
      }
    }
    return Optional.empty();
  }

  public static Indicator parse(Object code) {
    String text = Inputs.text(code);
    if (text == null) {
      throw ThiduaException.invalid("Chưa chọn chỉ tiêu (indicator).");
    }
    return of(text)
        .orElseThrow(
            () ->
                ThiduaException.invalid(
                    ("Không có chỉ tiêu \"%s\": chỉ có POVERTY_RATE_FALL, ALLOWANCE_COVERAGE,"
                            + " MERIT_POOR_HOUSEHOLDS, CHILDREN_PROTECTED.")
                        .formatted(text)));
  }

  /**
   * A target for this indicator: a number (or a numeric text with a dot or a comma) within the
   * indicator's range, with at most its decimals.
   */
  public BigDecimal target(Object value) {
    String label = "Mục tiêu \"%s\"".formatted(vietnamese);
    if (value == null || value instanceof Boolean || (value instanceof String s && s.isBlank())) {
      throw ThiduaException.invalid("Chưa nhập %s.".formatted(label.toLowerCase()));
    }
    BigDecimal number;
    try {
      number =
          value instanceof Number n
              ? new BigDecimal(n.toString())
              : new BigDecimal(Inputs.text(value).replace(',', '.'));
    } catch (NumberFormatException e) {
      throw ThiduaException.invalid(
          "%s phải là một số, không phải \"%s\".".formatted(label, value));
    }
    if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
      throw ThiduaException.invalid(
          "%s phải trong khoảng %s–%s %s (đã nhập %s)."
              .formatted(
                  label,
                  min.toPlainString(),
                  max.toPlainString(),
                  measure,
                  number.toPlainString()));
    }
    if (number.stripTrailingZeros().scale() > scale) {
      throw ThiduaException.invalid(
          (scale == 0
                  ? "%s phải là số nguyên (đã nhập %s)."
                  : "%s có nhiều nhất " + scale + " chữ số thập phân (đã nhập %s).")
              .formatted(label, number.toPlainString()));
    }
    return number.setScale(scale, RoundingMode.UNNECESSARY);
  }
}
