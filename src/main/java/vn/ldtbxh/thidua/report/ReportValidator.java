package vn.ldtbxh.thidua.report;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.Inputs;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.organization.UnitKind;

/**
 * The server's checks of a submitted report, whatever the client: whole non-negative counts, the
 * required figures and summary, and no part larger than its whole. The first error found is refused
 * with a Vietnamese message naming the fields; nothing is changed.
 */
@Component
public class ReportValidator {

  /** Texts longer than this cannot be kept as process variables. */
  static final int MAX_TEXT = 4000;

  static final long MAX_COUNT = 100_000_000L;

  public ReportContent validate(UnitKind kind, Map<String, Object> variables) {
    Map<ReportField, Long> figures = new EnumMap<>(ReportField.class);
    for (ReportField field : ReportField.values()) {
      Long value = Inputs.count(variables.get(field.variable()), field.label());
      if (value != null && field != ReportField.FUND_CONTRIBUTION && value > MAX_COUNT) {
        throw ThiduaException.invalid(
            "%s (%d) quá lớn, vui lòng kiểm tra lại.".formatted(field.label(), value));
      }
      if (value != null) {
        figures.put(field, value);
      }
    }
    Map<ReportTexts, String> texts = new EnumMap<>(ReportTexts.class);
    for (ReportTexts part : ReportTexts.values()) {
      String value = Inputs.text(variables.get(part.variable()));
      int max = part == ReportTexts.PILOT_COMMUNES ? 500 : MAX_TEXT;
      if (value != null && value.length() > max) {
        throw ThiduaException.invalid(
            "%s quá dài: tối đa %d ký tự (đã nhập %d)."
                .formatted(part.label(), max, value.length()));
      }
      if (value != null) {
        texts.put(part, value);
      }
    }
    if (!texts.containsKey(ReportTexts.SUMMARY)) {
      throw ThiduaException.invalid("Chưa nhập tóm tắt kết quả (summary) của báo cáo.");
    }
    if (kind == UnitKind.DISTRICT) {
      checkDistrict(figures);
    } else {
      figures.keySet().retainAll(java.util.Set.of(ReportField.FUND_CONTRIBUTION));
    }
    return new ReportContent(figures, texts);
  }

  private static void checkDistrict(Map<ReportField, Long> figures) {
    for (ReportField field : ReportField.districtFields()) {
      if (field.requiredForDistrict() && !figures.containsKey(field)) {
        throw ThiduaException.invalid("Chưa nhập %s.".formatted(field.label().toLowerCase()));
      }
    }
    figures.remove(ReportField.FUND_CONTRIBUTION);
    notAbove(figures, ReportField.POOR_START, ReportField.HOUSEHOLDS_TOTAL);
    notAbove(figures, ReportField.POOR_END, ReportField.HOUSEHOLDS_TOTAL);
    notAbove(figures, ReportField.NEAR_POOR_START, ReportField.HOUSEHOLDS_TOTAL);
    notAbove(figures, ReportField.NEAR_POOR_END, ReportField.HOUSEHOLDS_TOTAL);
    sumNotAbove(
        figures, ReportField.POOR_START, ReportField.NEAR_POOR_START, ReportField.HOUSEHOLDS_TOTAL);
    sumNotAbove(
        figures, ReportField.POOR_END, ReportField.NEAR_POOR_END, ReportField.HOUSEHOLDS_TOTAL);
    if (figures.get(ReportField.LEFT_POVERTY) > figures.get(ReportField.POOR_START)) {
      throw ThiduaException.invalid(
          "Số hộ thoát nghèo trong năm (%d) không thể nhiều hơn số hộ nghèo đầu năm (%d)."
              .formatted(
                  figures.get(ReportField.LEFT_POVERTY), figures.get(ReportField.POOR_START)));
    }
    notAbove(figures, ReportField.MERIT_POOR_HOUSEHOLDS, ReportField.POOR_END);
    notAbove(figures, ReportField.ALLOWANCE_RECEIVING, ReportField.ALLOWANCE_ENTITLED);
    notAbove(figures, ReportField.WORKERS_TRAINED_POOR, ReportField.WORKERS_TRAINED);
    notAbove(figures, ReportField.WORKERS_TRAINED_NEAR_POOR, ReportField.WORKERS_TRAINED);
    notAbove(figures, ReportField.WORKERS_TRAINED_ETHNIC, ReportField.WORKERS_TRAINED);
    sumNotAbove(
        figures,
        ReportField.WORKERS_TRAINED_POOR,
        ReportField.WORKERS_TRAINED_NEAR_POOR,
        ReportField.WORKERS_TRAINED);
    notAbove(figures, ReportField.CHILDREN_PROTECTED, ReportField.CHILDREN_SPECIAL);
  }

  private static void notAbove(
      Map<ReportField, Long> figures, ReportField part, ReportField whole) {
    Long partValue = figures.get(part);
    if (partValue == null) {
      return;
    }
    Long wholeValue = figures.get(whole);
    if (wholeValue == null) {
      throw ThiduaException.invalid(
          "Đã nhập %s thì phải nhập cả %s."
              .formatted(part.label().toLowerCase(), whole.label().toLowerCase()));
    }
    if (partValue > wholeValue) {
      throw ThiduaException.invalid(
          "%s (%d) không thể lớn hơn %s (%d)."
              .formatted(part.label(), partValue, whole.label().toLowerCase(), wholeValue));
    }
  }

  private static void sumNotAbove(
      Map<ReportField, Long> figures, ReportField a, ReportField b, ReportField whole) {
    Long first = figures.get(a);
    Long second = figures.get(b);
    Long wholeValue = figures.get(whole);
    if (first != null && second != null && wholeValue != null && first + second > wholeValue) {
      throw ThiduaException.invalid(
          "%s và %s cộng lại (%d) không thể lớn hơn %s (%d)."
              .formatted(
                  a.label(),
                  b.label().toLowerCase(),
                  first + second,
                  whole.label().toLowerCase(),
                  wholeValue));
    }
  }
}
