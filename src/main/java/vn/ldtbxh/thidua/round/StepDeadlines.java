package vn.ldtbxh.thidua.round;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.deadline.CalendarChanged;
import vn.ldtbxh.thidua.deadline.DeadlineCalculator;
import vn.ldtbxh.thidua.deadline.VietnamTime;
import vn.ldtbxh.thidua.nomination.NominationRepository;
import vn.ldtbxh.thidua.report.ReportTimers;

/**
 * The due dates of the steps after a submission follow a change of the calendar table, later only:
 * {@code reviewReport} (5 working days after the submission) and its overdue timer, {@code
 * reviseReport} (3 after the return) and its reminder, {@code verifyAchievements} (5 after the
 * nomination), {@code completeDossier} (5 after the return) with its reminder and expiry. A moment
 * the new table would bring earlier stays where it is. The report deadlines themselves follow in
 * {@link DeadlineExtension}.
 */
@Component
public class StepDeadlines {

  private static final Logger LOG = LoggerFactory.getLogger(StepDeadlines.class);

  private final TaskService tasks;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final DeadlineCalculator calculator;
  private final NominationRepository nominations;
  private final Clock clock;

  public StepDeadlines(
      TaskService tasks,
      ManagementService management,
      RuntimeService runtime,
      DeadlineCalculator calculator,
      NominationRepository nominations,
      Clock clock) {
    this.tasks = tasks;
    this.management = management;
    this.runtime = runtime;
    this.calculator = calculator;
    this.nominations = nominations;
    this.clock = clock;
  }

  /** The listener of {@link CalendarChanged} (a listener's return value would be published). */
  @EventListener
  public void onCalendarChanged(CalendarChanged change) {
    follow(calculator.on(change.after()));
  }

  /** Moves later every open step's due date and timers the table moves later; returns how many. */
  public int follow(DeadlineCalculator table) {
    Instant now = clock.instant();
    int moved = 0;
    for (Task task :
        tasks
            .createTaskQuery()
            .taskDefinitionKeyIn(
                "reviewReport", "reviseReport", "verifyAchievements", "completeDossier")
            .list()) {
      Map<String, Instant> moments = moments(task, table, now);
      if (moments.isEmpty()) {
        continue;
      }
      boolean later = false;
      Instant due = moments.get("due");
      if (due != null
          && (task.getDueDate() == null || due.isAfter(task.getDueDate().toInstant()))) {
        task.setDueDate(Date.from(due));
        tasks.saveTask(task);
        later = true;
      }
      for (Job job :
          management
              .createJobQuery()
              .processInstanceId(task.getProcessInstanceId())
              .timers()
              .list()) {
        Instant moment = moments.get(DeadlineExtension.activityOf(management, job));
        if (moment != null && moment.isAfter(job.getDuedate().toInstant())) {
          management.setJobDuedate(job.getId(), Date.from(moment));
          later = true;
        }
      }
      if (later) {
        moved++;
      }
    }
    LOG.info("Calendar changed: {} open steps moved later", moved);
    return moved;
  }

  /** The step's due moment ({@code due}) and its timers' moments by activity, under the table. */
  private Map<String, Instant> moments(Task task, DeadlineCalculator table, Instant now) {
    Map<String, Instant> moments = new LinkedHashMap<>();
    String instance = task.getProcessInstanceId();
    switch (task.getTaskDefinitionKey()) {
      case "reviewReport" -> {
        Instant submitted = instant(instance, "submittedAt");
        if (submitted != null) {
          moments.put("due", table.reviewDeadline(submitted));
          moments.put("reviewOverdue", table.reviewDeadline(submitted));
        }
      }
      case "reviseReport" -> {
        Instant returned = instant(instance, "returnedAt");
        if (returned != null) {
          Instant due = table.reviseDeadline(returned);
          moments.put("due", due);
          moments.put(
              "reviseReminderDue",
              ReportTimers.reminderMoment(table.reviseReminders(returned), 0, due, now));
        }
      }
      case "verifyAchievements" -> {
        String key =
            runtime
                .createProcessInstanceQuery()
                .processInstanceId(instance)
                .singleResult()
                .getBusinessKey();
        moments.put("due", table.reviewDeadline(nominations.submittedAt(key)));
      }
      case "completeDossier" -> {
        Instant returned = instant(instance, "dossierReturnedAt");
        if (returned != null) {
          Instant due = table.completeDossierDeadline(returned);
          moments.put("due", due);
          moments.put("completeDossierExpired", due);
          moments.put(
              "completeDossierReminder",
              ReportTimers.reminderMoment(
                  List.of(table.workingDayBefore(VietnamTime.localDate(due), 1)), 0, due, now));
        }
      }
      default -> {}
    }
    return moments;
  }

  private Instant instant(String instance, String variable) {
    Object value = runtime.getVariable(instance, variable);
    return value == null ? null : Instant.parse(value.toString());
  }
}
