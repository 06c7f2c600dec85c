package vn.ldtbxh.thidua.demo;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.StartupStep;
import vn.ldtbxh.thidua.organization.RoleGroup;
import vn.ldtbxh.thidua.organization.Unit;
import vn.ldtbxh.thidua.organization.UnitRepository;

/**
 * Demo users (profile {@code demo}, the default), password {@code demo}: one per role and one per
 * unit, whose id is the unit code. Starts no process instance. The demo password does not satisfy
 * the engine's password policy: these users are saved past it, in this profile only.
 */
@Component
@Profile("demo")
@Order(25)
public class DemoUsers implements StartupStep {

  public static final String PASSWORD = "demo";
  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private record DemoUser(String id, String firstName, String lastName, List<String> groups) {}

  private static final List<DemoUser> ROLE_USERS =
      List.of(
          new DemoUser(
              "thamdinh",
              "Thẩm định",
              "Phòng Bảo trợ xã hội",
              List.of(RoleGroup.SOCIAL_PROTECTION.groupId(), Unit.groupIdOf("btxh"))),
          new DemoUser(
              "vanphong",
              "Chuyên viên",
              "Văn phòng Sở",
              List.of(RoleGroup.OFFICE.groupId(), Unit.groupIdOf("vp"))),
          new DemoUser(
              "giamdoc",
              "Giám đốc",
              "Sở LĐ-TB&XH",
              List.of(RoleGroup.DIRECTORS.groupId(), RoleGroup.MANAGERS.groupId())),
          new DemoUser(
              "hoidong",
              "Thư ký",
              "Hội đồng Thi đua - Khen thưởng",
              List.of(RoleGroup.COUNCIL.groupId())),
          new DemoUser("quanly", "Lãnh đạo", "theo dõi", List.of(RoleGroup.MANAGERS.groupId())));

  private final IdentityService identity;
  private final UnitRepository units;

  public DemoUsers(IdentityService identity, UnitRepository units) {
    this.identity = identity;
    this.units = units;
  }

  @Override
  public void apply() {
    ROLE_USERS.forEach(this::ensure);
    for (Unit unit : units.findAll()) {
      ensure(new DemoUser(unit.code(), "Cán bộ", unit.name(), List.of(unit.groupId())));
    }
    if (identity.createUserQuery().userId("admin").memberOfGroup(RoleGroup.ADMIN.groupId()).count()
        == 0) {
      LOG.warn("Administrator account missing from group camunda-admin");
    }
  }

  /**
   * Saves {@code user} without checking its password against the engine's policy: demo accounts
   * only.
   */
  public static void saveSkippingPasswordPolicy(IdentityService identity, User user) {
    if (!(identity instanceof IdentityServiceImpl engine)) {
      throw new IllegalStateException(
          "Cannot save a demo user past the password policy with " + identity.getClass());
    }
    engine.saveUser(user, true);
  }

  private void ensure(DemoUser demo) {
    if (identity.createUserQuery().userId(demo.id()).count() == 0) {
      User user = identity.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@demo.ldtbxh.binhphuoc.gov.vn");
      user.setPassword(PASSWORD);
      saveSkippingPasswordPolicy(identity, user);
    }
    for (String group : demo.groups()) {
      if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
        identity.createMembership(demo.id(), group);
      }
    }
  }
}
