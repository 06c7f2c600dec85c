package vn.ldtbxh.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ldtbxh.thidua.ProcessTestSupport;
import vn.ldtbxh.thidua.common.StartupSetup;

/**
 * The organisation in Camunda's groups, kept in line at every start, and the units' dated names.
 */
class OrganizationSyncTest extends ProcessTestSupport {

  @Autowired UnitRepository units;
  @Autowired IdentityService identity;
  @Autowired StartupSetup setup;

  @Test
  void everyUnitAndRoleHasItsGroupAndAnEditedNameRenamesIt() {
    assertThat(identity.createGroupQuery().groupType(RoleGroup.UNIT_GROUP_TYPE).count())
        .isEqualTo(20);
    assertThat(identity.createGroupQuery().groupId("council").singleResult().getName())
        .isEqualTo("Hội đồng Thi đua - Khen thưởng Sở");
    Unit budang = units.findByCode("budang").orElseThrow();
    units.save(
        new Unit(
            "budang",
            "Phòng Lao động - Thương binh và Xã hội huyện Bù Đăng (mới)",
            budang.kind(),
            budang.email(),
            true));
    setup.onEngineDeployed();
    setup.onEngineDeployed();
    assertThat(identity.createGroupQuery().groupId("unit-budang").singleResult().getName())
        .endsWith("(mới)");
    assertThat(identity.createGroupQuery().count()).isEqualTo(26);
    assertThat(identity.createUserQuery().userId("budang").memberOfGroup("unit-budang").count())
        .isEqualTo(1);
    units.save(budang);
    setup.onEngineDeployed();
  }

  @Test
  void aDatedDocumentShowsTheNameValidOnItsDate() {
    assertThat(units.nameOn("dongxoai", LocalDate.parse("2018-11-30")))
        .contains("Phòng Lao động - Thương binh và Xã hội thị xã Đồng Xoài");
    assertThat(units.nameOn("dongxoai", LocalDate.parse("2018-12-01")))
        .contains("Phòng Lao động - Thương binh và Xã hội thành phố Đồng Xoài");
    assertThat(units.nameOn("budang", LocalDate.parse("2018-12-01")))
        .contains("Phòng Lao động - Thương binh và Xã hội huyện Bù Đăng");
  }

  @Test
  void theDefaultTaskPermissionIsWorkNotUpdate() {
    assertThat(
            engine.getProcessEngineConfiguration()
                    instanceof org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl impl
                && impl.getDefaultUserPermissionForTask()
                    == org.camunda.bpm.engine.authorization.Permissions.TASK_WORK)
        .isTrue();
    assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
  }
}
