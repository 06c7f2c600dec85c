package vn.ldtbxh.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ldtbxh.thidua.common.ProcessKeys;
import vn.ldtbxh.thidua.organization.RoleGroup;
import vn.ldtbxh.thidua.organization.Unit;
import vn.ldtbxh.thidua.security.AccessRules.FileUnit;
import vn.ldtbxh.thidua.security.AccessRules.Role;

class AccessRulesTest {

  static final String SOCIAL_PROTECTION = RoleGroup.SOCIAL_PROTECTION.groupId();
  static final String OFFICE = RoleGroup.OFFICE.groupId();
  static final String DIRECTORS = RoleGroup.DIRECTORS.groupId();
  static final String COUNCIL = RoleGroup.COUNCIL.groupId();
  static final String MANAGERS = RoleGroup.MANAGERS.groupId();
  static final String ADMIN = RoleGroup.ADMIN.groupId();
  static final String DONGXOAI = Unit.groupIdOf("dongxoai");

  static final List<String> TASKS =
      List.of(
          "compileResults",
          "approveSummary",
          "prepareReport",
          "reviseReport",
          "reviewReport",
          "verifyAchievements",
          "reviseAchievements",
          "checkDossier",
          "completeDossier",
          "councilVote",
          "signDecision",
          "submitToProvince",
          "recordProvincialDecision");

  @Test
  void theRoleSetsHoldTheirGroups() {
    assertThat(AccessRules.OBSERVERS)
        .containsExactlyInAnyOrder(SOCIAL_PROTECTION, OFFICE, DIRECTORS, MANAGERS, ADMIN);
    assertThat(AccessRules.ENGINE_OBSERVERS)
        .containsExactlyInAnyOrder(SOCIAL_PROTECTION, OFFICE, DIRECTORS, MANAGERS);
    assertThat(AccessRules.DECISION_READERS)
        .containsExactlyInAnyOrder(OFFICE, DIRECTORS, MANAGERS, ADMIN);
    assertThat(AccessRules.DEADLINE_EXTENDERS).containsExactlyInAnyOrder(SOCIAL_PROTECTION, OFFICE);
    assertThat(AccessRules.REOPENERS).containsExactly(SOCIAL_PROTECTION);
    assertThat(AccessRules.METRICS_READERS).containsExactly(ADMIN);
    assertThat(AccessRules.COUNCIL).containsExactly(COUNCIL);
    assertThat(AccessRules.TASKLIST_WORKERS)
        .containsExactlyInAnyOrder(SOCIAL_PROTECTION, OFFICE, DIRECTORS, COUNCIL);
  }

  @Test
  void theAdministratorObservesButCompletesNoTaskAndStartsNothing() {
    assertThat(AccessRules.OBSERVERS).contains(ADMIN);
    assertThat(AccessRules.isAdministrator(List.of(ADMIN))).isTrue();
    assertThat(AccessRules.TASKLIST_WORKERS).doesNotContain(ADMIN);
    Stream.of(ProcessKeys.EMULATION_ROUND, ProcessKeys.UNIT_REPORT, ProcessKeys.AWARD_NOMINATION)
        .forEach(
            key -> {
              assertThat(AccessRules.starters(key)).doesNotContain(new Role(RoleGroup.ADMIN));
              TASKS.forEach(
                  task ->
                      assertThat(
                              AccessRules.taskWorker(key, task)
                                  .filter(new Role(RoleGroup.ADMIN)::equals))
                          .as(key + ":" + task)
                          .isEmpty());
            });
    assertThat(AccessRules.DEADLINE_EXTENDERS).doesNotContain(ADMIN);
    assertThat(AccessRules.REOPENERS).doesNotContain(ADMIN);
    assertThat(AccessRules.attaches(List.of(ADMIN), "dongxoai")).isFalse();
    assertThat(AccessRules.withdraws(List.of(ADMIN), "dongxoai")).isFalse();
  }

