package vn.ldtbxh.thidua.round;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.VietnameseFormats;
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

  public ResultsCompilation(UnitReportRepository reports) {
    this.reports = reports;
  }

  /**
   * The table grows with the number of units, past the 4,000 characters of a string variable: it is
   * kept as a JSON-serialised value, which Tasklist's form receives as the same text.
   */
  public void onCreate(DelegateTask task) {
    String table = markdown(reports.findByRound(task.getExecution().getProcessBusinessKey()));
    task.getExecution()
        .setVariable(
            "resultsSummary",
            Variables.objectValue(table)
                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                .create());
  }

  static String markdown(List<UnitReport> units) {
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
                  indicators.rateChangeText()));
    }
    return table.toString();
  }
}
