package vn.ldtbxh.thidua.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.security.AccessRules;

/** The user of an application API call, authenticated by {@link ApiAuthenticationFilter}. */
public record CurrentUser(String userId, List<String> groups) {

  static final String ATTRIBUTE = CurrentUser.class.getName();

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

  /** Whether the user holds one of the role set's groups (the sets are in {@link AccessRules}). */
  public boolean isInAny(Set<String> candidates) {
    return AccessRules.holdsAny(groups, candidates);
  }

  public boolean belongsToUnit(String unitCode) {
    return AccessRules.isUnitStaff(groups, unitCode);
  }

  public void require(Set<String> allowed, String vietnameseAction) {
    if (!isInAny(allowed)) {
      throw ThiduaException.forbidden("Bạn không có quyền %s.".formatted(vietnameseAction));
    }
  }
}
