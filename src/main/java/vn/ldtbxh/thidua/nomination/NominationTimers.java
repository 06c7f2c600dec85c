package vn.ldtbxh.thidua.nomination;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.deadline.DeadlineCalculator;
import vn.ldtbxh.thidua.report.ReportTimers;

/** Due dates and timers of {@code award-nomination}, in working days of the Vietnamese calendar. */
@Component("nominationTimers")
public class NominationTimers {

  private final DeadlineCalculator calculator;
  private final NominationRepository nominations;
  private final Clock clock;

  public NominationTimers(
      DeadlineCalculator calculator, NominationRepository nominations, Clock clock) {
    this.calculator = calculator;
    this.nominations = nominations;
    this.clock = clock;
  }

  /** Social protection verifies within the review time of a report (5 working days by default). */
  public Date verifyDue(DelegateExecution execution) {
    return Date.from(
        calculator.reviewDeadline(nominations.submittedAt(execution.getProcessBusinessKey())));
  }

  /** completeDossier: 5 working days after the return. */
  public Date completeDossierDue(DelegateExecution execution) {
    return Date.from(calculator.completeDossierDeadline(instant(execution, "dossierReturnedAt")));
  }

  /**
   * 08:00 on the working day before the completion deadline (or the deadline, when that has
   * passed).
   */
  public Date completeDossierReminder(DelegateExecution execution) {
    Instant due = calculator.completeDossierDeadline(instant(execution, "dossierReturnedAt"));
    Instant dueDate =
        calculator.workingDayBefore(
            due.atZone(vn.ldtbxh.thidua.common.VietnameseFormats.ZONE).toLocalDate(), 1);
    return Date.from(
        ReportTimers.reminderMoment(java.util.List.of(dueDate), 0, due, clock.instant()));
  }

  private Instant instant(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? clock.instant() : Instant.parse(value.toString());
  }
}
