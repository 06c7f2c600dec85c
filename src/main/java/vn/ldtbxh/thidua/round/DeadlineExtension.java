package vn.ldtbxh.thidua.round;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.deadline.CalendarChanged;
import vn.ldtbxh.thidua.deadline.DeadlineCalculator;
import vn.ldtbxh.thidua.deadline.ReportSchedule;
import vn.ldtbxh.thidua.deadline.VietnamTime;
import vn.ldtbxh.thidua.report.ReportStatus;
import vn.ldtbxh.thidua.report.ReportTimers;
import vn.ldtbxh.thidua.report.UnitReport;
import vn.ldtbxh.thidua.report.UnitReportRepository;

/**
 * Extending a deadline (gia hạn): a round's, or one unit's. Every report still in preparation gets
 * the new due date, and every one of its timers not yet fired moves with it (reminders, the overdue
 * notice, the next daily notice, the cut-off); the unit is told from an asynchronous job of its
 * report. A deadline is only ever moved later. Reports already submitted or closed are left as they
 * are.
 *
 * <p>A change of the calendar table ({@link CalendarChanged}) is followed the same way: for every
 * report still in preparation in an open round, the due moment and each timer not yet fired are
 * recomputed on the new table and moved where they move <b>later</b>, and the unit is told; none is
 * moved earlier. Where the new table would end the deadline earlier (a day off made a working day),
 * the unit keeps the due day it had, as its own deadline.
 */
@Service
public class DeadlineExtension {

  public static final String MESSAGE = "reportDeadlineExtended";

  /**
   * The report's variable telling the notice why its deadline moved: {@link #REASON_EXTENSION} or
   * {@link #REASON_CALENDAR}.
   */
  public static final String CHANGE_REASON = "deadlineChangeReason";

  /**
   * When the calendar changed: the moment its notice speaks of, so that each change is told once
   * even where the due moment stays.
   */
  public static final String CHANGED_AT = "deadlineChangedAt";

  public static final String REASON_EXTENSION = "EXTENSION";
  public static final String REASON_CALENDAR = "CALENDAR";
  private static final Logger LOG = LoggerFactory.getLogger(DeadlineExtension.class);

  private final RoundRepository rounds;
  private final UnitReportRepository reports;
  private final DeadlineCalculator calculator;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final Clock clock;

  public DeadlineExtension(
      RoundRepository rounds,
      UnitReportRepository reports,
      DeadlineCalculator calculator,
      RuntimeService runtime,
      TaskService tasks,
      ManagementService management,
      Clock clock) {
    this.rounds = rounds;
    this.reports = reports;
    this.calculator = calculator;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.clock = clock;
  }

  /** What an extension changed. */
  public record Result(
      String roundKey,
      String unitCode,
      LocalDate deadline,
      Instant due,
      List<String> moved,
      List<String> unchanged) {}

