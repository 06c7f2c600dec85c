package vn.ldtbxh.thidua.report;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.deadline.ReportSchedule;

/**
 * The moments of the {@code unit-report} timers and due dates, from the Vietnamese working-day
 * calendar (ISO cycles and cron know no holidays). Used in the model as {@code
 * ${reportTimers.due(execution)}}. A reminder whose moment has already passed when its timer is
 * created is set to the due moment, where it finds the deadline passed and stays silent: no
 * reminder arrives after the moment it speaks of.
 */
@Component("reportTimers")
public class ReportTimers {

  private final ReportSchedules schedules;
  private final Clock clock;

  public ReportTimers(ReportSchedules schedules, Clock clock) {
    this.schedules = schedules;
    this.clock = clock;
  }

  public Date due(DelegateExecution execution) {
    return Date.from(schedules.of(execution).due());
  }

  /** The index-th reminder before the deadline (0: the 5th working day before, 1: the 1st). */
  public Date reminder(DelegateExecution execution, int index) {
    ReportSchedule schedule = schedules.of(execution);
    return Date.from(reminderMoment(schedule.reminders(), index, schedule.due(), clock.instant()));
  }

  /**
   * The reminder moment, or the due moment when that reminder does not exist or has already passed.
   */
  public static Instant reminderMoment(
      List<Instant> reminders, int index, Instant due, Instant now) {
    if (index >= reminders.size() || !reminders.get(index).isAfter(now)) {
      return due;
    }
    return reminders.get(index);
  }

  public Date cutOff(DelegateExecution execution) {
    return Date.from(schedules.of(execution).cutOff());
  }

  public boolean hasNextOverdueNotice(DelegateExecution execution) {
    return schedules.of(execution).nextOverdueNotice(clock.instant()).isPresent();
  }

  public Date nextOverdueNotice(DelegateExecution execution) {
    ReportSchedule schedule = schedules.of(execution);
    return Date.from(schedule.nextOverdueNotice(clock.instant()).orElse(schedule.cutOff()));
  }

  /** reviewReport: 5 working days after submission. */
  public Date reviewDue(DelegateExecution execution) {
    return Date.from(
        schedules
            .calculator()
            .reviewDeadline(ReportSchedules.instantVariable(execution, "submittedAt")));
  }

  /** reviseReport: 3 working days after the return. */
  public Date reviseDue(DelegateExecution execution) {
    return Date.from(
        schedules
            .calculator()
            .reviseDeadline(ReportSchedules.instantVariable(execution, "returnedAt")));
  }

  public Date reviseReminder(DelegateExecution execution) {
    Instant returnedAt = ReportSchedules.instantVariable(execution, "returnedAt");
    Instant due = schedules.calculator().reviseDeadline(returnedAt);
    return Date.from(
        reminderMoment(
            schedules.calculator().reviseReminders(returnedAt), 0, due, clock.instant()));
  }
}
