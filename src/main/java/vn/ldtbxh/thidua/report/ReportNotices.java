package vn.ldtbxh.thidua.report;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.deadline.ReportSchedule;
import vn.ldtbxh.thidua.notification.Notice;
import vn.ldtbxh.thidua.notification.NotificationKind;
import vn.ldtbxh.thidua.notification.Notifier;
import vn.ldtbxh.thidua.organization.RoleGroup;
import vn.ldtbxh.thidua.organization.Unit;

/**
 * The reminders and notices of a unit's report, sent from asynchronous service tasks of {@code
 * unit-report}: {@code ${reportNotices.reminder(execution, 'REMINDER_FIRST')}} and so on.
 */
@Component("reportNotices")
public class ReportNotices {

  private static final Logger LOG = LoggerFactory.getLogger(ReportNotices.class);

  private final Notifier notifier;
  private final ReportSchedules schedules;
  private final Clock clock;

  public ReportNotices(Notifier notifier, ReportSchedules schedules, Clock clock) {
    this.notifier = notifier;
    this.schedules = schedules;
    this.clock = clock;
  }

  /** A reminder before the deadline; silent once the deadline has passed. */
  public void reminder(DelegateExecution execution, String kind) {
    ReportSchedule schedule = schedules.of(execution);
    if (!clock.instant().isBefore(schedule.due())) {
      LOG.info(
          "Reminder {} of {} not sent: the deadline {} has passed",
          kind,
          execution.getProcessBusinessKey(),
          schedule.due());
      return;
    }
    notifier.send(
        new Notice(
            unitGroup(execution),
            NotificationKind.valueOf(kind),
            execution.getProcessInstanceId(),
            execution.getProcessBusinessKey(),
            schedule.due(),
            "Nhắc hạn nộp báo cáo kết quả thi đua năm %s".formatted(execution.getVariable("year")),
            """
        Kính gửi %s,

        Hạn nộp báo cáo kết quả thực hiện phong trào thi đua năm %s là %s.
        Đơn vị chưa nộp báo cáo. Đề nghị đơn vị hoàn thành và nộp báo cáo trên hệ thống Thi đua - khen thưởng
        (Tasklist, việc "Lập báo cáo kết quả") trước thời hạn trên.
        """
                .formatted(
                    execution.getVariable("unitName"),
                    execution.getVariable("year"),
                    VietnameseFormats.dateTime(schedule.due()))));
  }

  /**
   * Overdue notice to the unit, and to social protection, at the deadline and each working day
   * after.
   */
  public void overdue(DelegateExecution execution) {
    ReportSchedule schedule = schedules.of(execution);
    Instant now = clock.instant();
    Instant moment =
        schedule.overdueNotices().stream()
            .filter(notice -> !notice.isAfter(now))
            .max(Comparator.naturalOrder())
            .orElse(schedule.due());
    String subject =
        "Quá hạn nộp báo cáo kết quả thi đua năm %s: %s"
            .formatted(execution.getVariable("year"), execution.getVariable("unitName"));
    String body =
        """
        %s chưa nộp báo cáo kết quả thực hiện phong trào thi đua năm %s.
        Hạn nộp: %s (đã quá hạn).
        Hạn chót: %s. Sau thời điểm này báo cáo sẽ bị đóng và ghi nhận là không nộp.
        """
            .formatted(
                execution.getVariable("unitName"),
                execution.getVariable("year"),
                VietnameseFormats.dateTime(schedule.due()),
                VietnameseFormats.dateTime(schedule.cutOff()));
    notifier.send(
        new Notice(
            unitGroup(execution),
            NotificationKind.OVERDUE,
            execution.getProcessInstanceId(),
            execution.getProcessBusinessKey(),
            moment,
            subject,
            body));
    notifier.send(
        new Notice(
            RoleGroup.SOCIAL_PROTECTION.groupId(),
            NotificationKind.OVERDUE,
            execution.getProcessInstanceId(),
            execution.getProcessBusinessKey(),
            moment,
            subject,
            body));
  }

  /** The report was closed at the cut-off as not submitted. */
  public void cutOff(DelegateExecution execution) {
    ReportSchedule schedule = schedules.of(execution);
    String subject =
        "Đóng báo cáo kết quả thi đua năm %s: %s không nộp báo cáo"
            .formatted(execution.getVariable("year"), execution.getVariable("unitName"));
    String body =
        """
        Đã quá hạn chót %s: báo cáo kết quả thi đua năm %s của %s được ghi nhận là không nộp.
        """
            .formatted(
                VietnameseFormats.dateTime(schedule.cutOff()),
                execution.getVariable("year"),
                execution.getVariable("unitName"));
    notifier.send(
        new Notice(
            unitGroup(execution),
            NotificationKind.CUT_OFF,
            execution.getProcessInstanceId(),
            execution.getProcessBusinessKey(),
            schedule.cutOff(),
            subject,
            body));
    notifier.send(
        new Notice(
            RoleGroup.SOCIAL_PROTECTION.groupId(),
            NotificationKind.CUT_OFF,
            execution.getProcessInstanceId(),
            execution.getProcessBusinessKey(),
            schedule.cutOff(),
            subject,
            body));
  }

