package vn.ldtbxh.thidua.deadline;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ldtbxh.thidua.common.ThiduaException;

/** What the office may send as a year's calendar, and the Vietnamese refusals. */
class CalendarYearRulesTest {

  static Map<String, Object> entry(String date, String kind, String note) {
    Map<String, Object> entry = new HashMap<>();
    entry.put("date", date);
    entry.put("kind", kind);
    entry.put("note", note);
    return entry;
  }

  static void refused(Runnable call, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOf(ThiduaException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((ThiduaException) e).status()).isEqualTo(400));
  }

  @Test
  void aValidYearIsSortedByDateWithItsNotes() {
    List<CalendarEntry> entries =
        CalendarYearRules.entries(
            2027,
            List.of(
                entry("2027-09-03", "ADJACENT", "Thông báo"),
                entry("2027-01-02", "work", null),
                entry("2027-01-01", "OFF", "  ")));
    assertThat(entries)
        .containsExactly(
            new CalendarEntry(of(2027, 1, 1), CalendarKind.OFF, null),
            new CalendarEntry(of(2027, 1, 2), CalendarKind.WORK, null),
            new CalendarEntry(of(2027, 9, 3), CalendarKind.ADJACENT, "Thông báo"));
    assertThat(CalendarYearRules.entries(2027, List.of())).isEmpty();
  }

  @Test
  void theYearMustBeANumberInTheCalendarsRange() {
    assertThat(CalendarYearRules.year("2027")).isEqualTo(2027);
    refused(() -> CalendarYearRules.year("hai-nghin"), "năm phải là một số");
    refused(() -> CalendarYearRules.year("1800"), "nằm ngoài khoảng lịch tính được");
  }

  @Test
  void aDateOutsideTheYearIsRefused() {
    refused(
        () -> CalendarYearRules.entries(2027, List.of(entry("2028-01-01", "OFF", null))),
        "Ngày 01/01/2028 (mục thứ 1) không thuộc năm 2027");
  }

  @Test
  void aDateWrittenTwiceIsRefused() {
    refused(
        () ->
            CalendarYearRules.entries(
                2027, List.of(entry("2027-05-03", "OFF", null), entry("2027-05-03", "WORK", null))),
        "Ngày 03/05/2027 được ghi hai lần (mục thứ 1 và 2)");
  }

  @Test
  void anUnknownKindIsRefused() {
    refused(
        () -> CalendarYearRules.entries(2027, List.of(entry("2027-05-03", "HOLIDAY", null))),
        "Loại ngày \"HOLIDAY\" (mục thứ 1) không hợp lệ");
    refused(
        () -> CalendarYearRules.entries(2027, List.of(entry("2027-05-03", null, null))),
        "thiếu loại ngày");
  }

  @Test
  void aDateNotWrittenYearMonthDayIsRefused() {
    refused(
        () -> CalendarYearRules.entries(2027, List.of(entry("03/05/2027", "OFF", null))),
        "không đúng dạng năm-tháng-ngày (yyyy-MM-dd)");
    refused(
        () -> CalendarYearRules.entries(2027, List.of(entry(null, "OFF", null))),
        "Mục thứ 1 thiếu ngày");
  }

  @Test
  void theBodyMustBeAListOfObjects() {
    refused(() -> CalendarYearRules.entries(2027, Map.of("date", "x")), "phải là một danh sách");
    refused(() -> CalendarYearRules.entries(2027, List.of("2027-01-01")), "Mục thứ 1 không phải");
  }

  @Test
  void theAdjacentDayIsOneFirstOrThirdOfSeptemberFrom2021() {
    refused(
        () -> CalendarYearRules.entries(2027, List.of(entry("2027-09-04", "ADJACENT", null))),
        "phải là ngày 01/09 hoặc 03/09");
    refused(
        () ->
            CalendarYearRules.entries(
                2027,
                List.of(
                    entry("2027-09-01", "ADJACENT", null), entry("2027-09-03", "ADJACENT", null))),
        "hai ngày nghỉ liền kề Quốc khánh");
    refused(
        () -> CalendarYearRules.entries(2019, List.of(entry("2019-09-03", "ADJACENT", null))),
        "chỉ có từ năm 2021");
  }

  @Test
  void aNoteIsTextOfAtMost500Characters() {
    refused(
        () -> CalendarYearRules.entries(2027, List.of(entry("2027-05-03", "OFF", "x".repeat(501)))),
        "dài quá 500 ký tự");
  }
}
