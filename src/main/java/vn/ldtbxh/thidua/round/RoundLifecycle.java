package vn.ldtbxh.thidua.round;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.Inputs;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.report.ReportStatus;
import vn.ldtbxh.thidua.report.UnitReport;
import vn.ldtbxh.thidua.report.UnitReportRepository;

/**
 * The start and end of an {@code emulation-round} instance. At start: validates the request, gives
 * the instance its business key (round-2026, round-2020-final), records the round and its units,
 * and keeps only small, normalised variables. Called as {@code
 * ${roundLifecycle.onStart(execution)}}.
 */
@Component("roundLifecycle")
public class RoundLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(RoundLifecycle.class);

  private final RoundRequestValidator validator;
  private final RoundRepository rounds;
  private final IdentityService identity;
  private final UnitReportRepository reports;
  private final Clock clock;

  public RoundLifecycle(
      RoundRequestValidator validator,
      RoundRepository rounds,
      IdentityService identity,
      UnitReportRepository reports,
      Clock clock) {
    this.reports = reports;
    this.validator = validator;
    this.rounds = rounds;
    this.identity = identity;
    this.clock = clock;
  }

  public void onStart(DelegateExecution execution) {
    Instant now = clock.instant();
    RoundRequest request = validator.validate(execution.getVariables(), now);
    String given = Inputs.text(execution.getProcessBusinessKey());
    if (given != null && !given.equals(request.roundKey())) {
      throw ThiduaException.invalid(
          "Khóa nghiệp vụ của đợt thi đua phải là \"%s\", không phải \"%s\"."
              .formatted(request.roundKey(), given));
    }
    execution.setProcessBusinessKey(request.roundKey());
    Authentication user = identity.getCurrentAuthentication();
    rounds.insert(
        new Round(
            request.roundKey(),
            request.movement().code(),
            request.year(),
            request.type(),
            request.deadline(),
            execution.getProcessInstanceId(),
            Round.OPEN,
            user == null ? null : user.getUserId(),
            now,
            null),
        request.unitCodes());
    execution.setVariable("roundKey", request.roundKey());
    execution.setVariable("movement", request.movement().code());
    execution.setVariable("movementName", request.movement().name());
    execution.setVariable("year", request.year());
    execution.setVariable("roundType", request.type().name());
    execution.setVariable("deadline", request.deadline().toString());
    execution.setVariable("deadlineText", VietnameseFormats.dateTime(request.due()));
    // the round's units are in round_unit; the variable shows them. A province's list is longer
    // than the
    // 4,000 characters of a string variable: it is kept as a JSON list, as the start form's
    // checklist sends it.
    execution.setVariable(
        "unitCodes",
        Variables.objectValue(new ArrayList<>(request.unitCodes()))
            .serializationDataFormat(Variables.SerializationDataFormats.JSON)
            .create());
    execution.setVariable("unitCount", request.unitCodes().size());
    LOG.info(
        "Round {} opened for {} units, due {}",
        request.roundKey(),
        request.unitCodes().size(),
        request.due());
  }

  /**
   * The units called to report, for the multi-instance call: {@code
   * ${roundLifecycle.units(execution)}}.
   */
  public java.util.List<String> units(DelegateExecution execution) {
    return rounds.unitCodes((String) execution.getVariable("roundKey"));
  }

  /** Business key of one unit's report: 2026-dongxoai or 2020-final-dongxoai. */
  public String reportBusinessKey(DelegateExecution execution) {
    RoundType type = RoundType.valueOf((String) execution.getVariable("roundType"));
    return type.reportBusinessKey(
        (Integer) execution.getVariable("year"), (String) execution.getVariable("unitCode"));
  }

  /**
   * The directors approve the summary only when every report is settled: a report social protection
   * reopened must be accepted again first (its figures are in the summary).
   */
  public void onSummaryDecided(DelegateTask task) {
    if (!"APPROVED".equals(task.getVariable("summaryOutcome"))) {
      return;
    }
    List<String> reopened =
        reports.findByRound(task.getExecution().getProcessBusinessKey()).stream()
            .filter(
                report ->
                    report.status() == ReportStatus.SUBMITTED
                        || report.status() == ReportStatus.RETURNED)
            .map(UnitReport::unitName)
            .toList();
    if (!reopened.isEmpty()) {
      throw ThiduaException.conflict(
          ("Báo cáo của %s đã được mở lại và chưa được chấp nhận lại: chỉ phê duyệt báo cáo "
                  + "tổng hợp khi Phòng Bảo trợ xã hội đã thẩm định xong.")
              .formatted(String.join(", ", reopened)));
    }
  }

  /** The directors approved the summary: the round is closed. */
  public void close(DelegateExecution execution) {
    rounds.close((String) execution.getVariable("roundKey"), clock.instant());
  }
}
