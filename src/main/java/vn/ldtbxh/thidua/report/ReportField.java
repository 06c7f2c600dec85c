package vn.ldtbxh.thidua.report;

import java.util.Arrays;
import java.util.List;

/**
 * The figures of a unit's report: the variable the form sends, the column it is stored in and its
 * Vietnamese label. District units report the poverty indicators; divisions and centres their
 * field.
 */
public enum ReportField {
  HOUSEHOLDS_TOTAL("householdsTotal", "households_total", "Tổng số hộ dân", true),
  POOR_START("poorStart", "poor_start", "Số hộ nghèo đầu năm", true),
  POOR_END("poorEnd", "poor_end", "Số hộ nghèo cuối năm", true),
  NEAR_POOR_START("nearPoorStart", "near_poor_start", "Số hộ cận nghèo đầu năm", true),
  NEAR_POOR_END("nearPoorEnd", "near_poor_end", "Số hộ cận nghèo cuối năm", true),
  LEFT_POVERTY("leftPoverty", "left_poverty", "Số hộ thoát nghèo trong năm", true),
  NEWLY_POOR("newlyPoor", "newly_poor", "Số hộ nghèo phát sinh mới", true),
  RELAPSED("relapsed", "relapsed", "Số hộ tái nghèo", true),
  MERIT_POOR_HOUSEHOLDS(
      "meritPoorHouseholds",
      "merit_poor_households",
      "Số hộ nghèo thuộc diện người có công",
      false),
  ALLOWANCE_ENTITLED(
      "allowanceEntitled",
      "allowance_entitled",
      "Số đối tượng đủ điều kiện hưởng trợ cấp xã hội",
      false),
  ALLOWANCE_RECEIVING(
      "allowanceReceiving", "allowance_receiving", "Số đối tượng đang hưởng trợ cấp xã hội", false),
  WORKERS_TRAINED("workersTrained", "workers_trained", "Số lao động được đào tạo nghề", false),
  WORKERS_TRAINED_POOR(
      "workersTrainedPoor",
      "workers_trained_poor",
      "Số lao động được đào tạo thuộc hộ nghèo",
      false),
  WORKERS_TRAINED_NEAR_POOR(
      "workersTrainedNearPoor",
      "workers_trained_near_poor",
      "Số lao động được đào tạo thuộc hộ cận nghèo",
      false),
  WORKERS_TRAINED_ETHNIC(
      "workersTrainedEthnic",
      "workers_trained_ethnic",
      "Số lao động được đào tạo là người dân tộc thiểu số",
      false),
  JOBS_CREATED("jobsCreated", "jobs_created", "Số lao động được giải quyết việc làm", false),
  WORKERS_ABROAD("workersAbroad", "workers_abroad", "Số lao động đi làm việc ở nước ngoài", false),
  CHILDREN_SPECIAL("childrenSpecial", "children_special", "Số trẻ em có hoàn cảnh đặc biệt", false),
  CHILDREN_PROTECTED(
      "childrenProtected",
      "children_protected",
      "Số trẻ em có hoàn cảnh đặc biệt được trợ giúp, bảo vệ",
      false),
  FUND_CONTRIBUTION(
      "fundContribution", "fund_contribution", "Đóng góp Quỹ \"Vì người nghèo\" (đồng)", false);

  private final String variable;
  private final String column;
  private final String label;
  private final boolean requiredForDistrict;

  ReportField(String variable, String column, String label, boolean requiredForDistrict) {
    this.variable = variable;
    this.column = column;
    this.label = label;
    this.requiredForDistrict = requiredForDistrict;
  }

  public String variable() {
    return variable;
  }

  public String column() {
    return column;
  }

  public String label() {
    return label;
  }

  public boolean requiredForDistrict() {
    return requiredForDistrict;
  }

  /** The counts a district reports (all but the fund contribution). */
  public static List<ReportField> districtFields() {
    return Arrays.stream(values()).filter(field -> field != FUND_CONTRIBUTION).toList();
  }
}
