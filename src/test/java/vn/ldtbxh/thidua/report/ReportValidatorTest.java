package vn.ldtbxh.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.organization.UnitKind;

class ReportValidatorTest {

  final ReportValidator validator = new ReportValidator();

  static Map<String, Object> district() {
    Map<String, Object> report =
        new HashMap<>(
            Map.of(
                "householdsTotal",
                1000,
                "poorStart",
                100,
                "poorEnd",
                90L,
                "nearPoorStart",
                50,
                "nearPoorEnd",
                "40",
                "leftPoverty",
                20.0,
                "newlyPoor",
                5,
                "relapsed",
                0,
                "summary",
                "Tốt"));
    report.put("workersTrained", 30);
    report.put("workersTrainedPoor", 10);
    return report;
  }

  @Test
  void wholeNumbersAreAcceptedWhateverTheirType() {
    ReportContent content = validator.validate(UnitKind.DISTRICT, district());
    assertThat(content.figure(ReportField.POOR_END)).isEqualTo(90L);
    assertThat(content.figure(ReportField.NEAR_POOR_END)).isEqualTo(40L);
    assertThat(content.figure(ReportField.LEFT_POVERTY)).isEqualTo(20L);
  }

  @ParameterizedTest(name = "{0} = {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "poorStart|-1|không được là số âm",
        "leftPoverty|2.5|không có phần thập phân",
        "relapsed|abc|phải là một số nguyên",
        "poorEnd|1001|không thể lớn hơn tổng số hộ dân",
        "poorStart|1001|không thể lớn hơn tổng số hộ dân",
        "leftPoverty|101|không thể nhiều hơn số hộ nghèo đầu năm",
        "nearPoorStart|950|cộng lại (1050) không thể lớn hơn tổng số hộ dân",
        "workersTrainedPoor|31|không thể lớn hơn số lao động được đào tạo nghề",
        "summary||Chưa nhập tóm tắt",
        "householdsTotal||Chưa nhập tổng số hộ dân"
      })
  void badFiguresAreRefusedWithAVietnameseMessage(String field, String value, String message) {
    Map<String, Object> report = district();
    report.put(field, value);
    assertThatThrownBy(() -> validator.validate(UnitKind.DISTRICT, report))
        .isInstanceOf(ThiduaException.class)
        .hasMessageContaining(message)
        .satisfies(error -> assertThat(((ThiduaException) error).status()).isEqualTo(400));
  }

  @Test
  void divisionsReportTheirFieldAndTheFundContribution() {
    ReportContent content =
        validator.validate(
            UnitKind.DIVISION,
            Map.of("summary", "Tốt", "fundContribution", 15000000, "householdsTotal", 12));
    assertThat(content.figure(ReportField.FUND_CONTRIBUTION)).isEqualTo(15_000_000L);
    assertThat(content.figure(ReportField.HOUSEHOLDS_TOTAL)).isNull();
    assertThatThrownBy(
            () ->
                validator.validate(
                    UnitKind.CENTRE, Map.of("summary", "Tốt", "fundContribution", -5)))
        .hasMessageContaining("không được là số âm");
  }

  @Test
  void tooLongTextsAreRefused() {
    Map<String, Object> report = district();
    report.put("summary", "x".repeat(4001));
    assertThatThrownBy(() -> validator.validate(UnitKind.DISTRICT, report))
        .hasMessageContaining("tối đa 4000 ký tự");
  }
}
