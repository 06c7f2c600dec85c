package vn.ldtbxh.thidua.nomination;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.deadline.DeadlineCalculator;
import vn.ldtbxh.thidua.notification.Notice;
import vn.ldtbxh.thidua.notification.NotificationKind;
import vn.ldtbxh.thidua.notification.Notifier;
import vn.ldtbxh.thidua.organization.RoleGroup;
import vn.ldtbxh.thidua.organization.Unit;

/**
 * The notices of a nomination, sent from asynchronous service tasks of {@code award-nomination}.
 */
@Component("nominationNotices")
public class NominationNotices {

  private final Notifier notifier;
  private final NominationRepository nominations;
  private final DeadlineCalculator calculator;
  private final Clock clock;

  public NominationNotices(
      Notifier notifier,
      NominationRepository nominations,
      DeadlineCalculator calculator,
      Clock clock) {
    this.notifier = notifier;
    this.nominations = nominations;
    this.calculator = calculator;
    this.clock = clock;
  }

  public void ineligible(DelegateExecution execution) {
    Nomination nomination = nominations.find(execution.getProcessBusinessKey()).orElseThrow();
    toUnit(
        execution,
        NotificationKind.NOMINATION_INELIGIBLE,
        nomination.submittedAt(),
        "Hồ sơ đề nghị khen thưởng không đủ điều kiện: %s".formatted(nomination.nomineeName()),
        "Hồ sơ đề nghị %s cho %s không đủ điều kiện.\nLý do: %s"
            .formatted(
                execution.getVariable("awardFormName"),
                nomination.nomineeName(),
                nomination.statusReason()));
  }

  public void dossierIncomplete(DelegateExecution execution) {
    Instant returned = instant(execution, "dossierReturnedAt");
    toUnit(
        execution,
        NotificationKind.DOSSIER_INCOMPLETE,
        returned,
        "Đề nghị hoàn thiện hồ sơ khen thưởng: %s".formatted(execution.getVariable("nomineeName")),
        "Văn phòng Sở đề nghị đơn vị hoàn thiện hồ sơ đề nghị %s cho %s: %s\nHạn hoàn thiện: %s."
            .formatted(
                execution.getVariable("awardFormName"),
                execution.getVariable("nomineeName"),
                execution.getVariable("dossierComment"),
                VietnameseFormats.dateTime(calculator.completeDossierDeadline(returned))));
  }

  public void dossierReminder(DelegateExecution execution) {
    Instant due = calculator.completeDossierDeadline(instant(execution, "dossierReturnedAt"));
    if (!clock.instant().isBefore(due)) {
      return;
    }
    toUnit(
        execution,
        NotificationKind.DOSSIER_REMINDER,
        due,
        "Nhắc hạn hoàn thiện hồ sơ khen thưởng: %s".formatted(execution.getVariable("nomineeName")),
        "Hạn hoàn thiện hồ sơ đề nghị khen thưởng cho %s là %s. Quá hạn, hồ sơ sẽ bị rút."
            .formatted(execution.getVariable("nomineeName"), VietnameseFormats.dateTime(due)));
  }

  public void withdrawn(DelegateExecution execution) {
    Instant due = calculator.completeDossierDeadline(instant(execution, "dossierReturnedAt"));
    String subject =
        "Hồ sơ đề nghị khen thưởng bị rút: %s".formatted(execution.getVariable("nomineeName"));
    String body =
        "Đơn vị không hoàn thiện hồ sơ đề nghị %s cho %s trước %s: hồ sơ bị rút."
            .formatted(
                execution.getVariable("awardFormName"),
                execution.getVariable("nomineeName"),
                VietnameseFormats.dateTime(due));
    toUnit(execution, NotificationKind.DOSSIER_WITHDRAWN, due, subject, body);
    notifier.send(
        new Notice(
            RoleGroup.SOCIAL_PROTECTION.groupId(),
            NotificationKind.DOSSIER_WITHDRAWN,
            execution.getProcessInstanceId(),
            execution.getProcessBusinessKey(),
            due,
            subject,
            body));
  }

