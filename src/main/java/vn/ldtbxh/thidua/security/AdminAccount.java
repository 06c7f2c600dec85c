package vn.ldtbxh.thidua.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.StartupStep;
import vn.ldtbxh.thidua.demo.DemoUsers;
import vn.ldtbxh.thidua.organization.RoleGroup;

/**
 * The administrator account. Its password comes from {@code THIDUA_ADMIN_PASSWORD} ({@code
 * thidua.admin.password}); only the demo profile has a default. Without it the application refuses
 * to start. The password is set when the account is created; change it later in Admin. It must
 * satisfy the engine's password policy, except in the demo profile (admin/demo).
 */
@Component
@Order(20)
public class AdminAccount implements StartupStep {

  private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);

  private final IdentityService identity;
  private final String adminId;
  private final String password;
  private final String email;
  private final boolean demo;

  public AdminAccount(
      IdentityService identity,
      @Value("${thidua.admin.id:admin}") String adminId,
      @Value("${thidua.admin.password:}") String password,
      @Value("${thidua.admin.email:admin@ldtbxh.binhphuoc.gov.vn}") String email,
      Environment environment) {
    if (password == null || password.isBlank()) {
      throw new IllegalStateException(
          "No administrator password: set the environment variable "
              + "THIDUA_ADMIN_PASSWORD (property thidua.admin.password) before starting the application");
    }
    this.identity = identity;
    this.adminId = adminId;
    this.password = password;
    this.email = email;
    this.demo = environment.matchesProfiles("demo");
  }

  @Override
  public void apply() {
    if (identity.createUserQuery().userId(adminId).count() == 0) {
      User admin = identity.newUser(adminId);
      admin.setFirstName("Quản trị");
      admin.setLastName("hệ thống");
      admin.setEmail(email);
      admin.setPassword(password);
      PasswordPolicyResult policy = identity.checkPasswordAgainstPolicy(password, admin);
      if (policy.isValid()) {
        identity.saveUser(admin);
      } else if (demo) {
        DemoUsers.saveSkippingPasswordPolicy(identity, admin);
      } else {
        throw new IllegalStateException(
            "The administrator password (THIDUA_ADMIN_PASSWORD) does not satisfy the "
                + "password policy: at least 10 characters with upper and lower case letters, a digit and a special "
                + "character, not containing the user's id or name");
      }
      LOG.info("Created administrator {}", adminId);
    }
    String group = RoleGroup.ADMIN.groupId();
    if (identity.createUserQuery().userId(adminId).memberOfGroup(group).count() == 0) {
      identity.createMembership(adminId, group);
    }
  }
}
