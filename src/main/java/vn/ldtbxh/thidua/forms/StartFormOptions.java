package vn.ldtbxh.thidua.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.MovementRepository;
import vn.ldtbxh.thidua.organization.Unit;
import vn.ldtbxh.thidua.organization.UnitRepository;
import vn.ldtbxh.thidua.round.Round;
import vn.ldtbxh.thidua.round.RoundRepository;

/**
 * The choices of the two start forms, from the application's data and for the user who opens the
 * form. Tasklist gives a start form no variables, so its dynamic lists ({@code valuesKey}) would
 * stay empty: {@link StartFormContentFilter} asks this class to write their {@code values} into the
 * form as the engine serves it.
 *
 * <ul>
 *   <li>{@code startRound}: the running movements (those whose years reach this year or the next,
 *       and the last one's if it ended last year), this year by default, and their active units.
 *   <li>{@code startNomination}: the open rounds that called one of the user's units, and the
 *       user's own active units, chosen already (and read-only) where there is one.
 * </ul>
 */
@Component
public class StartFormOptions {

  static final Set<String> FORMS = Set.of("startRound", "startNomination");

  private final MovementRepository movements;
  private final RoundRepository rounds;
  private final UnitRepository units;
  private final Clock clock;

  public StartFormOptions(
      MovementRepository movements, RoundRepository rounds, UnitRepository units, Clock clock) {
    this.movements = movements;
    this.rounds = rounds;
    this.units = units;
    this.clock = clock;
  }

  /** Fills the form's lists in place for a user with these groups; false for another form. */
  public boolean fill(ObjectNode form, List<String> groups) {
    String id = form.path("id").asText();
    if (!FORMS.contains(id)) {
      return false;
    }
    if (id.equals("startRound")) {
      fillRound(form);
    } else {
      fillNomination(form, groups);
    }
    return true;
  }

  private void fillRound(ObjectNode form) {
    int year = LocalDate.now(clock.withZone(VietnameseFormats.ZONE)).getYear();
    List<Movement> running =
        movements.findAll().stream()
            .filter(m -> m.lastYear() >= year - 1 && m.firstYear() <= year + 1)
            .toList();
    Map<String, String> movementChoices = new LinkedHashMap<>();
    running.forEach(
        m ->
            movementChoices.put(
                m.code(),
                "%s (%d–%d%s)"
                    .formatted(
                        m.name(),
                        m.firstYear(),
                        m.lastYear(),
                        m.planReference().isEmpty() ? "" : ", " + m.planReference())));
    List<String> codes = running.stream().flatMap(m -> m.unitCodes().stream()).distinct().toList();
    Map<String, String> unitChoices = new LinkedHashMap<>();
    units.findByCodes(codes).stream()
        .filter(Unit::active)
        .forEach(unit -> unitChoices.put(unit.code(), unit.name()));
    each(
        form,
        field -> {
          switch (field.path("key").asText()) {
            case "movement" -> {
              choices(field, movementChoices);
              if (movementChoices.size() == 1) {
                field.put("defaultValue", movementChoices.keySet().iterator().next());
              }
              if (movementChoices.isEmpty()) {
                field.put(
                    "description",
                    "Chưa có phong trào nào đang diễn ra: Phòng Bảo trợ xã hội hoặc Văn phòng Sở"
                        + " tạo phong trào trong Cockpit, trang \"Phong trào\".");
              }
            }
            case "year" -> field.put("defaultValue", year);
            case "unitCodes" -> choices(field, unitChoices);
            default -> {}
          }
        });
  }

  private void fillNomination(ObjectNode form, List<String> groups) {
    List<String> own =
        groups.stream()
            .filter(group -> group.startsWith(Unit.GROUP_PREFIX))
            .map(group -> group.substring(Unit.GROUP_PREFIX.length()))
            .toList();
    Map<String, String> unitChoices = new LinkedHashMap<>();
    units.findByCodes(own).stream()
        .filter(Unit::active)
        .forEach(unit -> unitChoices.put(unit.code(), unit.name()));
    Map<String, String> roundChoices = openRoundsCalling(unitChoices.keySet());
    each(
        form,
        field -> {
          switch (field.path("key").asText()) {
            case "roundKey" -> {
              choices(field, roundChoices);
              if (roundChoices.size() == 1) {
                field.put("defaultValue", roundChoices.keySet().iterator().next());
              }
              if (roundChoices.isEmpty()) {
                field.put(
                    "description",
                    "Đơn vị của bạn chưa được gọi vào đợt thi đua nào đang mở: không có đợt để đề"
                        + " nghị khen thưởng.");
              }
            }
            case "unitCode" -> {
              choices(field, unitChoices);
              if (unitChoices.size() == 1) {
                field.put("defaultValue", unitChoices.keySet().iterator().next());
                field.put("readonly", true);
              }
            }
            default -> {}
          }
        });
  }

  /**
   * The open rounds that called one of the units, by key, each labelled "Năm 2026, đợt hằng năm –
   * movement".
   */
  public Map<String, String> openRoundsCalling(java.util.Collection<String> unitCodes) {
    Map<String, String> roundChoices = new LinkedHashMap<>();
    Map<String, String> movementNames = new LinkedHashMap<>();
    movements.findAll().forEach(m -> movementNames.put(m.code(), m.name()));
    for (Round round : rounds.findAll()) {
      if (round.isOpen()
          && unitCodes.stream().anyMatch(unit -> rounds.calls(round.roundKey(), unit))) {
        roundChoices.put(
            round.roundKey(),
            "Năm %d, đợt %s – %s"
                .formatted(
                    round.year(),
                    round.type().vietnamese().toLowerCase(),
                    movementNames.getOrDefault(round.movementCode(), round.movementCode())));
      }
    }
    return roundChoices;
  }

  /** Replaces a dynamic list by its values. */
  private static void choices(ObjectNode field, Map<String, String> choices) {
    field.remove("valuesKey");
    ArrayNode values = field.putArray("values");
    choices.forEach((value, label) -> values.addObject().put("label", label).put("value", value));
  }

  private static void each(JsonNode node, Consumer<ObjectNode> action) {
    List<JsonNode> pending = new ArrayList<>();
    pending.add(node);
    while (!pending.isEmpty()) {
      JsonNode current = pending.remove(pending.size() - 1);
      for (JsonNode child : current.path("components")) {
        if (child instanceof ObjectNode field) {
          action.accept(field);
          pending.add(field);
        }
      }
    }
  }
}
