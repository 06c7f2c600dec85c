package vn.ldtbxh.thidua.report;

/** The text parts of a report. */
public enum ReportTexts {
  SUMMARY("summary", "summary", "Tóm tắt kết quả"),
  PILOT_COMMUNES("pilotCommunes", "pilot_communes", "Xã điểm của phong trào"),
  ACTIVITIES("activities", "activities", "Các hoạt động hưởng ứng phong trào"),
  FIELD_FIGURES("fieldFigures", "field_figures", "Số liệu chủ yếu của lĩnh vực"),
  INITIATIVES("initiatives", "initiatives", "Sáng kiến, cách làm hay");

  private final String variable;
  private final String column;
  private final String label;

  ReportTexts(String variable, String column, String label) {
    this.variable = variable;
    this.column = column;
    this.label = label;
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
}
