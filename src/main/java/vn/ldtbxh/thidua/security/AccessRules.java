package vn.ldtbxh.thidua.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ldtbxh.thidua.common.ProcessKeys;
import vn.ldtbxh.thidua.organization.RoleGroup;

/**
 * Who does each step of the processes: the role group whose members complete a user task or start a process.
 * The engine's authorizations decide who sees a task; these rules decide who may act on it, whatever else the
 * user's account may do ({@code camunda-admin} administers, it does not act in these roles).
 */
public final class AccessRules {

  /** Who works on a task: a role group, or the staff of the unit whose report or nomination it is. */
  public sealed interface Worker permits Role, FileUnit {
  }

  /** Members of a role group. */
  public record Role(RoleGroup group) implements Worker {
  }

  /** The staff of the unit the file belongs to, as the application's tables record it. */
  public record FileUnit() implements Worker {
  }

  private static final Worker UNIT = new FileUnit();

  private static final Map<String, Worker> TASKS = Map.ofEntries(
      Map.entry(ProcessKeys.EMULATION_ROUND + ":compileResults", new Role(RoleGroup.SOCIAL_PROTECTION)),
      Map.entry(ProcessKeys.EMULATION_ROUND + ":approveSummary", new Role(RoleGroup.DIRECTORS)),
      Map.entry(ProcessKeys.UNIT_REPORT + ":prepareReport", UNIT),
      Map.entry(ProcessKeys.UNIT_REPORT + ":reviseReport", UNIT),
      Map.entry(ProcessKeys.UNIT_REPORT + ":reviewReport", new Role(RoleGroup.SOCIAL_PROTECTION)),
      Map.entry(ProcessKeys.AWARD_NOMINATION + ":verifyAchievements", new Role(RoleGroup.SOCIAL_PROTECTION)),
      Map.entry(ProcessKeys.AWARD_NOMINATION + ":reviseAchievements", UNIT),
      Map.entry(ProcessKeys.AWARD_NOMINATION + ":checkDossier", new Role(RoleGroup.OFFICE)),
      Map.entry(ProcessKeys.AWARD_NOMINATION + ":completeDossier", UNIT),
      Map.entry(ProcessKeys.AWARD_NOMINATION + ":councilVote", new Role(RoleGroup.COUNCIL)),
      Map.entry(ProcessKeys.AWARD_NOMINATION + ":signDecision", new Role(RoleGroup.DIRECTORS)),
      Map.entry(ProcessKeys.AWARD_NOMINATION + ":submitToProvince", new Role(RoleGroup.OFFICE)),
      Map.entry(ProcessKeys.AWARD_NOMINATION + ":recordProvincialDecision", new Role(RoleGroup.OFFICE)));

  /** Who starts a process from its start form; a unit starts nominations for itself. */
  private static final Map<String, Set<Worker>> STARTS = Map.of(
      ProcessKeys.EMULATION_ROUND, Set.of(new Role(RoleGroup.SOCIAL_PROTECTION), new Role(RoleGroup.OFFICE)),
      ProcessKeys.AWARD_NOMINATION, Set.of(UNIT));

  private AccessRules() {
  }

  /** The processes whose tasks and starts follow these rules. */
  public static boolean governs(String processKey) {
    return ProcessKeys.EMULATION_ROUND.equals(processKey) || ProcessKeys.UNIT_REPORT.equals(processKey)
        || ProcessKeys.AWARD_NOMINATION.equals(processKey);
  }

  /** Who completes the task, if it is one of the processes' tasks. */
  public static Optional<Worker> taskWorker(String processKey, String taskKey) {
    return Optional.ofNullable(TASKS.get(processKey + ":" + taskKey));
  }

  /** Who starts the process by hand: nobody for a process that other processes start. */
  public static Set<Worker> starters(String processKey) {
    return STARTS.getOrDefault(processKey, Set.of());
  }

  /** Whether the groups make their holder an administrator. */
  public static boolean isAdministrator(Iterable<String> groups) {
    for (String group : groups) {
      if (RoleGroup.ADMIN.groupId().equals(group)) {
        return true;
      }
    }
    return false;
  }
}
