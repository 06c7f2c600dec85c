package vn.ldtbxh.thidua.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.organization.RoleGroup;
import vn.ldtbxh.thidua.organization.Unit;

/** The user of an application API call, authenticated by {@link ApiAuthenticationFilter}. */
public record CurrentUser(String userId, List<String> groups) {

  static final String ATTRIBUTE = CurrentUser.class.getName();

  /** Groups that follow rounds and may read every report and summary. */
  public static final Set<String> OBSERVERS = Set.of(RoleGroup.SOCIAL_PROTECTION.groupId(), RoleGroup.OFFICE.groupId(),
      RoleGroup.DIRECTORS.groupId(), RoleGroup.MANAGERS.groupId(), RoleGroup.ADMIN.groupId());

  public static CurrentUser of(HttpServletRequest request) {
    CurrentUser user = (CurrentUser) request.getAttribute(ATTRIBUTE);
    if (user == null) {
      throw new ThiduaException(401, "Vui lòng đăng nhập.");
    }
    return user;
  }

  public boolean isIn(String group) {
    return groups.contains(group);
  }

  public boolean isInAny(Set<String> candidates) {
    return groups.stream().anyMatch(candidates::contains);
  }

  public boolean belongsToUnit(String unitCode) {
    return isIn(Unit.groupIdOf(unitCode));
  }

  public void require(Set<String> allowed, String vietnameseAction) {
    if (!isInAny(allowed)) {
      throw ThiduaException.forbidden("Bạn không có quyền %s.".formatted(vietnameseAction));
    }
  }
}
