package vn.ldtbxh.thidua.report;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.common.Inputs;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.round.Round;
import vn.ldtbxh.thidua.round.RoundRepository;
import vn.ldtbxh.thidua.security.AccessRules;

/**
 * Social protection reopens an accepted report while the round's summary is not approved: message
 * {@code reportReopened} starts {@code unit-report} again at the unit's revision ({@code
 * reviseReport}).
 */
@Component
public class ReportReopening {

  public static final String MESSAGE = "reportReopened";
  static final int MAX_REASON = 2000;
  private static final Logger LOG = LoggerFactory.getLogger(ReportReopening.class);

  private final UnitReportRepository reports;
  private final RoundRepository rounds;
  private final RuntimeService runtime;

  public ReportReopening(
      UnitReportRepository reports, RoundRepository rounds, RuntimeService runtime) {
    this.reports = reports;
    this.rounds = rounds;
    this.runtime = runtime;
  }

  /** Reopens the report {@code businessKey}; answers the new process instance. */
  public ProcessInstance reopen(String businessKey, CurrentUser user, Object reasonInput) {
    user.require(
        AccessRules.REOPENERS, "mở lại báo cáo đã được chấp nhận (chỉ Phòng Bảo trợ xã hội)");
    UnitReport report =
        reports
            .findByBusinessKey(businessKey)
            .orElseThrow(
                () -> ThiduaException.notFound("Không có báo cáo \"%s\".".formatted(businessKey)));
    if (user.belongsToUnit(report.unitCode())) {
      throw ThiduaException.forbidden(
          ("Bạn thuộc đơn vị lập báo cáo này (%s) nên không thể mở lại báo cáo của đơn vị "
                  + "mình.")
              .formatted(report.unitName()));
    }
    String reason = Inputs.text(reasonInput);
    if (reason == null) {
      throw ThiduaException.invalid(
          "Vui lòng ghi lý do mở lại báo cáo (reason): đơn vị sẽ nhận được lý do này.");
    }
    if (reason.length() > MAX_REASON) {
      throw ThiduaException.invalid("Lý do mở lại báo cáo dài quá %d ký tự.".formatted(MAX_REASON));
    }
    if (report.status() != ReportStatus.ACCEPTED) {
      throw ThiduaException.conflict(
          "Báo cáo của %s đang ở trạng thái \"%s\": chỉ mở lại được báo cáo đã được chấp nhận."
              .formatted(report.unitName(), report.status().vietnamese()));
    }
    Round round = rounds.findByKey(report.roundKey()).orElseThrow();
    if (!round.isOpen()) {
      throw ThiduaException.conflict(
          "Báo cáo tổng hợp của đợt %s đã được phê duyệt%s: không thể mở lại báo cáo."
              .formatted(
                  round.roundKey(),
                  round.summaryApprovedAt() == null
                      ? ""
                      : " lúc " + VietnameseFormats.dateTime(round.summaryApprovedAt())));
    }
    ProcessInstance instance =
        runtime
            .createMessageCorrelation(MESSAGE)
            .processInstanceBusinessKey(businessKey)
            .setVariable("roundKey", round.roundKey())
            .setVariable("unitCode", report.unitCode())
            .setVariable("year", round.year())
            .setVariable("roundType", round.type().name())
            .setVariable("movement", round.movementCode())
            .setVariable("reopenedBy", user.userId())
            .setVariable("reopenReason", reason)
            .correlateStartMessage();
    LOG.info(
        "Report {} reopened by {} in process instance {}",
        businessKey,
        user.userId(),
        instance.getId());
    return instance;
  }
}