  /**
   * The unit withdrew its nomination: social protection is told, and the unit gets the
   * confirmation.
   */
  public void withdrawnByUnit(DelegateExecution execution) {
    Instant at = instant(execution, "withdrawnAt");
    String subject =
        "Đơn vị rút hồ sơ đề nghị khen thưởng: %s".formatted(execution.getVariable("nomineeName"));
    String body =
        "%s đã rút hồ sơ đề nghị %s cho %s lúc %s. Lý do: %s"
            .formatted(
                execution.getVariable("unitName"),
                execution.getVariable("awardFormName"),
                execution.getVariable("nomineeName"),
                VietnameseFormats.dateTime(at),
                execution.getVariable("withdrawalReason"));
    notifier.send(
        new Notice(
            RoleGroup.SOCIAL_PROTECTION.groupId(),
            NotificationKind.NOMINATION_WITHDRAWN,
            execution.getProcessInstanceId(),
            execution.getProcessBusinessKey(),
            at,
            subject,
            body));
    toUnit(execution, NotificationKind.NOMINATION_WITHDRAWN, at, subject, body);
  }

  /** Every 30 days while the Province has not decided: the office is reminded to follow up. */
  public void provinceFollowUp(DelegateExecution execution) {
    Instant moment = clock.instant().truncatedTo(ChronoUnit.DAYS);
    notifier.send(
        new Notice(
            RoleGroup.OFFICE.groupId(),
            NotificationKind.PROVINCE_FOLLOW_UP,
            execution.getProcessInstanceId(),
            execution.getProcessBusinessKey(),
            moment,
            "Theo dõi kết quả đề nghị khen thưởng: %s"
                .formatted(execution.getVariable("nomineeName")),
            "Tờ trình %s ngày %s đề nghị %s cho %s (%s) chưa có kết quả. Đề nghị Văn phòng Sở theo dõi, đôn đốc."
                .formatted(
                    execution.getVariable("submissionNumber"),
                    execution.getVariable("submissionDateText"),
                    execution.getVariable("awardFormName"),
                    execution.getVariable("nomineeName"),
                    execution.getVariable("unitName"))));
  }

  /** The outcome (awarded or not) to the unit and to social protection. */
  public void outcome(DelegateExecution execution) {
    Nomination nomination = nominations.find(execution.getProcessBusinessKey()).orElseThrow();
    String subject =
        "Kết quả đề nghị khen thưởng: %s - %s"
            .formatted(nomination.nomineeName(), nomination.status().vietnamese());
    String body =
        nomination.status() == NominationStatus.AWARDED
            ? "%s được tặng %s theo Quyết định số %s ngày %s."
                .formatted(
                    nomination.nomineeName(),
                    nomination.awardForm().vietnamese(),
                    nomination.decisionNumber(),
                    VietnameseFormats.date(nomination.decisionDate()))
            : "Hồ sơ đề nghị %s cho %s không được khen thưởng. %s"
                .formatted(
                    nomination.awardForm().vietnamese(),
                    nomination.nomineeName(),
                    nomination.statusReason() == null ? "" : "Lý do: " + nomination.statusReason());
    Instant moment = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    toUnit(execution, NotificationKind.NOMINATION_OUTCOME, moment, subject, body);
    notifier.send(
        new Notice(
            RoleGroup.SOCIAL_PROTECTION.groupId(),
            NotificationKind.NOMINATION_OUTCOME,
            execution.getProcessInstanceId(),
            execution.getProcessBusinessKey(),
            moment,
            subject,
            body));
  }

  private void toUnit(
      DelegateExecution execution,
      NotificationKind kind,
      Instant about,
      String subject,
      String body) {
    notifier.send(
        new Notice(
            Unit.groupIdOf((String) execution.getVariable("unitCode")),
            kind,
            execution.getProcessInstanceId(),
            execution.getProcessBusinessKey(),
            about,
            subject,
            body));
  }

  private Instant instant(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? clock.instant() : Instant.parse(value.toString());
  }
}
