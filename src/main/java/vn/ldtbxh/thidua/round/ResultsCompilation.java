package vn.ldtbxh.thidua.round;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.movement.Indicator;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.MovementRepository;
import vn.ldtbxh.thidua.movement.TargetBook;
import vn.ldtbxh.thidua.movement.Targets;
import vn.ldtbxh.thidua.report.PovertyIndicators;
import vn.ldtbxh.thidua.report.ReportStatus;
import vn.ldtbxh.thidua.report.UnitReport;
import vn.ldtbxh.thidua.report.UnitReportRepository;

/**
 * When compileResults opens: every unit's status and key figures, as a Markdown table the form
 * shows ({@code resultsSummary}).
 */
@Component("resultsCompilation")
public class ResultsCompilation {

  private final UnitReportRepository reports;
  private final RoundRepository rounds;
  private final MovementRepository movements;
  private final TargetBook targets;

  public ResultsCompilation(
      UnitReportRepository reports,
      RoundRepository rounds,
      MovementRepository movements,
      TargetBook targets) {
    this.reports = reports;
    this.rounds = rounds;
    this.movements = movements;
    this.targets = targets;
  }

  /**
   * The table grows with the number of units, past the 4,000 characters of a string variable: it is
   * kept as a JSON-serialised value, which Tasklist's form receives as the same text.
   */
  public void onCreate(DelegateTask task) {
    String roundKey = task.getExecution().getProcessBusinessKey();
    Round round = rounds.findByKey(roundKey).orElseThrow();
    Movement movement = movements.findByCode(round.movementCode()).orElseThrow();
    List<UnitReport> units = reports.findByRound(roundKey);
    Map<String, Targets> own =
        targets.forRound(movement, roundKey, units.stream().map(UnitReport::unitCode).toList());
    String table = markdown(units, own);
    task.getExecution()
        .setVariable(
            "resultsSummary",
            Variables.objectValue(table)
                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                .create());
  }

  /** The table; each unit's fall of the poverty rate against its own target. */
  static String markdown(List<UnitReport> units, Map<String, Targets> targets) {
    StringBuilder table = new StringBuilder();
    long accepted = units.stream().filter(r -> r.status() == ReportStatus.ACCEPTED).count();
    long late = units.stream().filter(UnitReport::late).count();
    long missing = units.stream().filter(r -> r.status() == ReportStatus.NOT_SUBMITTED).count();
    table.append(
        "**%d đơn vị**: %d báo cáo được chấp nhận, %d nộp muộn, %d không nộp.\n\n"
            .formatted(units.size(), accepted, late, missing));
    table.append(
        "| Đơn vị | Tình trạng | Nộp lúc | Hộ nghèo đầu năm → cuối năm | Tỷ lệ nghèo (điểm %) |\n");
    table.append("|---|---|---|---|---|\n");
    for (UnitReport report : units) {
      PovertyIndicators indicators = PovertyIndicators.of(report.content());
      table.append(
          "| %s | %s%s | %s | %s | %s |\n"
              .formatted(
                  report.unitName(),
                  report.status().vietnamese(),
                  report.late() && report.status() != ReportStatus.NOT_SUBMITTED ? " (muộn)" : "",
                  VietnameseFormats.dateTime(report.submittedAt()),
                  indicators.poorChangeText(),
                  indicators.rateChangeText(
                      targets.get(report.unitCode()).get(Indicator.POVERTY_RATE_FALL))));
    }
    return table.toString();
  }
}
