package vn.ldtbxh.thidua.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ldtbxh.thidua.organization.RoleGroup;
import vn.ldtbxh.thidua.organization.Unit;
import vn.ldtbxh.thidua.organization.UnitRepository;
import vn.ldtbxh.thidua.security.AccessRules;

/**
 * Who is calling: id, name, groups, own units, and the units whose dossiers the caller may read
 * (all of them for the observers), so a webapp plugin knows what to show.
 */
@RestController
public class MeApi {

  private final IdentityService identity;
  private final UnitRepository units;

  public MeApi(IdentityService identity, UnitRepository units) {
    this.identity = identity;
    this.units = units;
  }

  @Operation(
      summary = "Người dùng đang đăng nhập: nhóm, đơn vị của mình và các đơn vị được xem hồ sơ")
  @GetMapping("/api/me")
  public Map<String, Object> me(HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    User profile = identity.createUserQuery().userId(user.userId()).singleResult();
    List<String> unitCodes =
        user.groups().stream()
            .filter(group -> group.startsWith(Unit.GROUP_PREFIX))
            .map(group -> group.substring(Unit.GROUP_PREFIX.length()))
            .sorted()
            .toList();
    boolean observer = user.isInAny(AccessRules.OBSERVERS);
    List<Unit> readable = observer ? units.findAll() : units.findByCodes(unitCodes);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("userId", user.userId());
    answer.put(
        "name",
        profile == null
            ? user.userId()
            : (nonNull(profile.getFirstName()) + " " + nonNull(profile.getLastName())).trim());
    answer.put("groups", user.groups());
    answer.put("unitCodes", unitCodes);
    answer.put("observer", observer);
    answer.put("socialProtection", user.isIn(RoleGroup.SOCIAL_PROTECTION.groupId()));
    answer.put(
        "units",
        readable.stream()
            .map(unit -> Map.of("code", unit.code(), "name", unit.name(), "active", unit.active()))
            .toList());
    return answer;
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
