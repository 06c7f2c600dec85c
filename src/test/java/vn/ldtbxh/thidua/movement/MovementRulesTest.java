package vn.ldtbxh.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.organization.Unit;
import vn.ldtbxh.thidua.organization.UnitKind;

class MovementRulesTest {

  static final Map<String, Unit> UNITS =
      Map.of(
          "budang",
              new Unit("budang", "Phòng LĐ-TB&XH huyện Bù Đăng", UnitKind.DISTRICT, null, true),
          "btxh", new Unit("btxh", "Phòng Bảo trợ xã hội", UnitKind.DIVISION, null, true),
          "cu", new Unit("cu", "Phòng LĐ-TB&XH huyện Cũ", UnitKind.DISTRICT, null, false));

  final MovementRules rules = new MovementRules(UNITS);

  static Map<String, Object> body() {
    Map<String, Object> body = new HashMap<>();
    body.put("code", "giam-ngheo-2026-2030");
    body.put("name", "Chung tay vì người nghèo 2026–2030");
    body.put("planNumber", "25/KH-SYT");
    body.put("planDate", "2025-12-20");
    body.put("firstYear", 2026);
    body.put("lastYear", "2030");
    body.put("unitCodes", List.of("budang", "btxh"));
    return body;
  }

  @Test
  void aNewMovementTakesThePlansTargetsWhereNoneIsGiven() {
    Map<String, Object> body = body();
    body.put("targets", List.of(Map.of("indicator", "POVERTY_RATE_FALL", "target", "1,5")));
    Movement movement = rules.checkNew(body, List.of("vi-nguoi-ngheo-2018-2020"));
    assertThat(movement.planDate()).isEqualTo(LocalDate.of(2025, 12, 20));
    assertThat(movement.lastYear()).isEqualTo(2030);
    assertThat(movement.unitCodes()).containsExactly("budang", "btxh");
    assertThat(movement.targets().get(Indicator.POVERTY_RATE_FALL)).isEqualByComparingTo("1.5");
    assertThat(movement.targets().get(Indicator.ALLOWANCE_COVERAGE)).isEqualByComparingTo("100");
    assertThat(movement.targets().get(Indicator.MERIT_POOR_HOUSEHOLDS)).isEqualByComparingTo("0");
    assertThat(movement.planReference()).isEqualTo("Kế hoạch số 25/KH-SYT ngày 20/12/2025");
  }

  @Test
  void badInputIsRefusedWithAVietnameseMessage() {
    refused(Map.of("code", "giam-ngheo-2026-2030"), List.of("giam-ngheo-2026-2030"), "Đã có");
    refused(Map.of("code", "A B"), List.of(), "không hợp lệ");
    refused(Map.of("firstYear", 2031), List.of(), "Năm bắt đầu 2031 sau năm kết thúc 2030");
    refused(Map.of("firstYear", "hai nghìn"), List.of(), "phải là một số nguyên");
    refused(Map.of("planDate", "2031-01-01"), List.of(), "sau năm cuối của phong trào");
    refused(Map.of("unitCodes", List.of("cu")), List.of(), "đã ngừng hoạt động");
    refused(Map.of("unitCodes", "budang"), List.of(), "phải là một danh sách");
    refused(Map.of("targets", List.of(Map.of("indicator", "X", "target", 1))), List.of(), "\"X\"");
    refused(
        Map.of("targets", List.of(Map.of("indicator", "MERIT_POOR_HOUSEHOLDS", "target", 1.5))),
        List.of(),
        "phải là số nguyên");
    refused(
        Map.of("targets", List.of(Map.of("indicator", "CHILDREN_PROTECTED", "target", true))),
        List.of(),
        "Chưa nhập");
    refused(
        Map.of("targets", List.of(Map.of("indicator", "CHILDREN_PROTECTED", "note", 1))),
        List.of(),
        "Trường \"note\" không thuộc mục tiêu");
  }

