package vn.ldtbxh.thidua.deadline;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deadline resolution and working-day arithmetic. Instants are written as Vietnam wall-clock time
 * (+07:00) through {@link #vn} so the expected value reads like the rule.
 */
class DeadlineCalculatorTest {

  private final DeadlineCalculator statutory =
      new DeadlineCalculator(WorkingDayCalendar.statutoryOnly(), DeadlineSettings.defaults());
  private final DeadlineCalculator withTable =
      new DeadlineCalculator(
          WorkingDayCalendar.withDefaultOverrides(), DeadlineSettings.defaults());

  static Instant vn(int year, int month, int day, int hour) {
    return OffsetDateTime.of(year, month, day, hour, 0, 0, 0, ZoneOffset.ofHours(7)).toInstant();
  }

  @Test
  void defaultDeadlineOnSaturdayMovesToMondayAtFivePm() {
    LocalDate deadline = statutory.defaultDeadlineDate(2018);
    assertThat(deadline).isEqualTo(of(2018, 12, 15)); // a Saturday
    assertThat(statutory.effectiveDeadlineDate(deadline)).isEqualTo(of(2018, 12, 17));
    assertThat(statutory.deadlineEnd(deadline)).isEqualTo(Instant.parse("2018-12-17T10:00:00Z"));
  }

  @Test
  void deadlineOnAHolidayMovesToTheNextWorkingDay() {
    // 2/9/2019 is a Monday and a holiday; 3/9/2019 is a working day (no adjacent day before 2021).
    assertThat(statutory.deadlineEnd(of(2019, 9, 2))).isEqualTo(vn(2019, 9, 3, 17));
  }

  @Test
  void deadlineOnAWorkingDayEndsThatDayAtFivePm() {
    assertThat(statutory.deadlineEnd(of(2024, 12, 16)))
        .isEqualTo(Instant.parse("2024-12-16T10:00:00Z"));
  }

  @Test
  void configurableDefaultDeadlineAndHours() {
    DeadlineSettings settings =
        new DeadlineSettings(
            List.of(2),
            3,
            3,
            1,
            5,
            5,
            LocalTime.of(7, 30),
            LocalTime.of(16, 30),
            MonthDay.of(11, 30));
    DeadlineCalculator calculator =
        new DeadlineCalculator(WorkingDayCalendar.statutoryOnly(), settings);
    assertThat(calculator.defaultDeadlineDate(2024)).isEqualTo(of(2024, 11, 30));
    // 30/11/2024 is a Saturday -> Monday 2/12 at 16:30
    assertThat(calculator.deadlineEnd(of(2024, 11, 30)))
        .isEqualTo(OffsetDateTime.parse("2024-12-02T16:30+07:00").toInstant());
    assertThat(calculator.workingDayBefore(of(2024, 11, 30), 2))
        .isEqualTo(OffsetDateTime.parse("2024-11-28T07:30+07:00").toInstant());
  }

  @Test
  void workingDaysAfterUsesTheVietnamDateOfTheInstant() {
    // 2024-03-07T20:00Z is already Friday 8/3 03:00 in Vietnam, so "1 working day after" is Mon
    // 11/3.
    assertThat(statutory.workingDaysAfter(Instant.parse("2024-03-07T20:00:00Z"), 1))
        .isEqualTo(vn(2024, 3, 11, 17));
    assertThat(statutory.workingDaysAfter(of(2024, 3, 7), 1)).isEqualTo(vn(2024, 3, 8, 17));
    assertThatThrownBy(() -> statutory.workingDaysAfter(of(2024, 3, 7), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Số ngày làm việc phải lớn hơn 0");
  }

  @Test
  void workingDayBeforeCountsFromTheEffectiveDate() {
    // deadline Sun 17/3/2024 -> effective Mon 18/3; 1st working day before = Fri 15/3 08:00
    assertThat(statutory.workingDayBefore(of(2024, 3, 17), 1)).isEqualTo(vn(2024, 3, 15, 8));
  }

  @Test
  void nextWorkingDayStartIsStrictlyAfterTheInstant() {
    assertThat(statutory.nextWorkingDayStart(vn(2024, 3, 8, 17))).isEqualTo(vn(2024, 3, 11, 8));
    assertThat(statutory.nextWorkingDayStart(vn(2024, 3, 11, 7))).isEqualTo(vn(2024, 3, 11, 8));
    assertThat(statutory.nextWorkingDayStart(vn(2024, 3, 11, 8))).isEqualTo(vn(2024, 3, 12, 8));
    // Tet 2024 (rules only: 9/2 .. 15/2 off)
    assertThat(statutory.nextWorkingDayStart(vn(2024, 2, 8, 17))).isEqualTo(vn(2024, 2, 16, 8));
  }

  @Test
  void scheduleAcrossTet2024UnderTheRules() {
    // Rules only: Thu 8/2 is a working day; 9/2 .. 13/2 Tết, 14/2 and 15/2 compensatory.
    ReportSchedule s = statutory.schedule(of(2024, 2, 8));

    assertThat(s.effectiveDate()).isEqualTo(of(2024, 2, 8));
    assertThat(s.due()).isEqualTo(Instant.parse("2024-02-08T10:00:00Z"));
    // 5th working day before 8/2: 7, 6, 5, 2, 1 Feb; 1st: 7 Feb
    assertThat(s.reminders()).containsExactly(vn(2024, 2, 1, 8), vn(2024, 2, 7, 8));
    // 10 working days after 8/2: 16, 19, 20, 21, 22, 23, 26, 27, 28, 29 Feb
    assertThat(s.cutOff()).isEqualTo(Instant.parse("2024-02-29T10:00:00Z"));
    assertThat(s.overdueNotices())
        .containsExactly(
            s.due(),
            vn(2024, 2, 16, 8),
            vn(2024, 2, 19, 8),
            vn(2024, 2, 20, 8),
            vn(2024, 2, 21, 8),
            vn(2024, 2, 22, 8),
            vn(2024, 2, 23, 8),
            vn(2024, 2, 26, 8),
            vn(2024, 2, 27, 8),
            vn(2024, 2, 28, 8),
            vn(2024, 2, 29, 8));
  }

  @Test
  void scheduleAcrossTet2024WithTheAnnouncedTable() {
    // Announced: 8/2 .. 14/2 off, 15/2 a working day. The deadline 8/2 moves to Thu 15/2.
    ReportSchedule s = withTable.schedule(of(2024, 2, 8));

    assertThat(s.effectiveDate()).isEqualTo(of(2024, 2, 15));
    assertThat(s.due()).isEqualTo(vn(2024, 2, 15, 17));
    // 5th working day before 15/2: 7, 6, 5, 2, 1 Feb
    assertThat(s.reminders()).containsExactly(vn(2024, 2, 1, 8), vn(2024, 2, 7, 8));
    // 10 working days after 15/2: 16, 19 .. 23, 26 .. 29 Feb
    assertThat(s.cutOffInVietnam().toLocalDate()).isEqualTo(of(2024, 2, 29));
    assertThat(s.cutOff()).isEqualTo(Instant.parse("2024-02-29T10:00:00Z"));
  }

  @Test
  void nextOverdueNoticeWalksFromDueToCutOff() {
    ReportSchedule s = statutory.schedule(of(2024, 2, 8));

    assertThat(s.nextOverdueNotice(vn(2024, 2, 8, 9))).contains(s.due());
    assertThat(s.nextOverdueNotice(s.due())).contains(vn(2024, 2, 16, 8));
    assertThat(s.nextOverdueNotice(vn(2024, 2, 16, 8))).contains(vn(2024, 2, 19, 8));
    assertThat(s.nextOverdueNotice(vn(2024, 2, 28, 12))).contains(vn(2024, 2, 29, 8));
    assertThat(s.nextOverdueNotice(vn(2024, 2, 29, 8))).isEmpty();
    assertThat(s.nextOverdueNotice(s.cutOff())).isEmpty();
    assertThat(s.isOverdue(vn(2024, 2, 8, 18))).isTrue();
    assertThat(s.isPastCutOff(vn(2024, 2, 29, 16))).isFalse();
    assertThat(s.isPastCutOff(vn(2024, 2, 29, 18))).isTrue();
  }

  @Test
  void remindersBeforeADeadlineJustAfterTet2025() {
    // Rules only: Tết 28/1 .. 1/2 (Sat) -> compensatory Mon 3/2, so a deadline on 3/2 ends Tue 4/2.
    ReportSchedule s = statutory.schedule(of(2025, 2, 3));

    assertThat(s.due()).isEqualTo(vn(2025, 2, 4, 17));
    // working days before 4/2: 27/1 (1st), 24/1, 23/1, 22/1, 21/1 (5th) — all before the Tết block
    assertThat(s.reminders()).containsExactly(vn(2025, 1, 21, 8), vn(2025, 1, 27, 8));
    assertThat(s.remindersAfter(vn(2025, 1, 21, 8))).containsExactly(vn(2025, 1, 27, 8));
    assertThat(s.remindersAfter(vn(2025, 1, 27, 8))).isEmpty();
  }

  @Test
  void aReminderNeverArrivesAfterTheMomentItSpeaksOf() {
    Instant due = vn(2024, 3, 8, 17);
    assertThatThrownBy(
            () ->
                new ReportSchedule(
                    of(2024, 3, 8),
                    of(2024, 3, 8),
                    due,
                    List.of(vn(2024, 3, 7, 8), due),
                    vn(2024, 3, 22, 17),
                    List.of(due)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phải trước hạn nộp");

    ReportSchedule s = statutory.schedule(of(2024, 3, 8));
    assertThat(s.reminders()).allSatisfy(r -> assertThat(r).isBefore(s.due()));
    assertThat(s.reminders()).isSorted();
  }

  @Test
  void duplicateReminderOffsetsGiveOneReminder() {
    DeadlineCalculator calculator =
        new DeadlineCalculator(
            WorkingDayCalendar.statutoryOnly(),
            DeadlineSettings.defaults().withReminderWorkingDaysBefore(List.of(1, 1, 3)));
    assertThat(calculator.schedule(of(2024, 3, 8)).reminders())
        .containsExactly(vn(2024, 3, 5, 8), vn(2024, 3, 7, 8));
  }

  @Test
  void reviseDeadlineCountsAMakeUpSaturday() {
    // Returned Thu 24/4/2025 10:00. Working days after: Fri 25/4, Sat 26/4 (make-up), Mon 28/4.
    Instant returned = vn(2025, 4, 24, 10);
    assertThat(withTable.reviseDeadline(returned)).isEqualTo(vn(2025, 4, 28, 17));
    assertThat(withTable.reviseReminders(returned)).containsExactly(vn(2025, 4, 26, 8));
    // Without the table, Sat 26/4 is a day off: 25/4, 28/4, 29/4.
    assertThat(statutory.reviseDeadline(returned)).isEqualTo(vn(2025, 4, 29, 17));
  }

  @Test
  void reviewAndDossierDeadlinesSkipTheAnnouncedExtraDayOff() {
    // Submitted Tue 29/4/2025: 30/4, 1/5 holidays, 2/5 announced off, 3-4/5 weekend;
    // then 5, 6, 7, 8, 9 May.
    Instant submitted = vn(2025, 4, 29, 15);
    assertThat(withTable.reviewDeadline(submitted)).isEqualTo(vn(2025, 5, 9, 17));
    assertThat(withTable.completeDossierDeadline(submitted)).isEqualTo(vn(2025, 5, 9, 17));
    // Rules only, Fri 2/5 works: 2, 5, 6, 7, 8 May.
    assertThat(statutory.reviewDeadline(submitted)).isEqualTo(vn(2025, 5, 8, 17));
  }

  @Test
  void reviseReminderIsDroppedWhenItWouldPrecedeTheReturn() {
    DeadlineSettings settings = new DeadlineSettings(null, 10, 1, 1, 5, 5, null, null, null);
    DeadlineCalculator calculator =
        new DeadlineCalculator(WorkingDayCalendar.statutoryOnly(), settings);
    // revise deadline Fri 8/3 17:00; 1 working day before = Thu 7/3 08:00, earlier than the return
    assertThat(calculator.reviseDeadline(vn(2024, 3, 7, 10))).isEqualTo(vn(2024, 3, 8, 17));
    assertThat(calculator.reviseReminders(vn(2024, 3, 7, 10))).isEmpty();
  }
}
