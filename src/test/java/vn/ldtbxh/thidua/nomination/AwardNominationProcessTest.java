package vn.ldtbxh.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestExecutionListeners;
import vn.ldtbxh.thidua.ProcessTestSupport;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.council.CouncilMemberRepository;
import vn.ldtbxh.thidua.council.CouncilRole;
import vn.ldtbxh.thidua.council.Rosters;
import vn.ldtbxh.thidua.document.AwardDocuments;
import vn.ldtbxh.thidua.notification.NotificationKind;
import vn.ldtbxh.thidua.notification.NotificationRepository;

/**
 * Every path of {@code award-nomination} in the final round of the 2018–2020 movement: eligibility
 * by the decision table, verification, dossier check and completion, the council's quorum and
 * threshold, the Director's decision and the Province's, and the one flag per movement.
 */
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class AwardNominationProcessTest extends ProcessTestSupport {

  /**
   * Every flow node and sequence flow of the processes under test is walked: the class fails below
   * 100%.
   */
  @TestConfiguration
  static class FullCoverage {
    @Bean
    @Primary
    ProcessEngineCoverageProperties fullCoverage() {
      return new ProcessEngineCoverageProperties.Builder()
          .assertClassCoverageAtLeast(1.0)
          .excludeProcessDefinitionKeys("emulation-round", "unit-report")
          .build();
    }
  }

  @Autowired IdentityService identity;
  @Autowired NominationRepository nominations;
  @Autowired NotificationRepository notifications;
  @Autowired AwardDocuments documents;
  @Autowired NominationWithdrawal withdrawal;
  @Autowired CouncilMemberRepository council;

  @BeforeEach
  void openFinalRound() {
    deleteAllRounds();
    setClock("2020-11-20T09:00");
    runtime.startProcessInstanceByKey(
        "emulation-round",
        vars(
            "movement",
            "vi-nguoi-ngheo-2018-2020",
            "year",
            2020,
            "roundType",
            "FINAL",
            "unitCodes",
            "dongxoai,budang"));
    runDueJobs();
  }

  ProcessInstance nominate(String unit, String form, String kind, String name, boolean discipline) {
    identity.setAuthentication(unit, List.of("unit-" + unit));
    try {
      return runtime.startProcessInstanceByKey(
          "award-nomination",
          vars(
              "roundKey",
              "round-2020-final",
              "nomineeKind",
              kind,
              "nomineeName",
              name,
              "nomineePosition",
              "INDIVIDUAL".equals(kind) ? "Chuyên viên" : null,
              "awardForm",
              form,
              "achievements",
              "Hoàn thành xuất sắc nhiệm vụ giảm nghèo 3 năm liền.",
              "unitMinutesNumber",
              "05/BB-LĐTBXH",
              "underDisciplinaryReview",
              discipline));
    } finally {
      identity.clearAuthentication();
    }
  }

  void as(String user, String... groups) {
    identity.setAuthentication(user, List.of(groups));
  }

  void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    Task task = taskOf(instance, taskKey);
    assertThat(task).as(taskKey).isNotNull();
    tasks.complete(task.getId(), variables);
    identity.clearAuthentication();
    runDueJobs();
  }

  void verifyAndCheck(ProcessInstance instance) {
    as("thamdinh", "social-protection", "unit-btxh");
    complete(instance, "verifyAchievements", vars("verifyOutcome", "APPROVED"));
    as("vanphong", "office", "unit-vp");
    complete(
        instance,
        "checkDossier",
        vars("dossierOutcome", "COMPLETE", "documentsChecked", "[\"TO_TRINH\"]"));
    identity.clearAuthentication();
  }

  Map<String, Object> vote(int total, int present, int votesFor) {
    return vars(
        "membersTotal",
        total,
        "membersPresent",
        present,
        "votesFor",
        votesFor,
        "minutesNumber",
        "12/BB-HĐTĐKT");
  }

  @Test
  void aNomineeUnderDisciplinaryReviewIsIneligibleAndTheUnitIsTold() {
    ProcessInstance nomination =
        nominate("dongxoai", "GIAY_KHEN_GIAM_DOC", "INDIVIDUAL", "Nguyễn Văn An", true);
    assertThat(nomination).hasBusinessKey("round-2020-final-dongxoai-1");
    runDueJobs();
    assertThat(nomination)
        .isEnded()
        .hasPassed("decideEligibility", "notifyIneligible", "nominationIneligible");
    Nomination stored = nominations.find("round-2020-final-dongxoai-1").orElseThrow();
    assertThat(stored.status()).isEqualTo(NominationStatus.INELIGIBLE);
    assertThat(stored.statusReason()).contains("kỷ luật");
    assertThat(
            notifications.countByInstanceAndKind(
                nomination.getId(), NotificationKind.NOMINATION_INELIGIBLE))
        .isEqualTo(1);
  }

  @Test
  void aFlagForAnIndividualIsIneligible() {
    ProcessInstance nomination =
        nominate("dongxoai", "CO_THI_DUA_UBND_TINH", "INDIVIDUAL", "Trần Thị Bình", false);
    runDueJobs();
    assertThat(nomination).isEnded().hasPassed("nominationIneligible");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(nomination.getId()).count())
        .isZero();
  }

  @Test
  void returnedBySocialProtectionThenApprovedThenTheDirectorDecides() throws Exception {
    ProcessInstance nomination =
        nominate(
            "budang", "GIAY_KHEN_GIAM_DOC", "COLLECTIVE", "Phòng LĐ-TB&XH huyện Bù Đăng", false);
    assertThat(nomination).isWaitingAt("verifyAchievements");
    assertThat(taskOf(nomination, "verifyAchievements")).hasCandidateGroup("social-protection");
    as("thamdinh", "social-protection", "unit-btxh");
    assertThatThrownBy(
            () ->
                tasks.complete(
                    taskOf(nomination, "verifyAchievements").getId(),
                    vars("verifyOutcome", "RETURNED")))
        .satisfies(e -> assertThat(ThiduaException.findIn(e).getMessage()).contains("ý kiến"));
    complete(
        nomination,
        "verifyAchievements",
        vars("verifyOutcome", "RETURNED", "verifyComment", "Bổ sung số liệu"));
    assertThat(taskOf(nomination, "reviseAchievements")).hasCandidateGroup("unit-budang");
    identity.clearAuthentication();
    complete(
        nomination,
        "reviseAchievements",
        vars("achievements", "Thành tích đã bổ sung số liệu 2018-2020."));
    verifyAndCheck(nomination);
    assertThat(taskOf(nomination, "councilVote")).hasCandidateGroup("council");
    as("hoidong", "council");
    complete(nomination, "councilVote", vote(15, 12, 8));
    assertThat(taskOf(nomination, "signDecision")).hasCandidateGroup("directors");
    as("giamdoc", "directors", "managers");
    complete(
        nomination,
        "signDecision",
        vars("decisionNumber", "125/QĐ-LĐTBXH", "decisionDate", "2020-12-20"));
    identity.clearAuthentication();
    assertThat(nomination)
        .isEnded()
        .hasPassed("reviseAchievements", "signDecision", "notifyAwarded", "nominationAwarded");
    Nomination stored = nominations.find(nomination.getBusinessKey()).orElseThrow();
    assertThat(stored.status()).isEqualTo(NominationStatus.AWARDED);
    assertThat(stored.decisionNumber()).isEqualTo("125/QĐ-LĐTBXH");
    assertThat(nominations.awards("budang", 2020, null, null)).hasSize(1);
    assertThat(
            notifications.countByInstanceAndKind(
                nomination.getId(), NotificationKind.NOMINATION_OUTCOME))
        .isEqualTo(2);

    // a second decision with the same number in the same year, for another award, is refused
    ProcessInstance other =
        nominate("dongxoai", "GIAY_KHEN_GIAM_DOC", "INDIVIDUAL", "Lê Văn Cường", false);
    verifyAndCheck(other);
    complete(other, "councilVote", vote(15, 12, 8));
    assertThatThrownBy(
            () ->
                tasks.complete(
                    taskOf(other, "signDecision").getId(),
                    vars("decisionNumber", "125/QĐ-LĐTBXH", "decisionDate", "2020-12-21")))
        .satisfies(e -> assertThat(ThiduaException.findIn(e).status()).isEqualTo(409));
    assertThat(other).isWaitingAt("signDecision");
  }

  @Test
  void anIncompleteDossierIsCompletedWithinFiveWorkingDays() {
    ProcessInstance nomination =
        nominate("dongxoai", "GIAY_KHEN_GIAM_DOC", "INDIVIDUAL", "Phạm Thị Dung", false);
    as("thamdinh", "social-protection", "unit-btxh");
    complete(nomination, "verifyAchievements", vars("verifyOutcome", "APPROVED"));
    setClock("2020-11-23T10:00"); // Monday
    as("vanphong", "office", "unit-vp");
    complete(
        nomination,
        "checkDossier",
        vars("dossierOutcome", "INCOMPLETE", "dossierComment", "Thiếu biên bản họp xét"));
    identity.clearAuthentication();
    Task completeDossier = taskOf(nomination, "completeDossier");
    assertThat(completeDossier).hasCandidateGroup("unit-dongxoai");
    assertThat(inVietnam(completeDossier.getDueDate()).toString())
        .startsWith("2020-11-30T17:00+07:00");
    assertThat(inVietnam(timer(nomination, "completeDossierReminder").getDuedate()).toString())
        .startsWith("2020-11-27T08:00+07:00");
    fire(timer(nomination, "completeDossierReminder"));
    assertThat(
            notifications.countByInstanceAndKind(
                nomination.getId(), NotificationKind.DOSSIER_REMINDER))
        .isEqualTo(1);
    complete(nomination, "completeDossier", vars("completionNote", "Đã bổ sung biên bản số 07/BB"));
    assertThat(nomination).isWaitingAt("checkDossier");
  }

  @Test
  void aDossierNotCompletedInTimeIsWithdrawn() {
    ProcessInstance nomination =
        nominate("dongxoai", "GIAY_KHEN_GIAM_DOC", "INDIVIDUAL", "Hoàng Văn Em", false);
    as("thamdinh", "social-protection", "unit-btxh");
    complete(nomination, "verifyAchievements", vars("verifyOutcome", "APPROVED"));
    as("vanphong", "office", "unit-vp");
    complete(
        nomination,
        "checkDossier",
        vars("dossierOutcome", "INCOMPLETE", "dossierComment", "Thiếu tờ trình"));
    identity.clearAuthentication();
    fire(timer(nomination, "completeDossierExpired"));
    assertThat(nomination)
        .isEnded()
        .hasPassed("withdrawExpired", "notifyWithdrawn", "nominationWithdrawn");
    assertThat(nominations.find(nomination.getBusinessKey()).orElseThrow().status())
        .isEqualTo(NominationStatus.WITHDRAWN);
    assertThat(
            notifications.countByInstanceAndKind(
                nomination.getId(), NotificationKind.DOSSIER_WITHDRAWN))
        .isEqualTo(2);
  }

  @Test
  void theUnitWithdrawsItsNominationBeforeTheCouncilAndSocialProtectionIsTold() {
    ProcessInstance nomination =
        nominate("dongxoai", "GIAY_KHEN_GIAM_DOC", "INDIVIDUAL", "Lý Văn Hùng", false);
    String key = nomination.getBusinessKey();
    CurrentUser unit = new CurrentUser("dongxoai", List.of("unit-dongxoai"));
    assertThat(
            refusal(
                () ->
                    withdrawal.withdraw(
                        key, new CurrentUser("budang", List.of("unit-budang")), "Rút")))
        .isEqualTo(403);
    assertThat(refusal(() -> withdrawal.withdraw(key, unit, " "))).isEqualTo(400);
    assertThat(refusal(() -> withdrawal.withdraw("round-2020-final-dongxoai-9", unit, "Rút")))
        .isEqualTo(404);
    as("thamdinh", "social-protection", "unit-btxh");
    complete(nomination, "verifyAchievements", vars("verifyOutcome", "APPROVED"));
    assertThat(nomination).isWaitingAt("checkDossier");

    setClock("2020-11-25T14:00");
    Nomination withdrawn = withdrawal.withdraw(key, unit, "Cá nhân đã chuyển công tác.");
    assertThat(withdrawn.status()).isEqualTo(NominationStatus.WITHDRAWN);
    assertThat(withdrawn.statusReason()).contains("chuyển công tác");
    runDueJobs();
    assertThat(nomination)
        .isEnded()
        .hasPassed(
            "withdrawalRequested",
            "recordWithdrawal",
            "notifyWithdrawalByUnit",
            "nominationWithdrawnByUnit")
        .hasNotPassed("councilVote");
    assertThat(tasks.createTaskQuery().processInstanceId(nomination.getId()).count()).isZero();
    assertThat(
            notifications.countByInstanceAndKind(
                nomination.getId(), NotificationKind.NOMINATION_WITHDRAWN))
        .isEqualTo(2);
    assertThat(nominations.events(key))
        .anySatisfy(event -> assertThat(event).containsEntry("step", "WITHDRAW"));
    assertThat(refusal(() -> withdrawal.withdraw(key, unit, "Lần nữa"))).isEqualTo(409);
  }

  @Test
  void aNominationAtTheCouncilCannotBeWithdrawn() {
    ProcessInstance nomination =
        nominate("dongxoai", "GIAY_KHEN_GIAM_DOC", "INDIVIDUAL", "Đinh Thị Mai", false);
    verifyAndCheck(nomination);
    assertThat(nomination).isWaitingAt("councilVote");
    CurrentUser unit = new CurrentUser("dongxoai", List.of("unit-dongxoai"));
    assertThat(refusal(() -> withdrawal.withdraw(nomination.getBusinessKey(), unit, "Rút")))
        .isEqualTo(409);
    // the model checks again inside the transaction: a message sent anyway is refused and changes
    // nothing
    assertThatThrownBy(
            () ->
                runtime
                    .createMessageCorrelation(NominationWithdrawal.MESSAGE)
                    .processInstanceId(nomination.getId())
                    .setVariable("withdrawalReason", "Rút")
                    .correlate())
        .satisfies(error -> assertThat(ThiduaException.findIn(error).status()).isEqualTo(409));
    assertThat(nomination).isWaitingAt("councilVote");
    assertThat(nominations.find(nomination.getBusinessKey()).orElseThrow().status())
        .isEqualTo(NominationStatus.COUNCIL);
  }

  @Test
  void aMeetingWithoutQuorumIsRefusedThenAValidVoteRejects() {
    ProcessInstance nomination =
        nominate("budang", "BANG_KHEN_UBND_TINH", "INDIVIDUAL", "Võ Thị Giang", false);
    verifyAndCheck(nomination);
    Task vote = taskOf(nomination, "councilVote");
    assertThatThrownBy(() -> tasks.complete(vote.getId(), vote(15, 9, 9)))
        .satisfies(e -> assertThat(ThiduaException.findIn(e).getMessage()).contains("chưa đủ 2/3"));
    assertThat(nomination).isWaitingAt("councilVote");
    assertThat(runtime.getVariable(nomination.getId(), "membersPresent")).isNull();
    // 10 votes for of 15 members does not reach 7/10
    complete(nomination, "councilVote", vote(15, 10, 10));
    assertThat(nomination).isEnded().hasPassed("notifyNotAwarded", "nominationNotAwarded");
    assertThat(nominations.find(nomination.getBusinessKey()).orElseThrow().status())
        .isEqualTo(NominationStatus.NOT_AWARDED);
  }

  @Test
  void theCouncilsSizeComesFromItsRosterWhereItCoversTheMeeting() {
    Rosters.serving(council, LocalDate.of(2020, 1, 1), 13);
    // a member who left before the meeting (20/11/2020) is not counted
    Rosters.add(
        council,
        "Thành viên đã thôi",
        "Chuyên viên",
        CouncilRole.UY_VIEN,
        LocalDate.of(2019, 1, 1),
        LocalDate.of(2020, 6, 30));
    ProcessInstance nomination =
        nominate("budang", "BANG_KHEN_UBND_TINH", "INDIVIDUAL", "Lâm Thị Mai", false);
    verifyAndCheck(nomination);
    // the form shows the roster's number
    assertThat(runtime.getVariable(nomination.getId(), "membersTotal")).isEqualTo(13);
    Task vote = taskOf(nomination, "councilVote");
    assertThatThrownBy(() -> tasks.complete(vote.getId(), vote(15, 12, 12)))
        .satisfies(
            e ->
                assertThat(ThiduaException.findIn(e).getMessage())
                    .contains("ngày 20/11/2020 Hội đồng có 13 thành viên, không phải 15"));
    assertThat(nomination).isWaitingAt("councilVote");
    assertThat(nominations.find(nomination.getBusinessKey()).orElseThrow().status())
        .isEqualTo(NominationStatus.COUNCIL);
    complete(nomination, "councilVote", vote(13, 12, 11));
    assertThat(nomination).isWaitingAt("submitToProvince");
  }

  @Test
  void rejectedBySocialProtection() {
    ProcessInstance nomination =
        nominate("budang", "GIAY_KHEN_GIAM_DOC", "INDIVIDUAL", "Đỗ Văn Hải", false);
    complete(
        nomination,
        "verifyAchievements",
        vars("verifyOutcome", "REJECTED", "verifyComment", "Thành tích chưa nổi bật"));
    assertThat(nomination).isEnded().hasPassed("nominationNotAwarded");
  }

  @Test
  void theProvinceAwardsAfterFollowUps() {
    ProcessInstance nomination =
        nominate("budang", "BANG_KHEN_UBND_TINH", "INDIVIDUAL", "Ngô Thị Hoa", false);
    verifyAndCheck(nomination);
    complete(nomination, "councilVote", vote(15, 14, 11));
    assertThat(taskOf(nomination, "submitToProvince")).hasCandidateGroup("office");
    as("vanphong", "office", "unit-vp");
    complete(
        nomination,
        "submitToProvince",
        vars("submissionNumber", "45/TTr-LĐTBXH", "submissionDate", "2020-12-22"));
    identity.clearAuthentication();
    fire(timer(nomination, "provinceFollowUp"));
    assertThat(
            notifications.countByInstanceAndKind(
                nomination.getId(), NotificationKind.PROVINCE_FOLLOW_UP))
        .isEqualTo(1);
    assertThat(timer(nomination, "provinceFollowUp")).isNotNull();
    complete(
        nomination,
        "recordProvincialDecision",
        vars(
            "provincialOutcome",
            "AWARDED",
            "provincialDecisionNumber",
            "310/QĐ-UBND",
            "provincialDecisionDate",
            "2021-02-10"));
    assertThat(nomination).isEnded().hasPassed("notifyProvincialAwarded", "provincialAwarded");
    Nomination stored = nominations.find(nomination.getBusinessKey()).orElseThrow();
    assertThat(stored.decisionIssuer()).isEqualTo("PROVINCE");
    assertThat(stored.status()).isEqualTo(NominationStatus.AWARDED);
  }

  @Test
  void onlyOneFlagPerMovementUntilTheProvinceDeclinesIt() {
    ProcessInstance first =
        nominate(
            "dongxoai",
            "CO_THI_DUA_UBND_TINH",
            "COLLECTIVE",
            "Phòng LĐ-TB&XH thành phố Đồng Xoài",
            false);
    ProcessInstance second =
        nominate(
            "budang", "CO_THI_DUA_UBND_TINH", "COLLECTIVE", "Phòng LĐ-TB&XH huyện Bù Đăng", false);
    verifyAndCheck(first);
    verifyAndCheck(second);
    complete(first, "councilVote", vote(15, 15, 12));
    Task held = taskOf(second, "councilVote");
    assertThatThrownBy(() -> tasks.complete(held.getId(), vote(15, 15, 13)))
        .satisfies(
            e ->
                assertThat(ThiduaException.findIn(e).getMessage())
                    .contains("Phòng Lao động - Thương binh và Xã hội thành phố Đồng Xoài"));
    assertThat(second).isWaitingAt("councilVote");
    complete(
        first,
        "submitToProvince",
        vars("submissionNumber", "46/TTr-LĐTBXH", "submissionDate", "2020-12-22"));
    assertThatThrownBy(
            () ->
                tasks.complete(
                    taskOf(first, "recordProvincialDecision").getId(),
                    vars("provincialOutcome", "NOT_AWARDED")))
        .satisfies(e -> assertThat(ThiduaException.findIn(e).getMessage()).contains("Lý do"));
    complete(
        first,
        "recordProvincialDecision",
        vars(
            "provincialOutcome",
            "NOT_AWARDED",
            "provincialReason",
            "Tỉnh đã tặng Cờ cho đơn vị khác của ngành"));
    assertThat(first).isEnded().hasPassed("nominationNotAwarded");
    complete(second, "councilVote", vote(15, 15, 13));
    assertThat(second).isWaitingAt("submitToProvince");
  }

  @Test
  void nobodyWorksOnTheirOwnUnitsNomination() {
    // the two divisions whose staff verify and check are called to the round as well
    for (String division : List.of("btxh", "vp")) {
      jdbc.update(
          "insert into round_unit (round_key, unit_code) values ('round-2020-final', ?)", division);
    }
    ProcessInstance nomination =
        nominate("btxh", "GIAY_KHEN_GIAM_DOC", "INDIVIDUAL", "Bùi Văn Khoa", false);
    as("thamdinh", "social-protection", "unit-btxh");
    assertThatThrownBy(
            () ->
                tasks.complete(
                    taskOf(nomination, "verifyAchievements").getId(),
                    vars("verifyOutcome", "APPROVED")))
        .satisfies(e -> assertThat(ThiduaException.findIn(e).status()).isEqualTo(403));
    ProcessInstance office =
        nominate("vp", "GIAY_KHEN_GIAM_DOC", "INDIVIDUAL", "Lý Thị Lan", false);
    complete(office, "verifyAchievements", vars("verifyOutcome", "APPROVED"));
    as("vanphong", "office", "unit-vp");
    assertThatThrownBy(
            () ->
                tasks.complete(
                    taskOf(office, "checkDossier").getId(), vars("dossierOutcome", "COMPLETE")))
        .satisfies(e -> assertThat(ThiduaException.findIn(e).getMessage()).contains("đơn vị mình"));
  }

  @Test
  void refusedStartsCreateNothing() {
    long before =
        runtime.createProcessInstanceQuery().processDefinitionKey("award-nomination").count();
    assertThatThrownBy(() -> nominate("dongxoai", "HUAN_CHUONG", "INDIVIDUAL", "A", false))
        .satisfies(
            e ->
                assertThat(ThiduaException.findIn(e).getMessage())
                    .contains("Không có hình thức khen thưởng"));
    identity.setAuthentication("dongxoai", List.of("unit-dongxoai"));
    assertThatThrownBy(
            () ->
                runtime.startProcessInstanceByKey(
                    "award-nomination",
                    vars(
                        "roundKey",
                        "round-2020-final",
                        "unitCode",
                        "budang",
                        "nomineeKind",
                        "INDIVIDUAL",
                        "nomineeName",
                        "B",
                        "awardForm",
                        "GIAY_KHEN_GIAM_DOC",
                        "achievements",
                        "x",
                        "unitMinutesNumber",
                        "1")))
        .satisfies(e -> assertThat(ThiduaException.findIn(e).status()).isEqualTo(403));
    identity.clearAuthentication();
    // Lộc Ninh was not called to this round
    assertThatThrownBy(() -> nominate("locninh", "GIAY_KHEN_GIAM_DOC", "INDIVIDUAL", "D", false))
        .satisfies(
            e -> {
              assertThat(ThiduaException.findIn(e).status()).isEqualTo(400);
              assertThat(ThiduaException.findIn(e).getMessage())
                  .contains("không được triệu tập vào đợt thi đua round-2020-final");
            });
    setClock("2021-01-20T09:00"); // after the cut-off of 15/12/2020 (+10 working days)
    assertThatThrownBy(() -> nominate("dongxoai", "GIAY_KHEN_GIAM_DOC", "INDIVIDUAL", "C", false))
        .satisfies(
            e -> assertThat(ThiduaException.findIn(e).getMessage()).contains("quá hạn chót"));
    assertThat(
            runtime.createProcessInstanceQuery().processDefinitionKey("award-nomination").count())
        .isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from nomination", Integer.class)).isZero();
  }

  @Test
  void aNominationBetweenDeadlineAndCutOffIsMarkedLate() {
    setClock("2020-12-17T09:00");
    ProcessInstance nomination =
        nominate("dongxoai", "GIAY_KHEN_GIAM_DOC", "INDIVIDUAL", "Mai Văn Minh", false);
    assertThat(nominations.find(nomination.getBusinessKey()).orElseThrow().late()).isTrue();
  }

  @Test
  void theDecisionDocumentFollowsDecree30() throws Exception {
    byte[] docx =
        documents.decision(
            new AwardDocuments.Content(
                vn.ldtbxh.thidua.document.TestDocuments.BINH_PHUOC_2018,
                vn.ldtbxh.thidua.document.TestDocuments.PLAN_179,
                "125/QĐ-LĐTBXH",
                java.time.LocalDate.parse("2018-12-20"),
                "Giấy khen của Giám đốc Sở",
                "Ngành Lao động - Thương binh và Xã hội chung tay vì người nghèo",
                2018,
                "12/BB",
                List.of(
                    new AwardDocuments.Nominee(
                        "Tập thể",
                        "Phòng Lao động - Thương binh và Xã hội thành phố Đồng Xoài",
                        null,
                        "Phòng Lao động - Thương binh và Xã hội thành phố Đồng Xoài",
                        "..."),
                    new AwardDocuments.Nominee(
                        "Cá nhân",
                        "Nguyễn Thị Hạnh",
                        "Chuyên viên",
                        "Phòng Lao động - Thương binh và Xã hội huyện Bù Đăng",
                        "..."))));
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      String text = extractor.getText();
      assertThat(text)
          .contains(
              "UBND TỈNH BÌNH PHƯỚC",
              "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc",
              "Số: 125/QĐ-LĐTBXH",
              "Bình Phước, ngày 20 tháng 12 năm 2018",
              "QUYẾT ĐỊNH",
              "179/KH-LĐTBXH",
              "Điều 1.",
              "Nguyễn Thị Hạnh",
              "thành phố Đồng Xoài",
              "Nơi nhận:",
              "GIÁM ĐỐC");
      assertThat(document.getParagraphs().get(0).getRuns().get(0).getFontFamily())
          .isEqualTo("Times New Roman");
    }
  }
}
