package vn.ldtbxh.thidua.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ldtbxh.thidua.ProcessTestSupport;

/**
 * The authorization checks' group filter gives the engine's answer, asking only about the user's
 * groups.
 */
class AuthorizedGroupsByIndexTest extends ProcessTestSupport {

  @Autowired AuthorizationService authorizations;

  @Test
  void keepsExactlyTheUsersGroupsThatHaveAnAuthorization() {
    List<String> groups =
        new ArrayList<>(
            List.of(
                "unit-dongxoai",
                "office",
                "no-such-group",
                "office",
                "managers",
                "unit-without-grant"));
    Set<String> engineAnswer =
        new HashSet<>(
            jdbc.queryForList("select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION", String.class));
    engineAnswer.retainAll(groups);

    assertThat(filter(groups))
        .containsExactlyInAnyOrderElementsOf(engineAnswer)
        .contains("unit-dongxoai", "office")
        .doesNotContain("no-such-group", "unit-without-grant")
        .doesNotHaveDuplicates();
    assertThat(filter(List.of())).isEmpty();
    assertThat(filter(null)).isEmpty();
  }

  @Test
  void aGroupGrantedMeanwhileCountsInTheNextCommand() {
    assertThat(filter(List.of("unit-newly-granted"))).isEmpty();
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId("unit-newly-granted");
    grant.setResource(Resources.APPLICATION);
    grant.setResourceId("tasklist");
    grant.addPermission(Permissions.ACCESS);
    authorizations.saveAuthorization(grant);
    try {
      assertThat(filter(List.of("unit-newly-granted"))).containsExactly("unit-newly-granted");
    } finally {
      authorizations.deleteAuthorization(grant.getId());
    }
  }

  @Test
  void theEngineUsesIt() {
    Object manager =
        configuration()
            .getCommandExecutorTxRequired()
            .execute(context -> context.getAuthorizationManager());
    assertThat(manager).isInstanceOf(AuthorizedGroupsByIndex.Manager.class);
  }

  private List<String> filter(List<String> groups) {
    return configuration()
        .getCommandExecutorTxRequired()
        .execute(context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(groups));
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
