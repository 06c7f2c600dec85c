package vn.ldtbxh.thidua.organization;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
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
import vn.ldtbxh.thidua.security.AccessRules;

/**
 * The units and their history: read by those who follow the rounds, kept by the office. A unit is
 * added from a date, renamed from a date, ended from a date (naming the unit it merges into, whose
 * staff then take over its open work); nothing is deleted.
 */
@RestController
@RequestMapping("/api/units")
public class UnitApi {

  private static final String KEEPERS_ONLY = "cập nhật danh sách đơn vị (chỉ Văn phòng Sở)";

  private final UnitRepository units;
  private final OrganizationSync groups;
  private final UnitTakeover takeover;
  private final Clock clock;

  public UnitApi(
      UnitRepository units, OrganizationSync groups, UnitTakeover takeover, Clock clock) {
    this.units = units;
    this.groups = groups;
    this.takeover = takeover;
    this.clock = clock;
  }

  @Operation(
      summary = "Danh sách đơn vị: tên theo ngày, ngày bắt đầu, kết thúc, đơn vị kế thừa, thay đổi")
  @GetMapping
  public Map<String, Object> list(HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    user.require(AccessRules.OBSERVERS, "xem danh sách đơn vị");
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("mayEdit", user.isInAny(AccessRules.ORGANIZATION_KEEPERS));
    answer.put("units", units.records().stream().map(this::view).toList());
    return answer;
  }

  /**
   * Adds a unit: {@code {"code", "name", "kind", "validFrom", "email"}} ({@code email} optional).
   */
  @Operation(summary = "Thêm đơn vị (Văn phòng Sở)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> create(
      @RequestBody Map<String, Object> body, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    user.require(AccessRules.ORGANIZATION_KEEPERS, KEEPERS_ONLY);
    Unit unit = UnitRules.checkNew(body, byCode());
    units.create(
        unit,
        UnitRules.validFrom(body),
        user.userId(),
        clock.instant(),
        () -> UnitRules.checkNew(body, byCode()));
    groups.ensureUnitGroup(unit);
    return view(units.record(unit.code()).orElseThrow());
  }

  /**
   * Renames a unit from a date ({@code {"name", "validFrom"}}) or ends it from a date ({@code
   * {"endedOn", "successor"}}, {@code successor} optional).
   */
  @Operation(summary = "Đổi tên đơn vị từ một ngày, hoặc ghi ngày đơn vị kết thúc (Văn phòng Sở)")
  @PutMapping("/{code}")
  public Map<String, Object> change(
      @PathVariable String code,
      @RequestBody Map<String, Object> body,
      HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    user.require(AccessRules.ORGANIZATION_KEEPERS, KEEPERS_ONLY);
    UnitRecord unit =
        units
            .record(code)
            .orElseThrow(
                () -> ThiduaException.notFound("Không có đơn vị mã \"%s\".".formatted(code)));
    Object change = UnitRules.checkChange(unit, body, byCode());
    if (change instanceof UnitRules.Rename rename) {
      units.rename(
          code,
          rename.name(),
          rename.validFrom(),
          user.userId(),
          clock.instant(),
          recorded -> UnitRules.checkChange(recorded, body, byCode()));
      groups.ensureUnitGroup(units.findByCode(code).orElseThrow());
    } else if (change instanceof UnitRules.End end) {
      units.end(
          code,
          end.endedOn(),
          end.successor(),
          user.userId(),
          clock.instant(),
          recorded -> UnitRules.checkChange(recorded, body, byCode()));
      takeover.takeOver(code);
    }
    return view(units.record(code).orElseThrow());
  }

  private Map<String, UnitRecord> byCode() {
    Map<String, UnitRecord> all = new LinkedHashMap<>();
    units.records().forEach(record -> all.put(record.unit().code(), record));
    return all;
  }

  private Map<String, Object> view(UnitRecord record) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("code", record.unit().code());
    view.put("name", record.unit().name());
    view.put("kind", record.unit().kind().name());
    view.put("email", record.unit().email());
    view.put("active", record.unit().active());
    view.put("validFrom", record.validFrom());
    view.put("endedOn", record.endedOn());
    view.put("successor", record.successor());
    view.put("names", record.names());
    view.put("changes", units.changes(record.unit().code()));
    return view;
  }
}
