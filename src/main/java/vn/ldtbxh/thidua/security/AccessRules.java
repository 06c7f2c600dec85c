package vn.ldtbxh.thidua.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ldtbxh.thidua.common.ProcessKeys;
import vn.ldtbxh.thidua.organization.RoleGroup;
import vn.ldtbxh.thidua.organization.Unit;

/**
 * Who may do what, in one place: the role group whose members complete each user task or start each
 * process, the role sets of the application's API and of the engine's grants, and the rules that
 * combine a set with the unit a file belongs to. The engine's authorizations decide who sees a
 * task; these rules decide who may act on it, whatever else the user's account may do ({@code
 * camunda-admin} administers, it does not act in these roles).
 *
 * <p>Sets hold Camunda group ids; predicates take the user's group ids, so that the API ({@code
 * CurrentUser}), the engine's interceptor and the startup grants apply the same rules.
 */
public final class AccessRules {

  /** Follow the rounds and read every unit's reports, summaries, nominations and dossiers. */
  public static final Set<String> OBSERVERS =
      ids(
          RoleGroup.SOCIAL_PROTECTION,
          RoleGroup.OFFICE,
          RoleGroup.DIRECTORS,
          RoleGroup.MANAGERS,
          RoleGroup.ADMIN);

  /**
   * Follow everything read-only in Cockpit and Tasklist through the engine's grants: the observers
   * but the administrator, who holds every grant anyway.
   */
  public static final Set<String> ENGINE_OBSERVERS =
      ids(RoleGroup.SOCIAL_PROTECTION, RoleGroup.OFFICE, RoleGroup.DIRECTORS, RoleGroup.MANAGERS);

  /** The council, which reads the nominations it votes on (not the reports). */
  public static final Set<String> COUNCIL = ids(RoleGroup.COUNCIL);

  /** Download the decision and the submission (.docx) besides the unit concerned. */
  public static final Set<String> DECISION_READERS =
      ids(RoleGroup.OFFICE, RoleGroup.DIRECTORS, RoleGroup.MANAGERS, RoleGroup.ADMIN);

  /**
   * Extend a round's deadline: the roles that lead the round (the administrator administers, it
   * does not act).
   */
  public static final Set<String> DEADLINE_EXTENDERS =
      ids(RoleGroup.SOCIAL_PROTECTION, RoleGroup.OFFICE);

  /**
   * Keep the roster of the Hội đồng Thi đua - Khen thưởng: the Department Office, its standing body
   * (the administrator administers the software, not the council).
   */
  public static final Set<String> ROSTER_KEEPERS = ids(RoleGroup.OFFICE);

  /** Read the council's roster: those who follow the rounds, and the council itself. */
  public static final Set<String> ROSTER_READERS =
      ids(
          RoleGroup.SOCIAL_PROTECTION,
          RoleGroup.OFFICE,
          RoleGroup.DIRECTORS,
          RoleGroup.MANAGERS,
          RoleGroup.ADMIN,
          RoleGroup.COUNCIL);

  /**
   * Create and edit movements (their plan, years, units and targets): the roles that lead them,
   * social protection and the office.
   */
  public static final Set<String> MOVEMENT_KEEPERS =
      ids(RoleGroup.SOCIAL_PROTECTION, RoleGroup.OFFICE);

  /** Set a district's own targets for a round's year: social protection, which reviews reports. */
  public static final Set<String> TARGET_SETTERS = ids(RoleGroup.SOCIAL_PROTECTION);

  /**
   * Keep the units and the names written on documents: the Department Office, which keeps the
   * organisation's records (the administrator administers the software).
   */
  public static final Set<String> ORGANIZATION_KEEPERS = ids(RoleGroup.OFFICE);

  /**
   * Keep the yearly calendar table (announced days off, make-up working days, the day adjacent to
   * National Day): the Department Office, which follows the Government's announcements.
   */
  public static final Set<String> CALENDAR_KEEPERS = ids(RoleGroup.OFFICE);

  /** Read the calendar table and its warnings: those who follow the rounds. */
  public static final Set<String> CALENDAR_READERS = OBSERVERS;

  /** Reopen an accepted report, though not one of their own unit. */
  public static final Set<String> REOPENERS = ids(RoleGroup.SOCIAL_PROTECTION);

  /** Read the operating metrics ({@code /actuator/metrics}). */
  public static final Set<String> METRICS_READERS = ids(RoleGroup.ADMIN);

  /**
   * Who works on a task: a role group, or the staff of the unit whose report or nomination it is.
   */
  public sealed interface Worker permits Role, FileUnit {}

  /** Members of a role group. */
  public record Role(RoleGroup group) implements Worker {}

  /** The staff of the unit the file belongs to, as the application's tables record it. */
  public record FileUnit() implements Worker {}

  private static final Worker UNIT = new FileUnit();

