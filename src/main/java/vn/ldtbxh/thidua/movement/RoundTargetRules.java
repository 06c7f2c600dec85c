package vn.ldtbxh.thidua.movement;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.ldtbxh.thidua.common.Inputs;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.organization.Unit;

/**
 * The units' own targets for a round sent to {@code PUT /api/rounds/{roundKey}/targets}: a list of
 * {@code {"unitCode", "indicator", "target"}}, each unit a district called to the round (the
 * indicators are computed from district reports), each pair of unit and indicator once, each target
 * a number in the indicator's range. The list replaces the round's own targets as a whole; a unit
 * or indicator left out takes the movement's target.
 */
public final class RoundTargetRules {

  private static final Set<String> FIELDS = Set.of("unitCode", "indicator", "target");

  private RoundTargetRules() {}

  /**
   * @param roundUnits the units called to the round, by code
   */
  public static Map<String, Map<Indicator, BigDecimal>> check(
      Object body, String roundKey, Map<String, Unit> roundUnits) {
    if (!(body instanceof Collection<?> list)) {
      throw ThiduaException.invalid(
          "Nội dung phải là một danh sách {\"unitCode\", \"indicator\", \"target\"}.");
    }
    Map<String, Map<Indicator, BigDecimal>> targets = new LinkedHashMap<>();
    for (Object element : list) {
      Map<String, Object> entry = MovementRules.entry(element, FIELDS);
      String code = Inputs.text(entry.get("unitCode"));
      if (code == null) {
        throw ThiduaException.invalid("Chưa chọn đơn vị (unitCode) của một mục tiêu.");
      }
      Unit unit = roundUnits.get(code);
      if (unit == null) {
        throw ThiduaException.invalid(
            "Đơn vị mã \"%s\" không tham gia đợt thi đua %s.".formatted(code, roundKey));
      }
      if (!unit.isDistrict()) {
        throw ThiduaException.invalid(
            ("%s không phải đơn vị cấp huyện: các chỉ tiêu chỉ tính cho báo cáo của Phòng"
                    + " Lao động - Thương binh và Xã hội cấp huyện.")
                .formatted(unit.name()));
      }
      Indicator indicator = Indicator.parse(entry.get("indicator"));
      BigDecimal target = indicator.target(entry.get("target"));
      if (targets.computeIfAbsent(code, c -> new EnumMap<>(Indicator.class)).put(indicator, target)
          != null) {
        throw ThiduaException.invalid(
            "%s có hai mục tiêu \"%s\".".formatted(unit.name(), indicator.vietnamese()));
      }
    }
    return targets;
  }
}
