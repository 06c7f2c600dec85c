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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.deadline.DeadlineCalculator;
import vn.ldtbxh.thidua.deadline.ReportSchedule;
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
 */
@Service
public class DeadlineExtension {

  public static final String MESSAGE = "reportDeadlineExtended";
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

  private void move(UnitReport report, ReportSchedule schedule, Instant now) {
    move(report, schedule, now, true);
  }

  private void move(UnitReport report, ReportSchedule schedule, Instant now, boolean tellTheUnit) {
    String instance = report.processInstanceId();
    for (Job job : management.createJobQuery().processInstanceId(instance).timers().list()) {
      Instant moment =
          switch (activityOf(job)) {
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
      runtime.createMessageCorrelation(MESSAGE).processInstanceId(instance).correlate();
    }
  }

  private static Instant reminder(ReportSchedule schedule, int index, Instant now) {
    return ReportTimers.reminderMoment(schedule.reminders(), index, schedule.due(), now);
  }

  private String activityOf(Job job) {
    return management
        .createJobDefinitionQuery()
        .jobDefinitionId(job.getJobDefinitionId())
        .singleResult()
        .getActivityId();
  }
}
