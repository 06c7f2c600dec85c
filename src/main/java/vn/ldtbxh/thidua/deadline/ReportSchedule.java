package vn.ldtbxh.thidua.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The timetable of one report task, computed by {@link DeadlineCalculator#schedule(LocalDate)}.
 *
 * @param deadlineDate the deadline as set (may be a day off)
 * @param effectiveDate the working day the deadline actually ends on
 * @param due end of the effective date (17:00 Vietnam time by default)
 * @param reminders reminder moments before {@code due}, ascending, all strictly before {@code due}
 * @param cutOff moment after which a late submission is no longer accepted
 * @param overdueNotices notice moments after the deadline passes: {@code due} itself, then the
 *     start of each working day up to the cut-off, ascending, none after {@code cutOff}
 */
public record ReportSchedule(
    LocalDate deadlineDate,
    LocalDate effectiveDate,
    Instant due,
    List<Instant> reminders,
    Instant cutOff,
    List<Instant> overdueNotices) {

  public ReportSchedule {
    Objects.requireNonNull(deadlineDate, "deadlineDate");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(cutOff, "cutOff");
    reminders = List.copyOf(reminders);
    overdueNotices = List.copyOf(overdueNotices);
    if (cutOff.isBefore(due)) {
      throw new IllegalArgumentException(
          "Hạn chót (" + cutOff + ") không được trước hạn nộp (" + due + ").");
    }
    // A reminder never arrives after the moment it speaks of.
    for (Instant reminder : reminders) {
      if (!reminder.isBefore(due)) {
        throw new IllegalArgumentException(
            "Lời nhắc (" + reminder + ") phải trước hạn nộp (" + due + ").");
      }
    }
    for (Instant notice : overdueNotices) {
      if (notice.isBefore(due) || notice.isAfter(cutOff)) {
        throw new IllegalArgumentException(
            "Thông báo quá hạn (" + notice + ") phải nằm trong khoảng từ hạn nộp đến hạn chót.");
      }
    }
  }

  /** The due moment in Vietnam time. */
  public ZonedDateTime dueInVietnam() {
    return due.atZone(VietnamTime.VN_ZONE);
  }

  /** The cut-off moment in Vietnam time. */
  public ZonedDateTime cutOffInVietnam() {
    return cutOff.atZone(VietnamTime.VN_ZONE);
  }

  /** Reminders still to come: those strictly after {@code now}. */
  public List<Instant> remindersAfter(Instant now) {
    return reminders.stream().filter(r -> r.isAfter(now)).toList();
  }

  /**
   * The next overdue notice strictly after {@code after}: the due moment itself, then the start of
   * each following working day; empty once no notice remains before the cut-off.
   */
  public Optional<Instant> nextOverdueNotice(Instant after) {
    return overdueNotices.stream().filter(n -> n.isAfter(after)).findFirst();
  }

  /** Whether the moment is past the due moment. */
  public boolean isOverdue(Instant now) {
    return now.isAfter(due);
  }

  /** Whether the moment is past the cut-off. */
  public boolean isPastCutOff(Instant now) {
    return now.isAfter(cutOff);
  }
}
