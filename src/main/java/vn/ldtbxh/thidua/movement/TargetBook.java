package vn.ldtbxh.thidua.movement;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The target each unit is measured against: its own for the round's year where social protection
 * set one, otherwise its movement's.
 */
@Component
public class TargetBook {

  private final MovementRepository movements;

  public TargetBook(MovementRepository movements) {
    this.movements = movements;
  }

  /** Every unit's targets in a round, for the units given. */
  public Map<String, Targets> forRound(Movement movement, String roundKey, List<String> unitCodes) {
    Map<String, Map<Indicator, BigDecimal>> own = movements.roundTargets(roundKey);
    Map<String, Targets> targets = new LinkedHashMap<>();
    for (String unit : unitCodes) {
      targets.put(unit, movement.targets().with(own.getOrDefault(unit, Map.of())));
    }
    return targets;
  }

  /** The targets of one unit in one round. */
  public Targets forUnit(Movement movement, String roundKey, String unitCode) {
    return movement
        .targets()
        .with(movements.roundTargets(roundKey).getOrDefault(unitCode, Map.of()));
  }

  /** The targets of a movement's units year by year: {@code (unitCode, year) → targets}. */
  public YearlyTargets forMovement(Movement movement) {
    Map<Integer, Map<String, Map<Indicator, BigDecimal>>> own =
        movements.roundTargetsOfMovement(movement.code());
    return (unitCode, year) ->
        movement.targets().with(own.getOrDefault(year, Map.of()).getOrDefault(unitCode, Map.of()));
  }

  /** A unit's targets for a year of a movement. */
  @FunctionalInterface
  public interface YearlyTargets {
    Targets of(String unitCode, int year);
  }
}