  @Test
  void aChangeKeepsTheCodeAndEveryOpenedRoundsYearAndMayKeepAnEndedUnit() {
    Movement current =
        new Movement(
            "giam-ngheo-2026-2030",
            "Cũ",
            "25/KH-SYT",
            LocalDate.of(2025, 12, 20),
            2026,
            2030,
            Movement.DEFAULT_LEAD_GROUP,
            List.of("budang", "cu"),
            Targets.planDefaults());
    Map<String, Object> body = body();
    body.put("unitCodes", List.of("budang", "cu"));
    assertThat(rules.checkChange(current, body, List.of(2026)).unitCodes())
        .containsExactly("budang", "cu");
    body.put("firstYear", 2027);
    assertThatThrownBy(() -> rules.checkChange(current, body, List.of(2026)))
        .isInstanceOf(ThiduaException.class)
        .hasMessageContaining("Đã mở đợt thi đua năm 2026");
    Map<String, Object> renamed = body();
    renamed.put("code", "khac");
    assertThatThrownBy(() -> rules.checkChange(current, renamed, List.of()))
        .hasMessageContaining("Không đổi được mã phong trào");
  }

  @Test
  void aRoundsOwnTargetsAreForItsDistrictsOnly() {
    Map<String, Unit> called = Map.of("budang", UNITS.get("budang"), "btxh", UNITS.get("btxh"));
    Map<String, Map<Indicator, BigDecimal>> targets =
        RoundTargetRules.check(
            List.of(
                Map.of("unitCode", "budang", "indicator", "POVERTY_RATE_FALL", "target", 1),
                Map.of("unitCode", "budang", "indicator", "ALLOWANCE_COVERAGE", "target", "98.5")),
            "round-2026",
            called);
    assertThat(targets.get("budang"))
        .containsEntry(Indicator.POVERTY_RATE_FALL, new BigDecimal("1.00"))
        .containsEntry(Indicator.ALLOWANCE_COVERAGE, new BigDecimal("98.50"));
    assertThatThrownBy(
            () ->
                RoundTargetRules.check(
                    List.of(Map.of("unitCode", "btxh", "indicator", "X", "target", 1)),
                    "round-2026",
                    called))
        .hasMessageContaining("không phải đơn vị cấp huyện");
    assertThatThrownBy(
            () ->
                RoundTargetRules.check(
                    List.of(
                        Map.of("unitCode", "budang", "indicator", "POVERTY_RATE_FALL", "target", 1),
                        Map.of(
                            "unitCode", "budang", "indicator", "POVERTY_RATE_FALL", "target", 2)),
                    "round-2026",
                    called))
        .hasMessageContaining("có hai mục tiêu");
    assertThatThrownBy(() -> RoundTargetRules.check(Map.of(), "round-2026", called))
        .hasMessageContaining("phải là một danh sách");
  }

  @Test
  void eachIndicatorKnowsWhichWayItIsMet() {
    Targets plan = Targets.planDefaults();
    assertThat(plan.met(Indicator.POVERTY_RATE_FALL, new BigDecimal("0.5"))).isTrue();
    assertThat(plan.met(Indicator.POVERTY_RATE_FALL, new BigDecimal("0.49"))).isFalse();
    assertThat(plan.met(Indicator.MERIT_POOR_HOUSEHOLDS, BigDecimal.ZERO)).isTrue();
    assertThat(plan.met(Indicator.MERIT_POOR_HOUSEHOLDS, BigDecimal.ONE)).isFalse();
    assertThat(plan.met(Indicator.CHILDREN_PROTECTED, null)).isNull();
  }

  private void refused(Map<String, Object> changes, List<String> existing, String message) {
    Map<String, Object> body = body();
    body.putAll(changes);
    assertThatThrownBy(() -> rules.checkNew(body, existing))
        .isInstanceOf(ThiduaException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((ThiduaException) e).status()).isEqualTo(400));
  }
}
