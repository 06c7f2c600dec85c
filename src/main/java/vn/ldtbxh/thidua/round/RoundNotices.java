package vn.ldtbxh.thidua.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.deadline.DeadlineCalculator;
import vn.ldtbxh.thidua.notification.Notice;
import vn.ldtbxh.thidua.notification.NotificationKind;
import vn.ldtbxh.thidua.notification.Notifier;
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

  public RoundNotices(Notifier notifier, RoundRepository rounds, DeadlineCalculator deadlines) {
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
    String body =
        """
        Thực hiện Kế hoạch số 179/KH-LĐTBXH ngày 12/7/2018 của Sở Lao động - Thương binh và Xã hội về phong trào thi đua
        "%s",
        Sở đề nghị các đơn vị báo cáo kết quả thực hiện phong trào năm %d trên hệ thống Thi đua - khen thưởng
        (Tasklist, việc "Lập báo cáo kết quả") trước %s.
        """
            .formatted(
                execution.getVariable("movementName"),
                round.year(),
                VietnameseFormats.dateTime(due));
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
