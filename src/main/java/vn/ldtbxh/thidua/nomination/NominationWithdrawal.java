package vn.ldtbxh.thidua.nomination;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.common.Inputs;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.security.AccessRules;

/**
 * A unit withdraws its own nomination before the council sees it: message {@code
 * nominationWithdrawalRequested} interrupts {@code award-nomination}, which ends as withdrawn and
 * tells social protection.
 */
@Component
public class NominationWithdrawal {

  public static final String MESSAGE = "nominationWithdrawalRequested";

  /** The steps before the council, where a unit may still withdraw. */
  public static final Set<NominationStatus> WITHDRAWABLE =
      EnumSet.of(
          NominationStatus.SUBMITTED,
          NominationStatus.VERIFYING,
          NominationStatus.RETURNED,
          NominationStatus.CHECKING,
          NominationStatus.INCOMPLETE);

  static final int MAX_REASON = 2000;
  private static final Logger LOG = LoggerFactory.getLogger(NominationWithdrawal.class);

  private final NominationRepository nominations;
  private final RuntimeService runtime;
  private final Clock clock;

  public NominationWithdrawal(
      NominationRepository nominations, RuntimeService runtime, Clock clock) {
    this.nominations = nominations;
    this.runtime = runtime;
    this.clock = clock;
  }

  public Nomination withdraw(String key, CurrentUser user, Object reasonInput) {
    Nomination nomination =
        nominations
            .find(key)
            .orElseThrow(
                () ->
                    ThiduaException.notFound(
                        "Không có hồ sơ đề nghị khen thưởng \"%s\".".formatted(key)));
    if (!AccessRules.withdraws(user.groups(), nomination.unitCode())) {
      throw ThiduaException.forbidden("Chỉ đơn vị lập hồ sơ mới được rút hồ sơ %s.".formatted(key));
    }
    String reason = Inputs.text(reasonInput);
    if (reason == null) {
      throw ThiduaException.invalid("Vui lòng ghi lý do rút hồ sơ (reason).");
    }
    if (reason.length() > MAX_REASON) {
      throw ThiduaException.invalid("Lý do rút hồ sơ dài quá %d ký tự.".formatted(MAX_REASON));
    }
    requireWithdrawable(nomination);
    try {
      runtime
          .createMessageCorrelation(MESSAGE)
          .processInstanceId(nomination.processInstanceId())
          .setVariable("withdrawalReason", reason)
          .setVariable("withdrawnBy", user.userId())
          .setVariable("withdrawnAt", clock.instant().toString())
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException ended) {
      throw ThiduaException.conflict(
          "Hồ sơ %s vừa kết thúc hoặc đã chuyển bước: vui lòng tải lại trang.".formatted(key));
    }
    LOG.info("Nomination {} withdrawn by {}", key, user.userId());
    return nominations.find(key).orElseThrow();
  }

  /** Refuses with a Vietnamese message once the nomination reached the council or ended. */
  static void requireWithdrawable(Nomination nomination) {
    if (!WITHDRAWABLE.contains(nomination.status())) {
      throw ThiduaException.conflict(
          ("Hồ sơ %s đang ở trạng thái \"%s\": đơn vị chỉ rút được hồ sơ chưa trình Hội đồng "
                  + "Thi đua - Khen thưởng.")
              .formatted(nomination.businessKey(), nomination.status().vietnamese()));
    }
  }
}
