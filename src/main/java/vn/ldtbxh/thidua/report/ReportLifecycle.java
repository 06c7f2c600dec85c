package vn.ldtbxh.thidua.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.EngineUser;
import vn.ldtbxh.thidua.common.EngineVariables;
import vn.ldtbxh.thidua.common.Inputs;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.deadline.ReportSchedule;
import vn.ldtbxh.thidua.organization.Unit;
import vn.ldtbxh.thidua.organization.UnitRepository;

/**
 * The steps of a unit's report that change business data: opening it, submitting it (prepareReport,
 * reviseReport), reviewing it, and closing it at the cut-off. Each refusal leaves the task open and
 * changes nothing.
 */
@Component("reportLifecycle")
public class ReportLifecycle {

  private final UnitRepository units;
  private final UnitReportRepository reports;
  private final ReportSchedules schedules;
  private final ReportValidator validator;
  private final IdentityService identity;
  private final Clock clock;

  public ReportLifecycle(
      UnitRepository units,
      UnitReportRepository reports,
      ReportSchedules schedules,
      ReportValidator validator,
      IdentityService identity,
      Clock clock) {
    this.units = units;
    this.reports = reports;
    this.schedules = schedules;
    this.validator = validator;
    this.identity = identity;
    this.clock = clock;
  }

  /** Start of unit-report: records the report and shows the unit's name valid on the deadline. */
  public void onStart(DelegateExecution execution) {
    String roundKey = (String) execution.getVariable("roundKey");
    String unitCode = (String) execution.getVariable("unitCode");
    Unit unit =
        units
            .findByCode(unitCode)
            .orElseThrow(
                () -> ThiduaException.invalid("Không có đơn vị mã \"%s\".".formatted(unitCode)));
    ReportSchedule schedule = schedules.of(roundKey, unitCode);
    String unitName = units.nameOn(unitCode, schedule.deadlineDate()).orElse(unit.name());
    reports.insert(
        roundKey,
        unitCode,
        execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(),
        unitName,
        schedule.due());
    describe(execution, unit, unitName, schedule);
  }

  /**
   * Start of a reopened report (message {@code reportReopened}): the accepted report goes back to
   * its unit with the figures it holds, social protection's reason as the review comment, and a new
   * revision deadline.
   */
  public void onReopened(DelegateExecution execution) {
    String roundKey = (String) execution.getVariable("roundKey");
    String unitCode = (String) execution.getVariable("unitCode");
    Unit unit = units.findByCode(unitCode).orElseThrow();
    UnitReport report = reports.find(roundKey, unitCode).orElseThrow();
    Instant now = clock.instant();
    String by = (String) execution.getVariable("reopenedBy");
    String reason = (String) execution.getVariable("reopenReason");
    if (!reports.reopen(roundKey, unitCode, execution.getProcessInstanceId(), by, reason, now)) {
      throw ThiduaException.conflict(
          "Báo cáo của %s không còn ở trạng thái được chấp nhận: có thể đã được mở lại."
              .formatted(report.unitName()));
    }
    describe(execution, unit, report.unitName(), schedules.of(roundKey, unitCode));
    report
        .content()
        .figures()
        .forEach((field, value) -> execution.setVariable(field.variable(), value));
    report
        .content()
        .texts()
        .forEach((part, value) -> execution.setVariable(part.variable(), value));
    if (report.submittedAt() != null) {
      execution.setVariable("submittedAt", report.submittedAt().toString());
      execution.setVariable("submittedAtText", VietnameseFormats.dateTime(report.submittedAt()));
    }
    execution.setVariable(
        "lateText",
        report.late()
            ? "Nộp muộn (sau hạn " + execution.getVariable("deadlineText") + ")"
            : "Nộp đúng hạn");
    execution.setVariable("reviewOutcome", "RETURNED");
    execution.setVariable("reviewComment", "Báo cáo đã được chấp nhận nay được mở lại: " + reason);
    markReturned(execution, now);
  }

  /**
   * A report goes back to its unit at {@code now}: the revision's timers and form count from it.
   */
  private void markReturned(VariableScope scope, Instant now) {
    scope.setVariable("returnedAt", now.toString());
    scope.setVariable(
        "reviseDueText",
        "Hạn chỉnh sửa: " + VietnameseFormats.dateTime(schedules.calculator().reviseDeadline(now)));
  }

