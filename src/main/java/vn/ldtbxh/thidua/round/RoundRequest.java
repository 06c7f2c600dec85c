package vn.ldtbxh.thidua.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.ldtbxh.thidua.movement.Movement;

/**
 * A validated request to open a round: what the start form or a REST client asked for, resolved.
 */
public record RoundRequest(
    Movement movement,
    int year,
    RoundType type,
    LocalDate deadline,
    Instant due,
    List<String> unitCodes) {

  public String roundKey() {
    return type.roundKey(year);
  }
}
