package vn.ldtbxh.thidua.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.ProcessKeys;
import vn.ldtbxh.thidua.common.StartupStep;
import vn.ldtbxh.thidua.organization.RoleGroup;
import vn.ldtbxh.thidua.organization.Unit;
import vn.ldtbxh.thidua.organization.UnitRepository;
import vn.ldtbxh.thidua.security.AccessRules.FileUnit;
import vn.ldtbxh.thidua.security.AccessRules.Role;
import vn.ldtbxh.thidua.security.AccessRules.Worker;

/**
 * Who may do what in the engine, from the role sets of {@link AccessRules}. Tasks themselves are
 * authorized per task by the engine: candidate groups get READ and TASK_WORK (never UPDATE, see
 * {@code defaultUserPermissionNameForTask}), so a unit sees and works only its own tasks.
 *
 * <ul>
 *   <li>units: Tasklist only; may start {@code award-nomination};
 *   <li>social protection and office: Tasklist, may start {@code emulation-round}, and follow
 *       everything read-only in Cockpit;
 *   <li>directors, council: Tasklist; directors follow read-only in Cockpit too;
 *   <li>managers: read every definition, instance, task and history in Cockpit, change nothing;
 *   <li>camunda-admin: everything.
 * </ul>
 */
@Component
@Order(30)
public class AccessPolicy implements StartupStep {

  private static final List<String> PROCESSES =
      List.of(ProcessKeys.EMULATION_ROUND, ProcessKeys.UNIT_REPORT, ProcessKeys.AWARD_NOMINATION);

  private final Grants grants;
  private final UnitRepository units;

  public AccessPolicy(Grants grants, UnitRepository units) {
    this.grants = grants;
    this.units = units;
  }

  @Override
  public void apply() {
    grantAdmin();
    for (String groupId : sorted(AccessRules.TASKLIST_WORKERS)) {
      grantTasklistWorker(groupId);
    }
    for (String key : PROCESSES) {
      for (Role role : roles(AccessRules.starters(key))) {
        grantStart(role.group().groupId(), key);
      }
    }
    for (String groupId : sorted(AccessRules.ENGINE_OBSERVERS)) {
      grantObserver(groupId);
    }
    List<String> unitStarts =
        PROCESSES.stream()
            .filter(key -> AccessRules.starters(key).contains(new FileUnit()))
            .toList();
    for (Unit unit : units.findAll()) {
      grantTasklistWorker(unit.groupId());
      for (String key : unitStarts) {
        grantStart(unit.groupId(), key);
      }
    }
  }

  private static List<String> sorted(Set<String> groupIds) {
    return groupIds.stream().sorted().toList();
  }

  private static List<Role> roles(Set<Worker> workers) {
    return workers.stream()
        .filter(Role.class::isInstance)
        .map(Role.class::cast)
        .sorted(Comparator.comparing(Role::group))
        .toList();
  }

  private void grantAdmin() {
    String admin = RoleGroup.ADMIN.groupId();
    for (Resources resource : Resources.values()) {
      grants.toGroup(admin, resource, ANY, Permissions.ALL);
    }
  }

  /**
   * Works in Tasklist: sees the process names and diagrams, and its tasks through their own grants.
   */
  private void grantTasklistWorker(String groupId) {
    grants.toGroup(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    for (String key : PROCESSES) {
      grants.toGroup(groupId, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ);
    }
  }

  private void grantStart(String groupId, String processKey) {
    grants.toGroup(
        groupId,
        Resources.PROCESS_DEFINITION,
        processKey,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grants.toGroup(groupId, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
  }

  /** Reads everything in Cockpit and Tasklist, changes nothing. */
  private void grantObserver(String groupId) {
    grants.toGroup(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grants.toGroup(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grants.toGroup(
        groupId,
        Resources.PROCESS_DEFINITION,
        ANY,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK);
    grants.toGroup(groupId, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grants.toGroup(groupId, Resources.TASK, ANY, TaskPermissions.READ);
    grants.toGroup(groupId, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grants.toGroup(
        groupId, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grants.toGroup(
        groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grants.toGroup(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grants.toGroup(groupId, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grants.toGroup(groupId, Resources.USER, ANY, Permissions.READ);
    grants.toGroup(groupId, Resources.GROUP, ANY, Permissions.READ);
  }
}
