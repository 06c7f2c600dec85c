package vn.ldtbxh.thidua.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Deadline arithmetic on Vietnamese working days, all in {@link VietnamTime#VN_ZONE}.
 *
 * <ul>
 *   <li>A deadline is a date; it ends at {@code dayEnd} (17:00). A deadline on a day off moves to
 *       the next working day (Civil Code 2015, art. 148).
 *   <li>"N working days after X" ends at {@code dayEnd} of the N-th working day strictly after X's
 *       local date.
 *   <li>"The N-th working day before D" is {@code dayStart} (08:00) of the N-th working day
 *       strictly before D's effective date.
 * </ul>
 *
 * Thread-safe.
 */
public final class DeadlineCalculator {

  private final WorkingDayCalendar calendar;
  private final DeadlineSettings settings;

  public DeadlineCalculator(WorkingDayCalendar calendar, DeadlineSettings settings) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public WorkingDayCalendar calendar() {
    return calendar;
  }

  public DeadlineSettings settings() {
    return settings;
  }

  /** The same rules on another yearly table (e.g. to compare a change of the table). */
  public DeadlineCalculator on(CalendarOverrides table) {
    return new DeadlineCalculator(new WorkingDayCalendar(table), settings);
  }

  /** The default deadline date of a year (15 December unless configured otherwise). */
  public LocalDate defaultDeadlineDate(int year) {
    return settings.defaultDeadline().atYear(year);
  }

  /** The working day a deadline on {@code date} actually ends on. */
  public LocalDate effectiveDeadlineDate(LocalDate date) {
    return calendar.workingDayOnOrAfter(date);
  }

  /** The moment a deadline on {@code date} ends: end of its effective date. */
  public Instant deadlineEnd(LocalDate date) {
    return endOfDay(effectiveDeadlineDate(date));
  }

  /** End ({@code dayEnd}) of the n-th working day strictly after {@code from}. */
  public Instant workingDaysAfter(LocalDate from, int n) {
    return endOfDay(calendar.plusWorkingDays(from, n));
  }

  /**
   * End ({@code dayEnd}) of the n-th working day strictly after the Vietnam date of {@code from}.
   */
  public Instant workingDaysAfter(Instant from, int n) {
    return workingDaysAfter(VietnamTime.localDate(from), n);
  }

  /**
   * Start ({@code dayStart}) of the n-th working day strictly before the effective date of {@code
   * deadline}.
   */
  public Instant workingDayBefore(LocalDate deadline, int n) {
    return startOfDay(calendar.minusWorkingDays(effectiveDeadlineDate(deadline), n));
  }

  /** The earliest start of a working day ({@code dayStart}) strictly after {@code after}. */
  public Instant nextWorkingDayStart(Instant after) {
    LocalDate today = VietnamTime.localDate(after);
    if (calendar.isWorkingDay(today)) {
      Instant todayStart = startOfDay(today);
      if (todayStart.isAfter(after)) {
        return todayStart;
      }
    }
    return startOfDay(calendar.nextWorkingDay(today));
  }

  /** The full timetable of a report task whose deadline is {@code deadline}. */
  public ReportSchedule schedule(LocalDate deadline) {
    WorkingDayCalendar calendar = this.calendar.snapshot();
    LocalDate effective = calendar.workingDayOnOrAfter(deadline);
    Instant due = endOfDay(effective);

    TreeSet<Instant> reminders = new TreeSet<>();
    for (int n : settings.reminderWorkingDaysBefore()) {
      Instant reminder = startOfDay(calendar.minusWorkingDays(effective, n));
      if (reminder.isBefore(due)) {
        reminders.add(reminder);
      }
    }

    LocalDate cutOffDate = calendar.plusWorkingDays(effective, settings.cutOffWorkingDaysAfter());
    Instant cutOff = endOfDay(cutOffDate);

    List<Instant> notices = new ArrayList<>();
    notices.add(due);
    for (LocalDate day = calendar.nextWorkingDay(effective);
        !day.isAfter(cutOffDate);
        day = calendar.nextWorkingDay(day)) {
      notices.add(startOfDay(day));
    }
    return new ReportSchedule(
        deadline, effective, due, new ArrayList<>(reminders), cutOff, notices);
  }

  /** The timetable for the default deadline of the year. */
  public ReportSchedule defaultSchedule(int year) {
    return schedule(defaultDeadlineDate(year));
  }

  /** Deadline to revise a report returned at {@code returnedAt}. */
  public Instant reviseDeadline(Instant returnedAt) {
    return workingDaysAfter(returnedAt, settings.reviseWorkingDays());
  }

  /**
   * Reminders for a revision returned at {@code returnedAt}: start of the configured working day
   * before the revise deadline, if strictly after {@code returnedAt}.
   */
  public List<Instant> reviseReminders(Instant returnedAt) {
    int before = settings.reviseReminderWorkingDaysBefore();
    if (before == 0) {
      return List.of();
    }
    WorkingDayCalendar calendar = this.calendar.snapshot();
    LocalDate reviseDate =
        calendar.plusWorkingDays(VietnamTime.localDate(returnedAt), settings.reviseWorkingDays());
    Instant reminder = startOfDay(calendar.minusWorkingDays(reviseDate, before));
    return reminder.isAfter(returnedAt) ? List.of(reminder) : List.of();
  }

  /** Deadline to review a report submitted at {@code submittedAt}. */
  public Instant reviewDeadline(Instant submittedAt) {
    return workingDaysAfter(submittedAt, settings.reviewWorkingDays());
  }

  /** Deadline to complete a dossier requested at {@code requestedAt}. */
  public Instant completeDossierDeadline(Instant requestedAt) {
    return workingDaysAfter(requestedAt, settings.completeDossierWorkingDays());
  }

  private Instant startOfDay(LocalDate date) {
    return VietnamTime.at(date, settings.dayStart()).toInstant();
  }

  private Instant endOfDay(LocalDate date) {
    return VietnamTime.at(date, settings.dayEnd()).toInstant();
  }
}
