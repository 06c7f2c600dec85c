package vn.ldtbxh.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ldtbxh.thidua.ProcessTestSupport;
import vn.ldtbxh.thidua.deadline.CalendarEntry;
import vn.ldtbxh.thidua.deadline.CalendarKind;
import vn.ldtbxh.thidua.deadline.CalendarStore;

/**
 * A change of the calendar table reaches open deadlines: a day off added inside an open deadline
 * moves the task's due date and its timers later, and the unit is told; taking it out again moves
 * nothing earlier; the same holds for a review's due date and timer. The engine's clock is set; the
 * year's table is put back after each test, since the process tests share one database.
 */
class CalendarChangeProcessTest extends ProcessTestSupport {

  static final int YEAR = 2019;
  static final LocalDate DAY_OFF = LocalDate.of(2019, 12, 16);

  @Autowired CalendarStore calendar;
  @Autowired UnitReportRepository reports;

  List<CalendarEntry> shipped;

  @BeforeEach
  void clean() {
    deleteAllRounds();
    shipped = calendar.entries(YEAR);
  }

  @AfterEach
  void putTheTableBack() {
    calendar.replace(YEAR, shipped, "test");
  }

  private ProcessInstance reportDueOn(String deadline) {
    setClock("2019-11-20T09:00");
    runtime.startProcessInstanceByKey(
        "emulation-round",
        vars(
            "movement",
            "vi-nguoi-ngheo-2018-2020",
            "year",
            YEAR,
            "deadline",
            deadline,
            "unitCodes",
            "[\"budang\"]"));
    runDueJobs();
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(YEAR + "-budang")
        .singleResult();
  }

  private void withDayOff(LocalDate day) {
    List<CalendarEntry> entries = new ArrayList<>(shipped);
    entries.add(new CalendarEntry(day, CalendarKind.OFF, "Nghỉ đột xuất (thử nghiệm)"));
    entries.sort(java.util.Comparator.comparing(CalendarEntry::date));
    calendar.replace(YEAR, entries, "vanphong");
  }

  private int notices(ProcessInstance report) {
    return jdbc.queryForObject(
        "select count(*) from notification where process_instance_id = ? and kind = 'EXTENSION'"
            + " and recipient = 'unit-budang' and subject like '%thay đổi theo lịch nghỉ%'",
        Integer.class, report.getId());
  }

  private static ZonedDateTime vn(String local) {
    return ZonedDateTime.parse(local + "+07:00[Asia/Ho_Chi_Minh]");
  }

  @Test
  void aDayOffAddedInsideAnOpenDeadlineMovesTheDueDateAndTheTimersLaterAndTheUnitIsTold() {
    // Monday 16/12/2019: reminders 9/12 and 13/12, cut-off ten working days after, 30/12
    ProcessInstance report = reportDueOn("2019-12-16");
    assertThat(inVietnam(taskOf(report, "prepareReport").getDueDate()))
        .isEqualTo(vn("2019-12-16T17:00"));
    assertThat(inVietnam(timer(report, "cutOff").getDuedate())).isEqualTo(vn("2019-12-30T17:00"));

    withDayOff(DAY_OFF);

    // the deadline falls on a day off now: it ends on the next working day
    assertThat(inVietnam(taskOf(report, "prepareReport").getDueDate()))
        .isEqualTo(vn("2019-12-17T17:00"));
    assertThat(inVietnam(timer(report, "overdue").getDuedate())).isEqualTo(vn("2019-12-17T17:00"));
    assertThat(inVietnam(timer(report, "cutOff").getDuedate())).isEqualTo(vn("2019-12-31T17:00"));
    assertThat(inVietnam(timer(report, "firstReminder").getDuedate()))
        .isEqualTo(vn("2019-12-09T08:00"));
    assertThat(inVietnam(timer(report, "lastReminder").getDuedate()))
        .isEqualTo(vn("2019-12-13T08:00"));
    assertThat(reports.find("round-" + YEAR, "budang").orElseThrow().dueAt())
        .isEqualTo(vietnam("2019-12-17T17:00"));
    assertThat(runtime.getVariable(report.getId(), "deadlineText")).isEqualTo("17/12/2019 17:00");

    runDueJobs();
    assertThat(notices(report)).isEqualTo(1);
  }

  @Test
  void takingTheDayOffOutAgainMovesNothingEarlier() {
    ProcessInstance report = reportDueOn("2019-12-16");
    withDayOff(DAY_OFF);
    runDueJobs();

    setClock("2019-11-21T09:00");
    calendar.replace(YEAR, shipped, "vanphong");
    runDueJobs();

    assertThat(inVietnam(taskOf(report, "prepareReport").getDueDate()))
        .isEqualTo(vn("2019-12-17T17:00"));
    assertThat(inVietnam(timer(report, "overdue").getDuedate())).isEqualTo(vn("2019-12-17T17:00"));
    assertThat(inVietnam(timer(report, "cutOff").getDuedate())).isEqualTo(vn("2019-12-31T17:00"));
    // the unit keeps the day its deadline ended on, as its own deadline
    assertThat(
            jdbc.queryForObject(
                "select deadline from round_unit where round_key = ? and unit_code = 'budang'",
                LocalDate.class,
                "round-" + YEAR))
        .isEqualTo(LocalDate.of(2019, 12, 17));
    // 16/12 counts again, so the fifth working day before 17/12 is 10/12: a reminder moves later,
    // silently, since neither the due moment nor the cut-off moved
    assertThat(inVietnam(timer(report, "firstReminder").getDuedate()))
        .isEqualTo(vn("2019-12-10T08:00"));
    assertThat(notices(report)).isEqualTo(1);
  }

  @Test
  void aDayOffAfterTheCutOffMovesNothingAndTellsNobody() {
    ProcessInstance report = reportDueOn("2019-12-16");
    withDayOff(LocalDate.of(2019, 12, 31));
    // 31/12 is after the cut-off (30/12): nothing the report waits for moves
    assertThat(inVietnam(timer(report, "cutOff").getDuedate())).isEqualTo(vn("2019-12-30T17:00"));
    runDueJobs();
    assertThat(notices(report)).isZero();
  }

  @Test
  void aDayOffAddedDuringAReviewMovesItsDueDateAndTimerLaterAndNeverEarlier() {
    ProcessInstance report = reportDueOn("2019-12-16");
    setClock("2019-12-10T09:00");
    tasks.complete(taskOf(report, "prepareReport").getId(), districtReport());
    // five working days after Tuesday 10/12: Tuesday 17/12
    assertThat(inVietnam(taskOf(report, "reviewReport").getDueDate()))
        .isEqualTo(vn("2019-12-17T17:00"));
    assertThat(inVietnam(timer(report, "reviewOverdue").getDuedate()))
        .isEqualTo(vn("2019-12-17T17:00"));

    withDayOff(DAY_OFF);
    assertThat(inVietnam(taskOf(report, "reviewReport").getDueDate()))
        .isEqualTo(vn("2019-12-18T17:00"));
    assertThat(inVietnam(timer(report, "reviewOverdue").getDuedate()))
        .isEqualTo(vn("2019-12-18T17:00"));

    calendar.replace(YEAR, shipped, "vanphong");
    assertThat(inVietnam(taskOf(report, "reviewReport").getDueDate()))
        .isEqualTo(vn("2019-12-18T17:00"));
    assertThat(inVietnam(timer(report, "reviewOverdue").getDuedate()))
        .isEqualTo(vn("2019-12-18T17:00"));
  }
}
