package vn.ldtbxh.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ldtbxh.thidua.ProcessTestSupport;

/** The timers of a report when the deadline falls on a public holiday, or just before Tết. */
class DeadlineCalendarTimersTest extends ProcessTestSupport {

  @BeforeEach
  void clean() {
    deleteAllRounds();
  }

  private ProcessInstance reportOf(int year, String deadline, String now) {
    setClock(now);
    runtime.startProcessInstanceByKey(
        "emulation-round",
        vars(
            "movement",
            "vi-nguoi-ngheo-2018-2020",
            "year",
            year,
            "deadline",
            deadline,
            "unitCodes",
            "[\"budang\"]"));
    runDueJobs();
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(year + "-budang")
        .singleResult();
  }

  @Test
  void aDeadlineOnNationalDayMovesToTheNextWorkingDay() {
    ProcessInstance report = reportOf(2019, "2019-09-02", "2019-08-01T09:00");
    assertThat(inVietnam(taskOf(report, "prepareReport").getDueDate()))
        .isEqualTo(ZonedDateTime.parse("2019-09-03T17:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(inVietnam(timer(report, "firstReminder").getDuedate()))
        .isEqualTo(ZonedDateTime.parse("2019-08-26T08:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(inVietnam(timer(report, "lastReminder").getDuedate()))
        .isEqualTo(ZonedDateTime.parse("2019-08-30T08:00+07:00[Asia/Ho_Chi_Minh]"));
  }

  @Test
  void aDeadlineInTetMovesPastTheHolidaysAndTheCutOffCountsOnlyWorkingDays() {
    // Tết Canh Tý: 23/1–29/1/2020 off (announced swap: 23/1 off, 30/1 worked)
    ProcessInstance report = reportOf(2020, "2020-01-23", "2020-01-02T09:00");
    assertThat(inVietnam(taskOf(report, "prepareReport").getDueDate()))
        .isEqualTo(ZonedDateTime.parse("2020-01-30T17:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(inVietnam(timer(report, "firstReminder").getDuedate()))
        .isEqualTo(ZonedDateTime.parse("2020-01-16T08:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(inVietnam(timer(report, "lastReminder").getDuedate()))
        .isEqualTo(ZonedDateTime.parse("2020-01-22T08:00+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(inVietnam(timer(report, "cutOff").getDuedate()))
        .isEqualTo(ZonedDateTime.parse("2020-02-13T17:00+07:00[Asia/Ho_Chi_Minh]"));
  }

  @Test
  void aReminderWhoseMomentHasPassedWhenTheRoundOpensStaysSilent() {
    ProcessInstance report = reportOf(2018, "2018-12-17", "2018-12-13T09:00");
    assertThat(inVietnam(timer(report, "firstReminder").getDuedate()))
        .isEqualTo(ZonedDateTime.parse("2018-12-17T17:00+07:00[Asia/Ho_Chi_Minh]"));
    fire(timer(report, "lastReminder"));
    fire(timer(report, "firstReminder"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from notification where process_instance_id = ? and kind like 'REMINDER%'",
                Integer.class, report.getId()))
        .isEqualTo(1);
  }
}
