package vn.ldtbxh.thidua.organization;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.common.Inputs;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.security.AccessRules;

/**
 * The names written on documents (issuing body, its symbol, province, place), each from a date:
 * read by those who follow the rounds, recorded by the office. A name is never overwritten: a
 * change is a new name from the day it applies.
 */
@RestController
@RequestMapping("/api/organization/names")
public class OrganizationNameApi {

  private final OrganizationNames names;
  private final Clock clock;

  public OrganizationNameApi(OrganizationNames names, Clock clock) {
    this.names = names;
    this.clock = clock;
  }

  @Operation(summary = "Tên cơ quan, ký hiệu, tên tỉnh, địa danh ghi trên văn bản, theo ngày")
  @GetMapping
  public Map<String, Object> list(HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    user.require(AccessRules.OBSERVERS, "xem tên cơ quan ghi trên văn bản");
    LocalDate today = LocalDate.now(clock.withZone(VietnameseFormats.ZONE));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("mayEdit", user.isInAny(AccessRules.ORGANIZATION_KEEPERS));
    answer.put("today", names.letterheadOn(today));
    answer.put("names", names.findAll());
    Map<String, Object> changes = new LinkedHashMap<>();
    for (OrganizationName.Kind kind : OrganizationName.Kind.values()) {
      changes.put(kind.name(), names.changes(kind));
    }
    answer.put("changes", changes);
    return answer;
  }

  /** Records a name from a date: {@code {"kind", "name", "validFrom"}}. */
  @Operation(summary = "Ghi tên mới ghi trên văn bản từ một ngày (Văn phòng Sở)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public OrganizationName add(@RequestBody Map<String, Object> body, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    user.require(
        AccessRules.ORGANIZATION_KEEPERS, "ghi tên cơ quan trên văn bản (chỉ Văn phòng Sở)");
    UnitRules.only(body, Set.of("kind", "name", "validFrom"));
    String kindText = Inputs.text(body.get("kind"));
    OrganizationName.Kind kind = null;
    for (OrganizationName.Kind candidate : OrganizationName.Kind.values()) {
      if (candidate.name().equals(kindText)) {
        kind = candidate;
      }
    }
    if (kind == null) {
      throw ThiduaException.invalid(
          "Loại tên \"%s\" không hợp lệ: chỉ có DEPARTMENT, SYMBOL, PROVINCE, PLACE."
              .formatted(kindText));
    }
    String name = Inputs.text(body.get("name"));
    if (name == null || name.length() > 255) {
      throw ThiduaException.invalid(
          name == null ? "Chưa nhập tên (name)." : "Tên quá dài: tối đa 255 ký tự.");
    }
    LocalDate validFrom = Inputs.date(body.get("validFrom"), "Ngày áp dụng (validFrom)");
    if (validFrom == null) {
      throw ThiduaException.invalid("Chưa nhập ngày áp dụng (validFrom).");
    }
    return names.add(kind, name, validFrom, user.userId(), clock.instant());
  }
}
