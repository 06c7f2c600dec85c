package vn.ldtbxh.thidua.common;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The user on whose behalf the engine runs the current call, if any (none in jobs). */
public final class EngineUser {

  private EngineUser() {
  }

  public static String idOrNull(IdentityService identity) {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