  @Transactional
  public Result extend(String roundKey, String unitCode, LocalDate newDeadline) {
    Round round =
        rounds
            .findByKey(roundKey)
            .orElseThrow(
                () -> ThiduaException.notFound("Không có đợt thi đua \"%s\".".formatted(roundKey)));
    if (!round.isOpen()) {
      throw ThiduaException.conflict(
          "Đợt thi đua %s đã kết thúc, không thể gia hạn.".formatted(roundKey));
    }
    if (newDeadline == null) {
      throw ThiduaException.invalid("Chưa nhập hạn nộp mới (deadline, dạng yyyy-MM-dd).");
    }
    Instant now = clock.instant();
    Instant newDue = calculator.deadlineEnd(newDeadline);
    if (!newDue.isAfter(now)) {
      throw ThiduaException.invalid(
          "Hạn mới %s đã qua.".formatted(VietnameseFormats.dateTime(newDue)));
    }
    List<String> units = rounds.unitCodes(roundKey);
    if (unitCode != null && !units.contains(unitCode)) {
      throw ThiduaException.invalid(
          "Đơn vị \"%s\" không tham gia đợt thi đua %s.".formatted(unitCode, roundKey));
    }
    List<String> affected = unitCode == null ? units : List.of(unitCode);
    for (String code : affected) {
      LocalDate current = rounds.deadlineFor(roundKey, code);
      if (!calculator.deadlineEnd(current).isBefore(newDue)) {
        throw ThiduaException.invalid(
            "Hạn mới %s phải sau hạn hiện tại %s%s: gia hạn chỉ lùi hạn về sau."
                .formatted(
                    VietnameseFormats.dateTime(newDue),
                    VietnameseFormats.dateTime(calculator.deadlineEnd(current)),
                    unitCode == null ? " của đơn vị " + code : ""));
      }
    }
    if (unitCode == null) {
      rounds.updateDeadline(roundKey, newDeadline);
    } else {
      rounds.updateUnitDeadline(roundKey, unitCode, newDeadline);
    }
    ReportSchedule schedule = calculator.schedule(newDeadline);
    List<String> moved = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (String code : affected) {
      UnitReport report = reports.find(roundKey, code).orElse(null);
      if (report == null
          || report.status() != ReportStatus.PREPARING
          || report.processInstanceId() == null) {
        unchanged.add(code);
        continue;
      }
      move(report, schedule, now);
      moved.add(code);
    }
    LOG.info(
        "Deadline of {} {} extended to {}: {} reports moved",
        roundKey,
        unitCode == null ? "(all units)" : unitCode,
        newDeadline,
        moved.size());
    return new Result(roundKey, unitCode, newDeadline, schedule.due(), moved, unchanged);
  }

  /**
   * Recomputes a report's due date and timers from the deadline now stored for its unit (used when
   * a deadline was set by other means than {@link #extend}, such as the demo data).
   */
  @Transactional
  public void reschedule(String roundKey, String unitCode) {
    UnitReport report = reports.find(roundKey, unitCode).orElseThrow();
    move(
        report,
        calculator.schedule(rounds.deadlineFor(roundKey, unitCode)),
        clock.instant(),
        false);
  }

  /**
   * Follows a change of the calendar table: open deadlines and timers not yet fired move later
   * where the new table moves them later, never earlier; the units concerned are told. Runs inside
   * the change's transaction.
   *
   * @return the business keys of the reports moved
   */
  public List<String> followCalendar(CalendarChanged change) {
    DeadlineCalculator before = calculator.on(change.before());
    DeadlineCalculator after = calculator.on(change.after());
    Instant now = clock.instant();
    List<String> moved = new ArrayList<>();
    for (Round round : rounds.findAll()) {
      if (!round.isOpen()) {
        continue;
      }
      for (UnitReport report : reports.findByRound(round.roundKey())) {
        if (report.status() != ReportStatus.PREPARING || report.processInstanceId() == null) {
          continue;
        }
        if (followCalendar(report, before, after, now)) {
          moved.add(report.businessKey());
        }
      }
    }
    LOG.info(
        "Calendar of {} changed by {}: {} reports in preparation moved later {}",
        change.year(),
        change.changedBy(),
        moved.size(),
        moved);
    return moved;
  }

  /** The listener of {@link CalendarChanged} (a listener's return value would be published). */
  @EventListener
  public void onCalendarChanged(CalendarChanged change) {
    followCalendar(change);
  }

