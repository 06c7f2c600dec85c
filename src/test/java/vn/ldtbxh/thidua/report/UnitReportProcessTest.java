package vn.ldtbxh.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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
import vn.ldtbxh.thidua.notification.NotificationKind;
import vn.ldtbxh.thidua.notification.NotificationRepository;
import vn.ldtbxh.thidua.organization.RoleGroup;

/**
 * Every path of {@code emulation-round} and {@code unit-report} on the 2018 round of plan 179: the
 * deadline 15/12/2018 is a Saturday, so reports are due Monday 17/12/2018 at 17:00 (+07:00), and
 * the cut-off, ten working days later, skips the swapped 31/12/2018 and New Year's Day.
 */
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class UnitReportProcessTest extends ProcessTestSupport {

  static final String PLAN_179 = "vi-nguoi-ngheo-2018-2020";

  /**
   * Every flow node and sequence flow of the processes under test is walked: the class fails below
   * 100%.
   */
  @TestConfiguration
  static class FullCoverage {
    @Bean
    @Primary
    ProcessEngineCoverageProperties fullCoverage() {
      return new ProcessEngineCoverageProperties.Builder().assertClassCoverageAtLeast(1.0).build();
    }
  }

  @Autowired UnitReportRepository reports;
  @Autowired NotificationRepository notifications;
  @Autowired IdentityService identity;
  @Autowired vn.ldtbxh.thidua.round.DeadlineExtension extension;
  @Autowired ReportReopening reopening;

  ProcessInstance round;

  @BeforeEach
  void openRound() {
    if (identity.createUserQuery().userId("thamdinh2").count() == 0) {
      User second = identity.newUser("thamdinh2");
      second.setEmail("thamdinh2@demo.ldtbxh.binhphuoc.gov.vn");
      second.setPassword("demo");
      vn.ldtbxh.thidua.demo.DemoUsers.saveSkippingPasswordPolicy(identity, second);
      identity.createMembership("thamdinh2", RoleGroup.SOCIAL_PROTECTION.groupId());
    }
    deleteAllRounds();
    setClock("2018-11-20T09:00");
    round =
        runtime.startProcessInstanceByKey(
            "emulation-round",
            vars(
                "movement",
                "vi-nguoi-ngheo-2018-2020",
                "year",
                2018,
                "roundType",
                "ANNUAL",
                "unitCodes",
                "dongxoai,btxh"));
    assertThat(round).isStarted().hasBusinessKey("round-2018");
    assertThat(round).isWaitingAt("announceRound");
    runDueJobs();
  }

  ProcessInstance report(String unitCode) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey("2018-" + unitCode)
        .singleResult();
  }

  @Test
  void announcesTheRoundAndSchedulesEveryTimerFromTheVietnameseCalendar() {
    assertThat(notifications.countByInstanceAndKind(round.getId(), NotificationKind.ANNOUNCEMENT))
        .isEqualTo(2);
    ProcessInstance dongxoai = report("dongxoai");
    assertThat(dongxoai).isWaitingAt("prepareReport");
    Task prepare = taskOf(dongxoai, "prepareReport");
    assertThat(prepare).hasCandidateGroup("unit-dongxoai");
    assertThat(inVietnam(prepare.getDueDate()))
        .isEqualTo(ZonedDateTime.parse("2018-12-17T17:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(inVietnam(timer(dongxoai, "firstReminder").getDuedate()))
        .isEqualTo(ZonedDateTime.parse("2018-12-10T08:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(inVietnam(timer(dongxoai, "lastReminder").getDuedate()))
        .isEqualTo(ZonedDateTime.parse("2018-12-14T08:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(inVietnam(timer(dongxoai, "cutOff").getDuedate()))
        .isEqualTo(ZonedDateTime.parse("2019-01-02T17:00+07:00[Asia/Ho_Chi_Minh]"));
    // the name valid on the report's date: Đồng Xoài became a city on 1/12/2018
    assertThat(runtime.getVariable(dongxoai.getId(), "unitName"))
        .isEqualTo("Phòng Lao động - Thương binh và Xã hội thành phố Đồng Xoài");
  }

  @Test
  void onTimeReportsAreReviewedAndTheRoundIsApproved() {
    ProcessInstance dongxoai = report("dongxoai");
    setClock("2018-12-05T10:00");
    tasks.complete(taskOf(dongxoai, "prepareReport").getId(), districtReport());
    assertThat(dongxoai).isWaitingAt("reviewReport");
    Task review = taskOf(dongxoai, "reviewReport");
    assertThat(review).hasCandidateGroup("social-protection");
    assertThat(inVietnam(review.getDueDate()))
        .isEqualTo(ZonedDateTime.parse("2018-12-12T17:00+07:00[Asia/Ho_Chi_Minh]"));
    identity.setAuthentication("thamdinh", List.of("social-protection", "unit-btxh"));
    tasks.complete(review.getId(), vars("reviewOutcome", "APPROVED"));
    assertThat(dongxoai).isEnded().hasPassed("reportAccepted");
    UnitReport stored = reports.find("round-2018", "dongxoai").orElseThrow();
    assertThat(stored.status()).isEqualTo(ReportStatus.ACCEPTED);
    assertThat(stored.late()).isFalse();
    assertThat(stored.content().figure(ReportField.POOR_END)).isEqualTo(850L);

    ProcessInstance btxh = report("btxh");
    tasks.complete(taskOf(btxh, "prepareReport").getId(), divisionReport());
    Task ownReview = taskOf(btxh, "reviewReport");
    identity.setAuthentication("thamdinh", List.of("social-protection", "unit-btxh"));
    assertThatThrownBy(() -> tasks.complete(ownReview.getId(), vars("reviewOutcome", "APPROVED")))
        .satisfies(
            error ->
                assertThat(ThiduaException.findIn(error).getMessage())
                    .contains("không thể tự thẩm định"));
    assertThat(btxh).isWaitingAt("reviewReport");
    identity.setAuthentication("thamdinh2", List.of("social-protection"));
    tasks.complete(ownReview.getId(), vars("reviewOutcome", "APPROVED"));
    assertThat(btxh).isEnded();

    // each ended report reaches the round in a job of the round, not in the reviewer's transaction
    assertThat(round).isWaitingAt("collectReports");
    assertThat(
            management
                .createJobQuery()
                .processInstanceId(round.getId())
                .activityId("collectReports")
                .count())
        .isEqualTo(2);
    runDueJobs();
    assertThat(round).isWaitingAt("compileResults");
    assertThat((String) runtime.getVariable(round.getId(), "resultsSummary"))
        .contains("thành phố Đồng Xoài", "Được chấp nhận", "4.00% → 3.40%");
    tasks.complete(
        taskOf(round, "compileResults").getId(),
        vars("compileComment", "Các đơn vị hoàn thành tốt."));
    identity.setAuthentication("giamdoc", List.of("directors", "managers"));
    tasks.complete(taskOf(round, "approveSummary").getId(), vars("summaryOutcome", "RETURNED"));
    identity.clearAuthentication();
    assertThat(round).isWaitingAt("compileResults");
    tasks.complete(taskOf(round, "compileResults").getId());
    tasks.complete(taskOf(round, "approveSummary").getId(), vars("summaryOutcome", "APPROVED"));
    assertThat(round).isEnded().hasPassed("closeRound", "roundClosed");
    assertThat(
            jdbc.queryForObject(
                "select status from round where round_key = 'round-2018'", String.class))
        .isEqualTo("CLOSED");
  }

  @Test
  void historyKeepsEachVariablesLastValueAndNotEveryChange() {
    ProcessInstance dongxoai = report("dongxoai");
    setClock("2018-12-05T10:00");
    tasks.complete(taskOf(dongxoai, "prepareReport").getId(), districtReport());
    identity.setAuthentication("thamdinh2", List.of("social-protection"));
    tasks.complete(taskOf(dongxoai, "reviewReport").getId(), vars("reviewOutcome", "APPROVED"));
    identity.clearAuthentication();
    assertThat(dongxoai).isEnded().hasPassed("reportAccepted");
    HistoryService history = engine.getHistoryService();
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(dongxoai.getId())
                .variableName("reviewOutcome")
                .singleResult()
                .getValue())
        .isEqualTo("APPROVED");
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(dongxoai.getId())
                .variableName("poorEnd")
                .singleResult()
                .getValue())
        .isEqualTo(850.0);
    assertThat(
            history
                .createHistoricTaskInstanceQuery()
                .processInstanceId(dongxoai.getId())
                .finished()
                .count())
        .isEqualTo(2);
    assertThat(history.createHistoricDetailQuery().processInstanceId(dongxoai.getId()).count())
        .isZero();
    // the tasks' copies of the Tasklist columns are not kept: the process's own unitName and year
    // are
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(dongxoai.getId())
                .variableName("unitName")
                .list())
        .singleElement()
        .satisfies(variable -> assertThat(variable.getTaskId()).isNull());
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(dongxoai.getId())
                .variableName("year")
                .list())
        .singleElement()
        .satisfies(variable -> assertThat(variable.getTaskId()).isNull());
  }

  @Test
  void aLateReportIsRemindedThenNoticedEachWorkingDayAndMarkedLate() {
    ProcessInstance dongxoai = report("dongxoai");
    fire(timer(dongxoai, "firstReminder"));
    fire(timer(dongxoai, "lastReminder"));
    assertThat(
            notifications.countByInstanceAndKind(dongxoai.getId(), NotificationKind.REMINDER_FIRST))
        .isEqualTo(1);
    assertThat(
            notifications.countByInstanceAndKind(dongxoai.getId(), NotificationKind.REMINDER_LAST))
        .isEqualTo(1);

    fire(timer(dongxoai, "overdue"));
    // one notice to the unit and one to social protection, at the deadline
    assertThat(notifications.countByInstanceAndKind(dongxoai.getId(), NotificationKind.OVERDUE))
        .isEqualTo(2);
    assertThat(inVietnam(timer(dongxoai, "nextOverdueNotice").getDuedate()))
        .isEqualTo(ZonedDateTime.parse("2018-12-18T08:00+07:00[Asia/Ho_Chi_Minh]"));
    fire(timer(dongxoai, "nextOverdueNotice"));
    assertThat(notifications.countByInstanceAndKind(dongxoai.getId(), NotificationKind.OVERDUE))
        .isEqualTo(4);
    assertThat(inVietnam(timer(dongxoai, "nextOverdueNotice").getDuedate()))
        .isEqualTo(ZonedDateTime.parse("2018-12-19T08:00+07:00[Asia/Ho_Chi_Minh]"));

    setClock("2018-12-18T15:00");
    tasks.complete(taskOf(dongxoai, "prepareReport").getId(), districtReport());
    assertThat(dongxoai).isWaitingAt("reviewReport");
    assertThat(timer(dongxoai, "nextOverdueNotice")).isNull();
    assertThat(timer(dongxoai, "cutOff")).isNull();
    assertThat(reports.find("round-2018", "dongxoai").orElseThrow().late()).isTrue();
    assertThat(runtime.getVariable(dongxoai.getId(), "lateText").toString()).startsWith("Nộp muộn");
  }

  @Test
  void aReportNeverSubmittedIsNoticedEachWorkingDayUntilTheCutOff() {
    ProcessInstance dongxoai = report("dongxoai");
    fire(timer(dongxoai, "overdue"));
    int notices = 1;
    while (timer(dongxoai, "nextOverdueNotice") != null) {
      fire(timer(dongxoai, "nextOverdueNotice"));
      notices++;
    }
    // at the deadline, then 08:00 on each of the ten working days up to the cut-off (2/1/2019)
    assertThat(notices).isEqualTo(11);
    assertThat(dongxoai).hasPassed("overdueNoticesDone");
    assertThat(notifications.countByInstanceAndKind(dongxoai.getId(), NotificationKind.OVERDUE))
        .isEqualTo(22);
    assertThat(
            jdbc.queryForObject(
                    "select max(about_at) from notification where process_instance_id = ? and kind = 'OVERDUE'",
                    java.sql.Timestamp.class,
                    dongxoai.getId())
                .toInstant())
        .isEqualTo(vietnam("2019-01-02T08:00"));
    fire(timer(dongxoai, "cutOff"));
    assertThat(dongxoai).isEnded().hasPassed("reportNotSubmitted");
  }

  @Test
  void aReportReturnedTwiceIsRevisedThenApproved() {
    ProcessInstance dongxoai = report("dongxoai");
    setClock("2018-12-03T10:00");
    tasks.complete(taskOf(dongxoai, "prepareReport").getId(), districtReport());
    for (int time = 1; time <= 2; time++) {
      setClock("2018-12-0%dT10:00".formatted(3 + time));
      Task review = taskOf(dongxoai, "reviewReport");
      assertThatThrownBy(() -> tasks.complete(review.getId(), vars("reviewOutcome", "RETURNED")))
          .satisfies(
              error -> assertThat(ThiduaException.findIn(error).getMessage()).contains("ý kiến"));
      tasks.complete(
          review.getId(),
          vars("reviewOutcome", "RETURNED", "reviewComment", "Bổ sung số hộ tái nghèo " + time));
      runDueJobs();
      assertThat(dongxoai).isWaitingAt("reviseReport");
      Task revise = taskOf(dongxoai, "reviseReport");
      assertThat(revise).hasCandidateGroup("unit-dongxoai");
      assertThat(
              notifications.countByInstanceAndKind(
                  dongxoai.getId(), NotificationKind.REPORT_RETURNED))
          .isEqualTo(time);
      Map<String, Object> revised = districtReport();
      revised.put("relapsed", 12);
      tasks.complete(revise.getId(), revised);
      assertThat((String) runtime.getVariable(dongxoai.getId(), "changesText"))
          .as("revision %d", time)
          .contains(time == 1 ? "- Số hộ tái nghèo: " : "không thay đổi");
    }
    assertThat(revised()).isEqualTo(2);
    assertThat(
            jdbc.queryForList(
                "select task_key from task_submission where business_key = ? order by id",
                String.class,
                dongxoai.getBusinessKey()))
        .containsExactly(
            "prepareReport", "reviewReport", "reviseReport", "reviewReport", "reviseReport");
    tasks.complete(taskOf(dongxoai, "reviewReport").getId(), vars("reviewOutcome", "APPROVED"));
    assertThat(dongxoai).isEnded().hasPassed("reviseReport", "reportAccepted");
    assertThat(reports.reviews("round-2018", "dongxoai")).hasSize(3);
    assertThat(
            reports
                .find("round-2018", "dongxoai")
                .orElseThrow()
                .content()
                .figure(ReportField.RELAPSED))
        .isEqualTo(12L);
  }

  private int revised() {
    return jdbc.queryForObject(
        "select count(*) from report_review where outcome = 'RETURNED'", Integer.class);
  }

  @Test
  void theReviseTaskIsDueInThreeWorkingDaysWithAReminderTheDayBefore() {
    ProcessInstance dongxoai = report("dongxoai");
    setClock("2018-12-06T10:00");
    tasks.complete(taskOf(dongxoai, "prepareReport").getId(), districtReport());
    setClock("2018-12-07T10:00"); // Friday
    tasks.complete(
        taskOf(dongxoai, "reviewReport").getId(),
        vars("reviewOutcome", "RETURNED", "reviewComment", "Thiếu số liệu"));
    runDueJobs();
    assertThat(inVietnam(taskOf(dongxoai, "reviseReport").getDueDate()))
        .isEqualTo(ZonedDateTime.parse("2018-12-12T17:00+07:00[Asia/Ho_Chi_Minh]"));
    fire(timer(dongxoai, "reviseReminderDue"));
    assertThat(
            notifications.countByInstanceAndKind(
                dongxoai.getId(), NotificationKind.REVISE_REMINDER))
        .isEqualTo(1);
  }

  @Test
  void aReviewLeftTooLongIsReportedToSocialProtection() {
    ProcessInstance dongxoai = report("dongxoai");
    setClock("2018-12-03T10:00");
    tasks.complete(taskOf(dongxoai, "prepareReport").getId(), districtReport());
    fire(timer(dongxoai, "reviewOverdue"));
    assertThat(
            notifications.countByInstanceAndKind(dongxoai.getId(), NotificationKind.REVIEW_OVERDUE))
        .isEqualTo(1);
    assertThat(dongxoai).isWaitingAt("reviewReport");
  }

  @Test
  void aReportNotSubmittedAtTheCutOffIsClosed() {
    ProcessInstance dongxoai = report("dongxoai");
    fire(timer(dongxoai, "cutOff"));
    assertThat(dongxoai)
        .isEnded()
        .hasPassed("closeNotSubmitted", "notifyCutOff", "reportNotSubmitted");
    assertThat(reports.find("round-2018", "dongxoai").orElseThrow().status())
        .isEqualTo(ReportStatus.NOT_SUBMITTED);
    assertThat(notifications.countByInstanceAndKind(dongxoai.getId(), NotificationKind.CUT_OFF))
        .isEqualTo(2);
  }

  @Test
  void invalidFiguresAreRefusedAndTheTaskStaysOpen() {
    ProcessInstance dongxoai = report("dongxoai");
    Task prepare = taskOf(dongxoai, "prepareReport");
    Map<String, Object> bad = districtReport();
    bad.put("poorEnd", 30000);
    assertThatThrownBy(() -> tasks.complete(prepare.getId(), bad))
        .satisfies(
            error ->
                assertThat(ThiduaException.findIn(error).getMessage())
                    .isEqualTo(
                        "Số hộ nghèo cuối năm (30000) không thể lớn hơn tổng số hộ dân (25000)."));
    Map<String, Object> fraction = districtReport();
    fraction.put("leftPoverty", 12.5);
    assertThatThrownBy(() -> tasks.complete(prepare.getId(), fraction))
        .satisfies(
            error ->
                assertThat(ThiduaException.findIn(error).getMessage())
                    .contains("không có phần thập phân"));
    assertThat(dongxoai).isWaitingAt("prepareReport");
    assertThat(runtime.getVariable(dongxoai.getId(), "poorEnd")).isNull();
    assertThat(reports.find("round-2018", "dongxoai").orElseThrow().status())
        .isEqualTo(ReportStatus.PREPARING);
  }

  @Test
  void aDeadlineExtendedAfterTheFirstReminderMovesEveryTimerNotYetFired() {
    ProcessInstance dongxoai = report("dongxoai");
    fire(timer(dongxoai, "firstReminder"));
    assertThat(
            notifications.countByInstanceAndKind(dongxoai.getId(), NotificationKind.REMINDER_FIRST))
        .isEqualTo(1);
    setClock("2018-12-11T09:00");
    extension.extend("round-2018", "dongxoai", java.time.LocalDate.parse("2018-12-21"));
    assertThat(inVietnam(taskOf(dongxoai, "prepareReport").getDueDate()))
        .isEqualTo(ZonedDateTime.parse("2018-12-21T17:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(timer(dongxoai, "firstReminder")).isNull();
    assertThat(inVietnam(timer(dongxoai, "lastReminder").getDuedate()))
        .isEqualTo(ZonedDateTime.parse("2018-12-20T08:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(inVietnam(timer(dongxoai, "overdue").getDuedate()))
        .isEqualTo(ZonedDateTime.parse("2018-12-21T17:00+07:00[Asia/Ho_Chi_Minh]"));
    // ten working days after 21/12/2018: 31/12 and New Year's Day are off, Saturday 5/1/2019 is a
    // make-up working day
    assertThat(inVietnam(timer(dongxoai, "cutOff").getDuedate()))
        .isEqualTo(ZonedDateTime.parse("2019-01-07T17:00+07:00[Asia/Ho_Chi_Minh]"));
    runDueJobs();
    assertThat(notifications.countByInstanceAndKind(dongxoai.getId(), NotificationKind.EXTENSION))
        .isEqualTo(1);
    assertThat(dongxoai).hasPassed("notifyExtension");
    // the other unit keeps the round's deadline
    assertThat(inVietnam(taskOf(report("btxh"), "prepareReport").getDueDate()))
        .isEqualTo(ZonedDateTime.parse("2018-12-17T17:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThatThrownBy(
            () ->
                extension.extend("round-2018", "dongxoai", java.time.LocalDate.parse("2018-12-19")))
        .satisfies(error -> assertThat(((ThiduaException) error).status()).isEqualTo(400));
    fire(timer(dongxoai, "lastReminder"));
    fire(timer(dongxoai, "overdue"));
    assertThat(
            notifications.countByInstanceAndKind(dongxoai.getId(), NotificationKind.REMINDER_LAST))
        .isEqualTo(1);
    assertThat(notifications.countByInstanceAndKind(dongxoai.getId(), NotificationKind.OVERDUE))
        .isEqualTo(2);
  }

  @Test
  void extendingTheWholeRoundMovesEveryReportStillInPreparation() {
    setClock("2018-12-04T10:00");
    tasks.complete(taskOf(report("btxh"), "prepareReport").getId(), divisionReport());
    var result = extension.extend("round-2018", null, java.time.LocalDate.parse("2018-12-28"));
    assertThat(result.moved()).containsExactly("dongxoai");
    assertThat(result.unchanged()).containsExactly("btxh");
    assertThat(inVietnam(taskOf(report("dongxoai"), "prepareReport").getDueDate()))
        .isEqualTo(ZonedDateTime.parse("2018-12-28T17:00+07:00[Asia/Ho_Chi_Minh]"));
  }

  @Test
  void aRoundOfManyUnitsReachesCompilationWithASummaryLongerThanAStringVariable() {
    for (int i = 1; i <= 30; i++) {
      String code = "xa%02d".formatted(i);
      jdbc.update(
          "insert into unit (code, name, kind, active) select ?, ?, 'DISTRICT', true "
              + "where not exists (select 1 from unit where code = ?)",
          code,
          "Phòng Lao động - Thương binh và Xã hội huyện Thử Nghiệm Số %02d".formatted(i),
          code);
      jdbc.update(
          "insert into movement_unit (movement_code, unit_code) select ?, ? where not exists"
              + " (select 1 from movement_unit where movement_code = ? and unit_code = ?)",
          PLAN_179,
          code,
          PLAN_179,
          code);
    }
    try {
      deleteAllRounds();
      setClock("2019-11-20T09:00");
      ProcessInstance big =
          runtime.startProcessInstanceByKey(
              "emulation-round", vars("movement", "vi-nguoi-ngheo-2018-2020", "year", 2019));
      runDueJobs();
      // every report reaches the cut-off at the same moment
      fire(
          timer(
              runtime
                  .createProcessInstanceQuery()
                  .processInstanceBusinessKey("2019-xa01")
                  .singleResult(),
              "cutOff"));
      assertThat(big).isWaitingAt("compileResults");
      String summary = (String) runtime.getVariable(big.getId(), "resultsSummary");
      assertThat(summary.length()).isGreaterThan(4000);
      assertThat(summary).contains("Thử Nghiệm Số 30", "Không nộp");
    } finally {
      deleteAllRounds();
      jdbc.update("delete from notification where business_key like '2019-xa%'");
      jdbc.update("delete from movement_unit where unit_code like 'xa%'");
      jdbc.update("delete from unit where code like 'xa%'");
    }
  }

  @Test
  void
      anAcceptedReportReopenedBySocialProtectionReturnsToTheUnitAndHoldsTheSummaryUntilAcceptedAgain() {
    setClock("2018-12-05T10:00");
    for (String unit : List.of("dongxoai", "btxh")) {
      ProcessInstance report = report(unit);
      tasks.complete(
          taskOf(report, "prepareReport").getId(),
          "btxh".equals(unit) ? divisionReport() : districtReport());
      identity.setAuthentication("thamdinh2", List.of("social-protection"));
      tasks.complete(taskOf(report, "reviewReport").getId(), vars("reviewOutcome", "APPROVED"));
      identity.clearAuthentication();
    }
    runDueJobs();
    tasks.complete(taskOf(round, "compileResults").getId());
    assertThat(round).isWaitingAt("approveSummary");

    CurrentUser reviewer = new CurrentUser("thamdinh2", List.of("social-protection"));
    CurrentUser ownUnitReviewer =
        new CurrentUser("thamdinh", List.of("social-protection", "unit-btxh"));
    assertThat(
            refusal(
                () ->
                    reopening.reopen(
                        "2018-dongxoai",
                        new CurrentUser("dongxoai", List.of("unit-dongxoai")),
                        "x")))
        .isEqualTo(403);
    assertThat(refusal(() -> reopening.reopen("2018-btxh", ownUnitReviewer, "Sửa số liệu")))
        .isEqualTo(403);
    assertThat(refusal(() -> reopening.reopen("2018-dongxoai", reviewer, "  "))).isEqualTo(400);
    assertThat(refusal(() -> reopening.reopen("2018-khongco", reviewer, "Sửa số liệu")))
        .isEqualTo(404);

    setClock("2018-12-10T09:00");
    ProcessInstance reopened =
        reopening.reopen(
            "2018-dongxoai", reviewer, "Số hộ nghèo cuối năm chưa khớp với kết quả rà soát.");
    assertThat(reopened)
        .hasBusinessKey("2018-dongxoai")
        .hasPassed("reportReopened", "recordReopening", "returnMerge");
    runDueJobs();
    assertThat(reopened).isWaitingAt("reviseReport");
    Task revise = taskOf(reopened, "reviseReport");
    assertThat(revise).hasCandidateGroup("unit-dongxoai");
    assertThat(inVietnam(revise.getDueDate()))
        .isEqualTo(ZonedDateTime.parse("2018-12-13T17:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(runtime.getVariable(reopened.getId(), "poorEnd")).isEqualTo(850L);
    assertThat((String) runtime.getVariable(reopened.getId(), "reviewComment"))
        .contains("chưa khớp");
    assertThat(
            notifications.countByInstanceAndKind(
                reopened.getId(), NotificationKind.REPORT_RETURNED))
        .isEqualTo(1);
    assertThat(reports.find("round-2018", "dongxoai").orElseThrow().status())
        .isEqualTo(ReportStatus.RETURNED);
    assertThat(refusal(() -> reopening.reopen("2018-dongxoai", reviewer, "Lần nữa")))
        .isEqualTo(409);

    identity.setAuthentication("giamdoc", List.of("directors", "managers"));
    Task approve = taskOf(round, "approveSummary");
    assertThatThrownBy(() -> tasks.complete(approve.getId(), vars("summaryOutcome", "APPROVED")))
        .satisfies(
            error ->
                assertThat(ThiduaException.findIn(error).getMessage())
                    .contains("thành phố Đồng Xoài", "mở lại"));
    assertThat(round).isWaitingAt("approveSummary");
    identity.clearAuthentication();

    Map<String, Object> corrected = districtReport();
    corrected.put("poorEnd", 840);
    corrected.put("relapsed", 0);
    tasks.complete(revise.getId(), corrected);
    identity.setAuthentication("thamdinh2", List.of("social-protection"));
    tasks.complete(taskOf(reopened, "reviewReport").getId(), vars("reviewOutcome", "APPROVED"));
    assertThat(reopened).isEnded().hasPassed("reportAccepted");
    assertThat(
            reports
                .find("round-2018", "dongxoai")
                .orElseThrow()
                .content()
                .figure(ReportField.POOR_END))
        .isEqualTo(840L);

    identity.setAuthentication("giamdoc", List.of("directors", "managers"));
    tasks.complete(approve.getId(), vars("summaryOutcome", "APPROVED"));
    identity.clearAuthentication();
    assertThat(round).isEnded();
    assertThat(refusal(() -> reopening.reopen("2018-dongxoai", reviewer, "Sau phê duyệt")))
        .isEqualTo(409);
  }

  @Test
  void aRoundOfAProvincesUnitsKeepsItsListOfUnitsPastTheLengthOfAStringVariable() {
    List<String> codes = new java.util.ArrayList<>();
    for (int i = 1; i <= 700; i++) {
      codes.add("huyen%03d".formatted(i));
    }
    jdbc.batchUpdate(
        "insert into unit (code, name, kind, active) values (?, ?, 'DISTRICT', true)",
        codes.stream()
            .map(code -> new Object[] {code, "Phòng Lao động - Thương binh và Xã hội " + code})
            .toList());
    jdbc.batchUpdate(
        "insert into movement_unit (movement_code, unit_code) values (?, ?)",
        codes.stream().map(code -> new Object[] {PLAN_179, code}).toList());
    try {
      deleteAllRounds();
      setClock("2019-11-20T09:00");
      ProcessInstance big =
          runtime.startProcessInstanceByKey(
              "emulation-round",
              vars(
                  "movement",
                  "vi-nguoi-ngheo-2018-2020",
                  "year",
                  2019,
                  "unitCodes",
                  org.camunda.bpm.engine.variable.Variables.objectValue(codes)
                      .serializationDataFormat(
                          org.camunda.bpm.engine.variable.Variables.SerializationDataFormats.JSON)
                      .create()));
      assertThat(big).isWaitingAt("announceRound");
      assertThat(String.join(",", codes).length()).isGreaterThan(4000);
      assertThat(runtime.getVariable(big.getId(), "unitCodes")).isEqualTo(codes);
      assertThat(runtime.getVariable(big.getId(), "unitCount")).isEqualTo(700);
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from round_unit where round_key = 'round-2019'", Integer.class))
          .isEqualTo(700);
    } finally {
      deleteAllRounds();
      jdbc.update("delete from movement_unit where unit_code like 'huyen%'");
      jdbc.update("delete from unit where code like 'huyen%'");
    }
  }

  @Test
  void aSecondRoundWithTheSameKeyIsRefused() {
    assertThatThrownBy(
            () ->
                runtime.startProcessInstanceByKey(
                    "emulation-round", vars("movement", "vi-nguoi-ngheo-2018-2020", "year", 2018)))
        .satisfies(error -> assertThat(ThiduaException.findIn(error).status()).isEqualTo(409));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("emulation-round").count())
        .isEqualTo(1);
  }
}