  private static void describe(
      DelegateExecution execution, Unit unit, String unitName, ReportSchedule schedule) {
    execution.setVariable("unitName", unitName);
    execution.setVariable("unitKind", unit.kind().name());
    execution.setVariable("deadlineText", VietnameseFormats.dateTime(schedule.due()));
  }

  /** Completion of prepareReport or reviseReport: validates and stores the report. */
  public void onSubmit(DelegateTask task) {
    UnitReport report = reportOf(task.getProcessInstanceId());
    Unit unit = units.findByCode(report.unitCode()).orElseThrow();
    ReportContent content = validator.validate(unit.kind(), task.getVariables());
    Instant now = clock.instant();
    boolean late = now.isAfter(schedules.of(report.roundKey(), report.unitCode()).due());
    task.setVariable(
        "changesText", ReportChanges.describe(report.content(), report.submittedAt(), content));
    reports.submit(report, content, now, currentUser(), late);
    task.setVariable("submittedAt", now.toString());
    task.setVariable("submittedAtText", VietnameseFormats.dateTime(now));
    task.setVariable(
        "lateText",
        late ? "Nộp muộn (sau hạn " + task.getVariable("deadlineText") + ")" : "Nộp đúng hạn");
  }

  /**
   * A review opens blank: the outcome and comment of an earlier review are in the review history.
   */
  public void onReviewOpened(DelegateTask task) {
    task.getExecution().removeVariable("reviewOutcome");
    task.getExecution().removeVariable("reviewComment");
  }

  /**
   * Completion of reviewReport: APPROVED or RETURNED (with a comment). Nobody reviews their own
   * unit's report: a reviewer of the Social Protection Division cannot review that division's own
   * report.
   */
  public void onReview(DelegateTask task) {
    UnitReport report = reportOf(task.getProcessInstanceId());
    String user = currentUser();
    if (user != null && EngineUser.isMember(identity, user, Unit.groupIdOf(report.unitCode()))) {
      throw ThiduaException.forbidden(
          "Bạn thuộc đơn vị lập báo cáo này (%s) nên không thể tự thẩm định báo cáo "
                  .formatted(report.unitName())
              + "của đơn vị mình: một cán bộ khác của Phòng Bảo trợ xã hội phải thẩm định.");
    }
    String outcome = Inputs.text(task.getVariable("reviewOutcome"));
    if (!"APPROVED".equals(outcome) && !"RETURNED".equals(outcome)) {
      throw ThiduaException.invalid(
          "Kết quả thẩm định (reviewOutcome) phải là APPROVED (chấp nhận) hoặc RETURNED "
              + "(trả lại), không phải \"%s\".".formatted(outcome == null ? "" : outcome));
    }
    String comment = Inputs.text(task.getVariable("reviewComment"));
    if ("RETURNED".equals(outcome) && comment == null) {
      throw ThiduaException.invalid(
          "Khi trả lại báo cáo phải ghi rõ ý kiến (reviewComment) để đơn vị chỉnh sửa.");
    }
    Instant now = clock.instant();
    reports.review(report, user == null ? "system" : user, outcome, comment, now);
    EngineVariables.set(task, "reviewOutcome", outcome);
    if ("RETURNED".equals(outcome)) {
      markReturned(task, now);
    }
  }

  /** The cut-off passed without a report: the report is closed as not submitted. */
  public void onCutOff(DelegateExecution execution) {
    reports.closeNotSubmitted(reportOf(execution.getProcessInstanceId()), clock.instant());
  }

  /**
   * The report this process instance works on, as the application recorded it: never a variable's
   * word.
   */
  private UnitReport reportOf(String processInstanceId) {
    return reports
        .findByProcessInstance(processInstanceId)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No report recorded for process instance " + processInstanceId));
  }

  /** The date a report speaks for: its deadline's date. */
  public LocalDate reportDate(DelegateExecution execution) {
    return schedules.of(execution).deadlineDate();
  }

  private String currentUser() {
    return EngineUser.idOrNull(identity);
  }
}
