package vn.ldtbxh.thidua.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.Inputs;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.deadline.DeadlineCalculator;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.MovementRepository;
import vn.ldtbxh.thidua.organization.Unit;
import vn.ldtbxh.thidua.organization.UnitRepository;

/**
 * Checks the start variables of {@code emulation-round}: a known movement, a year of the movement,
 * a FINAL round only in its last year, a deadline not yet past, active units of the movement, and
 * no round with the same business key.
 */
@Component
public class RoundRequestValidator {

  private final MovementRepository movements;
  private final UnitRepository units;
  private final RoundRepository rounds;
  private final DeadlineCalculator deadlines;

  public RoundRequestValidator(
      MovementRepository movements,
      UnitRepository units,
      RoundRepository rounds,
      DeadlineCalculator deadlines) {
    this.movements = movements;
    this.units = units;
    this.rounds = rounds;
    this.deadlines = deadlines;
  }

  public RoundRequest validate(Map<String, Object> variables, Instant now) {
    String movementCode = Inputs.text(variables.get("movement"));
    if (movementCode == null) {
      throw ThiduaException.invalid("Chưa chọn phong trào thi đua (movement).");
    }
    Movement movement =
        movements
            .findByCode(movementCode)
            .orElseThrow(
                () ->
                    ThiduaException.invalid(
                        "Không có phong trào thi đua mã \"%s\".".formatted(movementCode)));
    int year =
        Math.toIntExact(
            Inputs.requiredWholeNumber(variables.get("year"), "năm của đợt thi đua (year)"));
    if (!movement.covers(year)) {
      throw ThiduaException.invalid(
          "Năm %d nằm ngoài thời gian của phong trào \"%s\" (%d–%d)."
              .formatted(year, movement.name(), movement.firstYear(), movement.lastYear()));
    }
    RoundType type = roundType(variables.get("roundType"));
    if (type == RoundType.FINAL && year != movement.lastYear()) {
      throw ThiduaException.invalid(
          "Đợt tổng kết chỉ mở trong năm cuối của phong trào (%d), không phải năm %d."
              .formatted(movement.lastYear(), year));
    }
    LocalDate deadline = Inputs.date(variables.get("deadline"), "Hạn nộp báo cáo (deadline)");
    if (deadline == null) {
      deadline = deadlines.defaultDeadlineDate(year);
    }
    Instant due = deadlines.deadlineEnd(deadline);
    if (!due.isAfter(now)) {
      throw ThiduaException.invalid(
          "Hạn nộp báo cáo %s (kết thúc lúc %s) đã qua: không thể mở đợt thi đua với hạn này."
              .formatted(VietnameseFormats.date(deadline), VietnameseFormats.dateTime(due)));
    }
    List<String> unitCodes = unitCodes(variables.get("unitCodes"), movement);
    String roundKey = type.roundKey(year);
    if (rounds.exists(roundKey)) {
      throw ThiduaException.conflict(
          "Đợt thi đua %s (%s năm %d) đã được mở trước đó: không thể mở lần thứ hai."
              .formatted(roundKey, type.vietnamese(), year));
    }
    return new RoundRequest(movement, year, type, deadline, due, unitCodes);
  }

  private static RoundType roundType(Object value) {
    String text = Inputs.text(value);
    if (text == null) {
      return RoundType.ANNUAL;
    }
    try {
      return RoundType.valueOf(text.toUpperCase());
    } catch (IllegalArgumentException e) {
      throw ThiduaException.invalid(
          "Loại đợt thi đua \"%s\" không hợp lệ: chỉ có ANNUAL (hằng năm) hoặc FINAL (tổng kết)."
              .formatted(text));
    }
  }

  /**
   * The units called: those chosen, each a unit of the movement and active; none chosen, every
   * active unit of the movement.
   */
  private List<String> unitCodes(Object value, Movement movement) {
    List<String> requested = Inputs.codes(value);
    if (requested.isEmpty()) {
      List<String> active =
          units.findByCodes(movement.unitCodes()).stream()
              .filter(Unit::active)
              .map(Unit::code)
              .toList();
      if (active.isEmpty()) {
        throw ThiduaException.invalid(
            "Phong trào \"%s\" không có đơn vị nào đang hoạt động để tham gia đợt thi đua."
                .formatted(movement.name()));
      }
      return active;
    }
    Map<String, Unit> known =
        units.findByCodes(requested).stream()
            .collect(java.util.stream.Collectors.toMap(Unit::code, unit -> unit));
    for (String code : requested) {
      Unit unit = known.get(code);
      if (unit == null) {
        throw ThiduaException.invalid("Không có đơn vị mã \"%s\".".formatted(code));
      }
      if (!unit.active()) {
        throw ThiduaException.invalid(
            "Đơn vị \"%s\" đã ngừng hoạt động, không thể tham gia đợt thi đua."
                .formatted(unit.name()));
      }
      if (!movement.unitCodes().contains(code)) {
        throw ThiduaException.invalid(
            "Đơn vị \"%s\" không tham gia phong trào \"%s\": chỉ gọi được các đơn vị của phong trào."
                .formatted(unit.name(), movement.name()));
      }
    }
    return requested;
  }
}
