package vn.ldtbxh.thidua.movement;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.organization.Unit;
import vn.ldtbxh.thidua.organization.UnitRepository;
import vn.ldtbxh.thidua.round.Round;
import vn.ldtbxh.thidua.round.RoundRepository;
import vn.ldtbxh.thidua.security.AccessRules;

/**
 * The districts' own targets for a round's year: read by those who follow the rounds, set by social
 * protection while the round is open. A district without its own target is measured against the
 * movement's.
 */
@RestController
@RequestMapping("/api/rounds/{roundKey}/targets")
public class RoundTargetApi {

  private final RoundRepository rounds;
  private final MovementRepository movements;
  private final UnitRepository units;
  private final TargetBook book;
  private final Clock clock;

  public RoundTargetApi(
      RoundRepository rounds,
      MovementRepository movements,
      UnitRepository units,
      TargetBook book,
      Clock clock) {
    this.rounds = rounds;
    this.movements = movements;
    this.units = units;
    this.book = book;
    this.clock = clock;
  }

  @Operation(
      summary = "Mục tiêu của từng đơn vị trong đợt thi đua: riêng của đơn vị hoặc của phong trào")
  @GetMapping
  public Map<String, Object> get(@PathVariable String roundKey, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    user.require(AccessRules.OBSERVERS, "xem mục tiêu của các đơn vị");
    return view(round(roundKey), user);
  }

  /**
   * Replaces the round's own targets as a whole: {@code [{"unitCode", "indicator", "target"}, …]};
   * an empty list returns every district to the movement's targets.
   */
  @Operation(
      summary = "Đặt mục tiêu riêng của các huyện cho năm của đợt thi đua (Phòng Bảo trợ xã hội)")
  @PutMapping
  public Map<String, Object> replace(
      @PathVariable String roundKey, @RequestBody Object body, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    user.require(
        AccessRules.TARGET_SETTERS, "đặt mục tiêu riêng của các huyện (chỉ Phòng Bảo trợ xã hội)");
    Round round = round(roundKey);
    Map<String, Unit> called = calledUnits(roundKey);
    Map<String, Map<Indicator, BigDecimal>> targets =
        RoundTargetRules.check(body, roundKey, called);
    movements.replaceRoundTargets(
        roundKey, targets, user.userId(), clock.instant(), () -> requireOpen(round(roundKey)));
    return view(round, user);
  }

  private static void requireOpen(Round round) {
    if (!round.isOpen()) {
      throw ThiduaException.conflict(
          ("Đợt thi đua %s đã kết thúc (báo cáo tổng hợp đã được phê duyệt): không đổi được mục"
                  + " tiêu của các đơn vị.")
              .formatted(round.roundKey()));
    }
  }

  private Map<String, Object> view(Round round, CurrentUser user) {
    Movement movement = movements.findByCode(round.movementCode()).orElseThrow();
    Map<String, Unit> called = calledUnits(round.roundKey());
    Map<String, Map<Indicator, BigDecimal>> own = movements.roundTargets(round.roundKey());
    Map<String, Targets> targets =
        book.forRound(movement, round.roundKey(), List.copyOf(called.keySet()));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("roundKey", round.roundKey());
    answer.put("year", round.year());
    answer.put("movementCode", movement.code());
    answer.put("movementName", movement.name());
    answer.put("movementTargets", movement.targets());
    answer.put("indicators", movement.targets().describe());
    answer.put("mayEdit", round.isOpen() && user.isInAny(AccessRules.TARGET_SETTERS));
    answer.put(
        "units",
        called.values().stream()
            .filter(Unit::isDistrict)
            .map(
                unit -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("unitCode", unit.code());
                  entry.put("unitName", unit.name());
                  entry.put("targets", targets.get(unit.code()));
                  entry.put(
                      "own",
                      own.getOrDefault(unit.code(), Map.of()).keySet().stream()
                          .map(Indicator::name)
                          .toList());
                  return entry;
                })
            .toList());
    answer.put("targets", MovementRepository.describeTargets(own));
    answer.put(
        "changes", movements.changes(MovementRepository.ROUND_TARGETS_RECORD, round.roundKey()));
    return answer;
  }

  private Map<String, Unit> calledUnits(String roundKey) {
    return units.findByCodes(rounds.unitCodes(roundKey)).stream()
        .sorted(java.util.Comparator.comparing(Unit::code))
        .collect(
            Collectors.toMap(Unit::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  private Round round(String roundKey) {
    return rounds
        .findByKey(roundKey)
        .orElseThrow(
            () -> ThiduaException.notFound("Không có đợt thi đua \"%s\".".formatted(roundKey)));
  }
}
