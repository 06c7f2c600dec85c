package vn.ldtbxh.thidua.bench;

import java.lang.reflect.Method;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ldtbxh.thidua.report.UnitReportRepository;
import vn.ldtbxh.thidua.round.ResultsCompilation;

/**
 * The one change the benchmark makes to the application, needed because of a defect found by it: with
 * more than about 25 units the round's {@code resultsSummary} (a Markdown table of every unit) is longer
 * than the 4,000 characters of a Camunda string variable, so the approval of the last report fails
 * ("Value too long for column TEXT_"). Here the same text is stored as a JSON-serialized object (a byte
 * array), which has no length limit. See docs/performance.md.
 */
@Configuration(proxyBeanMethods = false)
class BenchOverrides {

  @Bean("resultsCompilation")
  ResultsCompilation resultsCompilation(UnitReportRepository reports) {
    return new LongSummaryCompilation(reports);
  }

  static class LongSummaryCompilation extends ResultsCompilation {

    private final UnitReportRepository reports;
    private final Method markdown;

    LongSummaryCompilation(UnitReportRepository reports) {
      super(reports);
      this.reports = reports;
      try {
        markdown = ResultsCompilation.class.getDeclaredMethod("markdown", List.class);
        markdown.setAccessible(true);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void onCreate(DelegateTask task) {
      String text;
      try {
        text = (String) markdown.invoke(null, reports.findByRound((String) task.getVariable("roundKey")));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      task.getExecution().setVariable("resultsSummary",
          Variables.objectValue(text).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
  }
}