  /**
   * The deadline was extended, or moved later by a change of the calendar table: the unit is told
   * the new one.
   */
  public void extension(DelegateExecution execution) {
    ReportSchedule schedule = schedules.of(execution);
    boolean calendar = "CALENDAR".equals(execution.getVariable("deadlineChangeReason"));
    String subject =
        calendar
            ? "Hạn nộp báo cáo kết quả thi đua năm %s thay đổi theo lịch nghỉ lễ, Tết"
            : "Gia hạn nộp báo cáo kết quả thi đua năm %s";
    String body =
        calendar
            ? """
        Kính gửi %s,

        Lịch nghỉ lễ, Tết và ngày làm bù đã được Văn phòng Sở cập nhật theo thông báo mới. Hạn nộp \
        báo cáo kết quả thực hiện phong trào thi đua năm %s nay là %s; hạn chót nhận báo cáo muộn là %s.
        """
            : """
        Kính gửi %s,

        Hạn nộp báo cáo kết quả thực hiện phong trào thi đua năm %s được gia hạn đến %s.
        """;
    notifier.send(
        new Notice(
            unitGroup(execution),
            NotificationKind.EXTENSION,
            execution.getProcessInstanceId(),
            execution.getProcessBusinessKey(),
            calendar
                ? Instant.parse((String) execution.getVariable("deadlineChangedAt"))
                : schedule.due(),
            subject.formatted(execution.getVariable("year")),
            body.formatted(
                execution.getVariable("unitName"),
                execution.getVariable("year"),
                VietnameseFormats.dateTime(schedule.due()),
                VietnameseFormats.dateTime(schedule.cutOff()))));
  }

  /** The review is overdue: social protection is told. */
  public void reviewOverdue(DelegateExecution execution) {
    Instant due =
        schedules
            .calculator()
            .reviewDeadline(ReportSchedules.instantVariable(execution, "submittedAt"));
    notifier.send(
        new Notice(
            RoleGroup.SOCIAL_PROTECTION.groupId(),
            NotificationKind.REVIEW_OVERDUE,
            execution.getProcessInstanceId(),
            execution.getProcessBusinessKey(),
            due,
            "Quá hạn thẩm định báo cáo của %s".formatted(execution.getVariable("unitName")),
            "Báo cáo kết quả thi đua năm %s của %s nộp lúc %s chưa được thẩm định; hạn thẩm định là %s."
                .formatted(
                    execution.getVariable("year"),
                    execution.getVariable("unitName"),
                    execution.getVariable("submittedAtText"),
                    VietnameseFormats.dateTime(due))));
  }

  /** Reminder before the revision deadline; silent once it has passed. */
  public void reviseReminder(DelegateExecution execution) {
    Instant due =
        schedules
            .calculator()
            .reviseDeadline(ReportSchedules.instantVariable(execution, "returnedAt"));
    if (!clock.instant().isBefore(due)) {
      return;
    }
    notifier.send(
        new Notice(
            unitGroup(execution),
            NotificationKind.REVISE_REMINDER,
            execution.getProcessInstanceId(),
            execution.getProcessBusinessKey(),
            due,
            "Nhắc hạn chỉnh sửa báo cáo kết quả thi đua năm %s"
                .formatted(execution.getVariable("year")),
            "Báo cáo của %s đã bị trả lại với ý kiến: \"%s\". Hạn nộp lại: %s."
                .formatted(
                    execution.getVariable("unitName"),
                    execution.getVariable("reviewComment"),
                    VietnameseFormats.dateTime(due))));
  }

  /** The report was returned: the unit is told why and by when. */
  public void returned(DelegateExecution execution) {
    Instant returnedAt = ReportSchedules.instantVariable(execution, "returnedAt");
    Instant due = schedules.calculator().reviseDeadline(returnedAt);
    notifier.send(
        new Notice(
            unitGroup(execution),
            NotificationKind.REPORT_RETURNED,
            execution.getProcessInstanceId(),
            execution.getProcessBusinessKey(),
            returnedAt,
            "Báo cáo kết quả thi đua năm %s được trả lại để chỉnh sửa"
                .formatted(execution.getVariable("year")),
            "Phòng Bảo trợ xã hội đã trả lại báo cáo của %s với ý kiến: \"%s\".\nHạn nộp lại: %s."
                .formatted(
                    execution.getVariable("unitName"),
                    execution.getVariable("reviewComment"),
                    VietnameseFormats.dateTime(due))));
  }

  private static String unitGroup(DelegateExecution execution) {
    return Unit.groupIdOf((String) execution.getVariable("unitCode"));
  }
}
