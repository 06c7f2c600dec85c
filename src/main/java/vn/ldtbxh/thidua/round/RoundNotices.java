package vn.ldtbxh.thidua.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.deadline.DeadlineCalculator;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.MovementRepository;
import vn.ldtbxh.thidua.notification.Notice;
import vn.ldtbxh.thidua.notification.NotificationKind;
import vn.ldtbxh.thidua.notification.Notifier;
import vn.ldtbxh.thidua.organization.OrganizationName;
import vn.ldtbxh.thidua.organization.OrganizationNames;
import vn.ldtbxh.thidua.organization.Unit;

/**
 * The announcement of a round to every unit called to report: {@code
 * ${roundNotices.announce(execution)}}.
 */
@Component("roundNotices")
public class RoundNotices {

  private final Notifier notifier;
  private final RoundRepository rounds;
  private final DeadlineCalculator deadlines;
  private final MovementRepository movements;
  private final OrganizationNames names;

  public RoundNotices(
      Notifier notifier,
      RoundRepository rounds,
      DeadlineCalculator deadlines,
      MovementRepository movements,
      OrganizationNames names) {
    this.movements = movements;
    this.names = names;
    this.notifier = notifier;
    this.rounds = rounds;
    this.deadlines = deadlines;
  }

  public void announce(DelegateExecution execution) {
    String roundKey = (String) execution.getVariable("roundKey");
    Round round = rounds.findByKey(roundKey).orElseThrow();
    var due = deadlines.deadlineEnd(round.deadline());
    String subject =
        "Thông báo đợt thi đua %s năm %d: báo cáo kết quả trước %s"
            .formatted(round.type().vietnamese(), round.year(), VietnameseFormats.dateTime(due));
    Movement movement = movements.findByCode(round.movementCode()).orElseThrow();
    String basis =
        movement.planReference().isEmpty()
            ? "Thực hiện phong trào thi đua"
            : "Thực hiện %s của %s về phong trào thi đua"
                .formatted(
                    movement.planReference(),
                    names.on(OrganizationName.Kind.DEPARTMENT, movement.planDate()).orElse("Sở"));
    String body =
        """
        %s
        "%s",
        Sở đề nghị các đơn vị báo cáo kết quả thực hiện phong trào năm %d trên hệ thống Thi đua - khen thưởng
        (Tasklist, việc "Lập báo cáo kết quả") trước %s.
        """
            .formatted(basis, movement.name(), round.year(), VietnameseFormats.dateTime(due));
    for (String unitCode : rounds.unitCodes(roundKey)) {
      notifier.send(
          new Notice(
              Unit.groupIdOf(unitCode),
              NotificationKind.ANNOUNCEMENT,
              execution.getProcessInstanceId(),
              roundKey,
              due,
              subject,
              body));
    }
  }
}