  private boolean followCalendar(
      UnitReport report, DeadlineCalculator before, DeadlineCalculator after, Instant now) {
    String roundKey = report.roundKey();
    String unitCode = report.unitCode();
    LocalDate deadline = rounds.deadlineFor(roundKey, unitCode);
    Instant currentDue = report.dueAt() == null ? before.schedule(deadline).due() : report.dueAt();
    ReportSchedule schedule = after.schedule(deadline);
    if (schedule.due().isBefore(currentDue)) {
      // never earlier: the unit keeps the day its deadline ended on
      deadline = VietnamTime.localDate(currentDue);
      rounds.updateUnitDeadline(roundKey, unitCode, deadline);
      schedule = after.schedule(deadline);
    }
    String instance = report.processInstanceId();
    boolean dueLater = schedule.due().isAfter(currentDue);
    boolean cutOffLater = false;
    boolean timerLater = false;
    for (Job job : management.createJobQuery().processInstanceId(instance).timers().list()) {
      String activity = activityOf(management, job);
      Instant moment =
          switch (activity) {
            case "firstReminder" -> nth(schedule.reminders(), 0);
            case "lastReminder" -> nth(schedule.reminders(), 1);
            case "overdue" -> schedule.due();
            case "nextOverdueNotice" -> schedule.nextOverdueNotice(now).orElse(schedule.cutOff());
            case "cutOff" -> schedule.cutOff();
            default -> null;
          };
      if (moment != null && moment.isAfter(job.getDuedate().toInstant())) {
        management.setJobDuedate(job.getId(), Date.from(moment));
        timerLater = true;
        cutOffLater |= "cutOff".equals(activity);
      }
    }
    if (dueLater) {
      for (Task task :
          tasks
              .createTaskQuery()
              .processInstanceId(instance)
              .taskDefinitionKey("prepareReport")
              .list()) {
        task.setDueDate(Date.from(schedule.due()));
        tasks.saveTask(task);
      }
      reports.updateDue(roundKey, unitCode, schedule.due());
      runtime.setVariable(instance, "deadline", schedule.deadlineDate().toString());
      runtime.setVariable(instance, "deadlineText", VietnameseFormats.dateTime(schedule.due()));
    }
    if (dueLater || cutOffLater) {
      // the unit is told when what it must meet moves: the due moment or the cut-off
      runtime
          .createMessageCorrelation(MESSAGE)
          .processInstanceId(instance)
          .setVariable(CHANGE_REASON, REASON_CALENDAR)
          .setVariable(CHANGED_AT, now.toString())
          .correlate();
    }
    return dueLater || timerLater;
  }

  private static Instant nth(List<Instant> moments, int index) {
    return index < moments.size() ? moments.get(index) : null;
  }

  private void move(UnitReport report, ReportSchedule schedule, Instant now) {
    move(report, schedule, now, true);
  }

  private void move(UnitReport report, ReportSchedule schedule, Instant now, boolean tellTheUnit) {
    String instance = report.processInstanceId();
    for (Job job : management.createJobQuery().processInstanceId(instance).timers().list()) {
      Instant moment =
          switch (activityOf(management, job)) {
            case "firstReminder" -> reminder(schedule, 0, now);
            case "lastReminder" -> reminder(schedule, 1, now);
            case "overdue" -> schedule.due();
            case "nextOverdueNotice" -> schedule.nextOverdueNotice(now).orElse(schedule.cutOff());
            case "cutOff" -> schedule.cutOff();
            default -> null;
          };
      if (moment != null) {
        management.setJobDuedate(job.getId(), Date.from(moment));
      }
    }
    for (Task task :
        tasks
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("prepareReport")
            .list()) {
      task.setDueDate(Date.from(schedule.due()));
      tasks.saveTask(task);
    }
    reports.updateDue(report.roundKey(), report.unitCode(), schedule.due());
    runtime.setVariable(instance, "deadline", schedule.deadlineDate().toString());
    runtime.setVariable(instance, "deadlineText", VietnameseFormats.dateTime(schedule.due()));
    if (tellTheUnit) {
      runtime
          .createMessageCorrelation(MESSAGE)
          .processInstanceId(instance)
          .setVariable(CHANGE_REASON, REASON_EXTENSION)
          .correlate();
    }
  }

  private static Instant reminder(ReportSchedule schedule, int index, Instant now) {
    return ReportTimers.reminderMoment(schedule.reminders(), index, schedule.due(), now);
  }

  /** The activity of a timer job: the boundary or catch event it belongs to. */
  static String activityOf(ManagementService management, Job job) {
    return management
        .createJobDefinitionQuery()
        .jobDefinitionId(job.getJobDefinitionId())
        .singleResult()
        .getActivityId();
  }
}