  private static final Map<String, Worker> TASKS =
      Map.ofEntries(
          Map.entry(
              ProcessKeys.EMULATION_ROUND + ":compileResults",
              new Role(RoleGroup.SOCIAL_PROTECTION)),
          Map.entry(ProcessKeys.EMULATION_ROUND + ":approveSummary", new Role(RoleGroup.DIRECTORS)),
          Map.entry(ProcessKeys.UNIT_REPORT + ":prepareReport", UNIT),
          Map.entry(ProcessKeys.UNIT_REPORT + ":reviseReport", UNIT),
          Map.entry(
              ProcessKeys.UNIT_REPORT + ":reviewReport", new Role(RoleGroup.SOCIAL_PROTECTION)),
          Map.entry(
              ProcessKeys.AWARD_NOMINATION + ":verifyAchievements",
              new Role(RoleGroup.SOCIAL_PROTECTION)),
          Map.entry(ProcessKeys.AWARD_NOMINATION + ":reviseAchievements", UNIT),
          Map.entry(ProcessKeys.AWARD_NOMINATION + ":checkDossier", new Role(RoleGroup.OFFICE)),
          Map.entry(ProcessKeys.AWARD_NOMINATION + ":completeDossier", UNIT),
          Map.entry(ProcessKeys.AWARD_NOMINATION + ":councilVote", new Role(RoleGroup.COUNCIL)),
          Map.entry(ProcessKeys.AWARD_NOMINATION + ":signDecision", new Role(RoleGroup.DIRECTORS)),
          Map.entry(ProcessKeys.AWARD_NOMINATION + ":submitToProvince", new Role(RoleGroup.OFFICE)),
          Map.entry(
              ProcessKeys.AWARD_NOMINATION + ":recordProvincialDecision",
              new Role(RoleGroup.OFFICE)));

  /** Who starts a process from its start form; a unit starts nominations for itself. */
  private static final Map<String, Set<Worker>> STARTS =
      Map.of(
          ProcessKeys.EMULATION_ROUND,
              Set.of(new Role(RoleGroup.SOCIAL_PROTECTION), new Role(RoleGroup.OFFICE)),
          ProcessKeys.AWARD_NOMINATION, Set.of(UNIT));

  /** The role groups that work in Tasklist: every role group that completes one of the tasks. */
  public static final Set<String> TASKLIST_WORKERS =
      TASKS.values().stream()
          .filter(Role.class::isInstance)
          .map(worker -> ((Role) worker).group().groupId())
          .collect(Collectors.toUnmodifiableSet());

  private AccessRules() {}

  private static Set<String> ids(RoleGroup... groups) {
    return Arrays.stream(groups).map(RoleGroup::groupId).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether the groups include one of the role set's. */
  public static boolean holdsAny(Collection<String> groups, Set<String> roles) {
    return groups.stream().anyMatch(roles::contains);
  }

  /** Whether the groups make their holder one of the unit's own staff. */
  public static boolean isUnitStaff(Collection<String> groups, String unitCode) {
    return groups.contains(Unit.groupIdOf(unitCode));
  }

  /**
   * Who reads a unit's files as a whole (its dossiers, its nominations): its own staff and the
   * observers.
   */
  public static boolean readsUnit(Collection<String> groups, String unitCode) {
    return isUnitStaff(groups, unitCode) || holdsAny(groups, OBSERVERS);
  }

  /**
   * Who reads one of a unit's dossiers: its own staff and the observers, the council for
   * nominations too.
   */
  public static boolean readsDossier(
      Collection<String> groups, String unitCode, boolean nomination) {
    return readsUnit(groups, unitCode) || nomination && holdsAny(groups, COUNCIL);
  }

  /**
   * Who attaches documents to a unit's dossier: only its own staff (the administrator does not act
   * for a unit).
   */
  public static boolean attaches(Collection<String> groups, String unitCode) {
    return isUnitStaff(groups, unitCode);
  }

  /**
   * Who downloads a nomination's decision and submission: the unit's own staff and the decision
   * readers.
   */
  public static boolean readsDecisionDocuments(Collection<String> groups, String unitCode) {
    return isUnitStaff(groups, unitCode) || holdsAny(groups, DECISION_READERS);
  }

  /** Who withdraws a nomination: only the nominating unit's own staff. */
  public static boolean withdraws(Collection<String> groups, String unitCode) {
    return isUnitStaff(groups, unitCode);
  }

  /** Who reopens an accepted report: a reopener not of the report's own unit. */
  public static boolean reopens(Collection<String> groups, String unitCode) {
    return holdsAny(groups, REOPENERS) && !isUnitStaff(groups, unitCode);
  }

  /** The processes whose tasks and starts follow these rules. */
  public static boolean governs(String processKey) {
    return ProcessKeys.EMULATION_ROUND.equals(processKey)
        || ProcessKeys.UNIT_REPORT.equals(processKey)
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
