package vn.ldtbxh.thidua.common;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The user on whose behalf the engine runs the current call, if any (none in jobs). */
public final class EngineUser {

  private EngineUser() {}

  public static String idOrNull(IdentityService identity) {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  /**
   * Whether the user belongs to the group: from the groups the current call is authenticated with
   * (Tasklist and the REST API sign in with all of the user's groups, and the engine checks
   * authorizations with them), otherwise asked of the identity service.
   */
  public static boolean isMember(IdentityService identity, String userId, String groupId) {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication != null
        && userId.equals(authentication.getUserId())
        && authentication.getGroupIds() != null) {
      return authentication.getGroupIds().contains(groupId);
    }
    return identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
  }
}
