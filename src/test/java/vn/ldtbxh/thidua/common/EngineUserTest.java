package vn.ldtbxh.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ldtbxh.thidua.ProcessTestSupport;

/** Membership from the groups a user signed in with, or from the identity service. */
class EngineUserTest extends ProcessTestSupport {

  @Autowired IdentityService identity;

  @Test
  void aSignedInUsersGroupsAnswer() {
    identity.setAuthentication("dongxoai", List.of("unit-dongxoai"));
    assertThat(EngineUser.isMember(identity, "dongxoai", "unit-dongxoai")).isTrue();
    assertThat(EngineUser.isMember(identity, "dongxoai", "office")).isFalse();
  }

  @Test
  void withoutSignedInGroupsTheIdentityServiceAnswers() {
    identity.setAuthenticatedUserId("dongxoai");
    assertThat(EngineUser.isMember(identity, "dongxoai", "unit-dongxoai")).isTrue();
    assertThat(EngineUser.isMember(identity, "dongxoai", "unit-budang")).isFalse();
    identity.clearAuthentication();
    assertThat(EngineUser.isMember(identity, "budang", "unit-budang")).isTrue();
    assertThat(EngineUser.isMember(identity, "budang", "unit-dongxoai")).isFalse();
  }
}