  @Test
  void everyTaskHasAWorkerAndTheStartsAreTheRoundLeadersAndTheUnits() {
    assertThat(AccessRules.taskWorker(ProcessKeys.AWARD_NOMINATION, "councilVote"))
        .contains(new Role(RoleGroup.COUNCIL));
    assertThat(AccessRules.taskWorker(ProcessKeys.UNIT_REPORT, "prepareReport"))
        .contains(new FileUnit());
    assertThat(AccessRules.taskWorker(ProcessKeys.UNIT_REPORT, "noSuchTask")).isEmpty();
    assertThat(AccessRules.starters(ProcessKeys.EMULATION_ROUND))
        .containsExactlyInAnyOrder(
            new Role(RoleGroup.SOCIAL_PROTECTION), new Role(RoleGroup.OFFICE));
    assertThat(AccessRules.starters(ProcessKeys.AWARD_NOMINATION)).containsExactly(new FileUnit());
    assertThat(AccessRules.starters(ProcessKeys.UNIT_REPORT)).isEmpty();
  }

  @Test
  void aUnitsStaffAndTheObserversReadItsFiles() {
    assertThat(AccessRules.isUnitStaff(List.of(DONGXOAI), "dongxoai")).isTrue();
    assertThat(AccessRules.isUnitStaff(List.of(DONGXOAI), "budang")).isFalse();
    assertThat(AccessRules.readsUnit(List.of(DONGXOAI), "dongxoai")).isTrue();
    assertThat(AccessRules.readsUnit(List.of(DONGXOAI), "budang")).isFalse();
    for (String observer : AccessRules.OBSERVERS) {
      assertThat(AccessRules.readsUnit(List.of(observer), "budang")).as(observer).isTrue();
      assertThat(AccessRules.readsDossier(List.of(observer), "budang", false))
          .as(observer)
          .isTrue();
    }
    assertThat(AccessRules.readsUnit(List.of(COUNCIL), "budang")).isFalse();
  }

  @Test
  void theCouncilReadsNominationsNotReports() {
    assertThat(AccessRules.readsDossier(List.of(COUNCIL), "dongxoai", true)).isTrue();
    assertThat(AccessRules.readsDossier(List.of(COUNCIL), "dongxoai", false)).isFalse();
    assertThat(AccessRules.readsDossier(List.of(Unit.groupIdOf("budang")), "dongxoai", true))
        .isFalse();
    assertThat(AccessRules.readsDossier(List.of(DONGXOAI), "dongxoai", false)).isTrue();
  }

  @Test
  void onlyTheUnitsStaffAttachAndWithdraw() {
    assertThat(AccessRules.attaches(List.of(DONGXOAI), "dongxoai")).isTrue();
    assertThat(AccessRules.withdraws(List.of(DONGXOAI), "dongxoai")).isTrue();
    for (RoleGroup role : RoleGroup.values()) {
      assertThat(AccessRules.attaches(List.of(role.groupId()), "dongxoai"))
          .as(role.groupId())
          .isFalse();
      assertThat(AccessRules.withdraws(List.of(role.groupId()), "dongxoai"))
          .as(role.groupId())
          .isFalse();
    }
  }

  @Test
  void decisionDocumentsGoToTheUnitAndTheDecisionReadersOnly() {
    assertThat(AccessRules.readsDecisionDocuments(List.of(DONGXOAI), "dongxoai")).isTrue();
    assertThat(AccessRules.readsDecisionDocuments(List.of(OFFICE), "dongxoai")).isTrue();
    assertThat(AccessRules.readsDecisionDocuments(List.of(SOCIAL_PROTECTION), "dongxoai"))
        .isFalse();
    assertThat(AccessRules.readsDecisionDocuments(List.of(COUNCIL), "dongxoai")).isFalse();
  }

  @Test
  void socialProtectionReopensReportsButNotItsOwnUnits() {
    String btxh = Unit.groupIdOf("btxh");
    assertThat(AccessRules.reopens(List.of(SOCIAL_PROTECTION, btxh), "dongxoai")).isTrue();
    assertThat(AccessRules.reopens(List.of(SOCIAL_PROTECTION, btxh), "btxh")).isFalse();
    assertThat(AccessRules.reopens(List.of(OFFICE), "dongxoai")).isFalse();
    assertThat(AccessRules.reopens(List.of(DONGXOAI), "dongxoai")).isFalse();
  }

  @Test
  void onlyTheAdministratorReadsTheMetrics() {
    assertThat(AccessRules.holdsAny(List.of(ADMIN), AccessRules.METRICS_READERS)).isTrue();
    for (String group :
        List.of(SOCIAL_PROTECTION, OFFICE, DIRECTORS, COUNCIL, MANAGERS, DONGXOAI)) {
      assertThat(AccessRules.holdsAny(List.of(group), AccessRules.METRICS_READERS))
          .as(group)
          .isFalse();
    }
  }
}
