package vn.ldtbxh.thidua.organization;

import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.StartupStep;

/**
 * Keeps Camunda's groups in line with the organisation: one group per role and one {@code
 * unit-<code>} group per unit, named in Vietnamese. An edited unit name renames its group.
 */
@Component
@Order(10)
public class OrganizationSync implements StartupStep {

  private static final Logger LOG = LoggerFactory.getLogger(OrganizationSync.class);

  private final IdentityService identity;
  private final UnitRepository units;

  public OrganizationSync(IdentityService identity, UnitRepository units) {
    this.identity = identity;
    this.units = units;
  }

  @Override
  public void apply() {
    for (RoleGroup role : RoleGroup.values()) {
      ensureGroup(role.groupId(), role.vietnameseName(), RoleGroup.ROLE_GROUP_TYPE);
    }
    for (Unit unit : units.findAll()) {
      ensureGroup(unit.groupId(), unit.name(), RoleGroup.UNIT_GROUP_TYPE);
    }
  }

  /** The unit's group {@code unit-<code>}, created or renamed to the unit's current name. */
  public void ensureUnitGroup(Unit unit) {
    ensureGroup(unit.groupId(), unit.name(), RoleGroup.UNIT_GROUP_TYPE);
  }

  private void ensureGroup(String id, String name, String type) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
      LOG.info("Created group {}", id);
    } else if (!Objects.equals(group.getName(), name) || !Objects.equals(group.getType(), type)) {
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
      LOG.info("Updated group {}", id);
    }
  }
}
