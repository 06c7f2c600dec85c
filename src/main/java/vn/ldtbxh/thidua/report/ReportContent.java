package vn.ldtbxh.thidua.report;

import java.util.EnumMap;
import java.util.Map;

/** What a unit submitted: its counts and texts, validated. */
public record ReportContent(Map<ReportField, Long> figures, Map<ReportTexts, String> texts) {

  public ReportContent {
    figures = new EnumMap<>(figures.isEmpty() ? new EnumMap<>(ReportField.class) : figures);
    texts = new EnumMap<>(texts.isEmpty() ? new EnumMap<>(ReportTexts.class) : texts);
  }

  public Long figure(ReportField field) {
    return figures.get(field);
  }

  public String text(ReportTexts part) {
    return texts.get(part);
  }
}
