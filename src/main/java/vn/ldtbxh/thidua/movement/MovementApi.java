package vn.ldtbxh.thidua.movement;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.organization.Unit;
import vn.ldtbxh.thidua.organization.UnitRepository;
import vn.ldtbxh.thidua.security.AccessRules;

/**
 * Movements as data: read by those who follow the rounds, created and edited by social protection
 * and the office, each with the record of its changes.
 */
@RestController
@RequestMapping("/api/movements")
public class MovementApi {

  private static final String KEEPERS_ONLY =
      "tạo hoặc sửa phong trào thi đua (chỉ Phòng Bảo trợ xã hội, Văn phòng Sở)";

  private final MovementRepository movements;
  private final UnitRepository units;
  private final Clock clock;

  public MovementApi(MovementRepository movements, UnitRepository units, Clock clock) {
    this.movements = movements;
    this.units = units;
    this.clock = clock;
  }

  /**
   * Every movement with its rounds' years and changes, whether the caller may edit ({@code
   * mayEdit}), the indicators with the plan's defaults and the units a movement may take.
   */
  @Operation(
      summary =
          "Danh sách phong trào thi đua: kế hoạch, thời gian, đơn vị, mục tiêu và lịch sử thay đổi")
  @GetMapping
  public Map<String, Object> list(HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    user.require(AccessRules.OBSERVERS, "xem danh sách phong trào thi đua");
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("mayEdit", user.isInAny(AccessRules.MOVEMENT_KEEPERS));
    answer.put("movements", movements.findAll().stream().map(this::view).toList());
    answer.put("indicators", Targets.planDefaults().describe());
    answer.put(
        "units",
        units.findAll().stream()
            .map(
                unit -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("code", unit.code());
                  entry.put("name", unit.name());
                  entry.put("kind", unit.kind().name());
                  entry.put("active", unit.active());
                  return entry;
                })
            .toList());
    return answer;
  }

  /**
   * Creates a movement: {@code {"code", "name", "planNumber", "planDate", "firstYear", "lastYear",
   * "unitCodes", "targets"}}, {@code targets} a list of {@code {"indicator", "target"}} (optional:
   * Kế hoạch 179's).
   */
  @Operation(summary = "Tạo phong trào thi đua (Phòng Bảo trợ xã hội, Văn phòng Sở)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> create(
      @RequestBody Map<String, Object> body, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    user.require(AccessRules.MOVEMENT_KEEPERS, KEEPERS_ONLY);
    MovementRules rules = rules();
    Movement checked = rules.checkNew(body, codes());
    Movement created =
        movements.create(
            checked, user.userId(), clock.instant(), () -> rules.checkNew(body, codes()));
    return view(created);
  }

  /** Replaces a movement's name, plan, years, units and targets (its code stays). */
  @Operation(summary = "Sửa phong trào thi đua (Phòng Bảo trợ xã hội, Văn phòng Sở)")
  @PutMapping("/{code}")
  public Map<String, Object> update(
      @PathVariable String code,
      @RequestBody Map<String, Object> body,
      HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    user.require(AccessRules.MOVEMENT_KEEPERS, KEEPERS_ONLY);
    Movement current =
        movements
            .findByCode(code)
            .orElseThrow(
                () ->
                    ThiduaException.notFound(
                        "Không có phong trào thi đua \"%s\".".formatted(code)));
    MovementRules rules = rules();
    Movement checked = rules.checkChange(current, body, movements.roundYears(code));
    Movement updated =
        movements.update(
            checked,
            user.userId(),
            clock.instant(),
            recorded -> rules.checkChange(recorded, body, movements.roundYears(code)));
    return view(updated);
  }

  private MovementRules rules() {
    return new MovementRules(
        units.findAll().stream().collect(Collectors.toMap(Unit::code, Function.identity())));
  }

  private List<String> codes() {
    return movements.findAll().stream().map(Movement::code).toList();
  }

  private Map<String, Object> view(Movement movement) {
    Map<String, Object> view = new LinkedHashMap<>(MovementRepository.describe(movement));
    view.put("planReference", movement.planReference());
    view.put("roundYears", new ArrayList<>(movements.roundYears(movement.code())));
    view.put("changes", movements.changes(MovementRepository.MOVEMENT_RECORD, movement.code()));
    return view;
  }
}
