package vn.ldtbxh.thidua.deadline;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CalendarOverridesLoaderTest {

  @Test
  void parsesAllSeparatorsCommentsNotesAndBom() {
    CalendarOverrides table =
        CalendarOverridesLoader.parse(
            """
                \uFEFF# header comment

                2025-05-02=OFF
                2025-04-26,WORK,Làm bù cho ngày 2/5
                  2025-09-01 ; adjacent ; note
                """);

    assertThat(table.extraDaysOff()).containsExactly(of(2025, 5, 2));
    assertThat(table.makeUpWorkingDays()).containsExactly(of(2025, 4, 26));
    assertThat(table.nationalDayAdjacentDay(2025)).contains(of(2025, 9, 1));
    assertThat(table.nationalDayAdjacentDay(2024)).isEmpty();
  }

  @Test
  void reportsTheLineOfAnUnknownKindInVietnamese() {
    assertThatThrownBy(() -> CalendarOverridesLoader.parse("# c\n2025-05-02=HOLIDAY\n"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("Dòng 2")
        .hasMessageContaining("OFF, WORK hoặc ADJACENT");
  }

  @Test
  void rejectsMalformedLinesAndImpossibleDates() {
    assertThatThrownBy(() -> CalendarOverridesLoader.parse("02/05/2025=OFF"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("Dòng 1")
        .hasMessageContaining("không đúng định dạng");
    assertThatThrownBy(() -> CalendarOverridesLoader.parse("2025-02-30=OFF"))
        .hasMessageContaining("ngày không hợp lệ");
  }

  @Test
  void rejectsContradictoryEntries() {
    assertThatThrownBy(() -> CalendarOverridesLoader.parse("2025-05-02=OFF\n2025-05-02=WORK"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("Dòng 2")
        .hasMessageContaining("vừa được khai báo là ngày nghỉ vừa là ngày làm việc bù");
    assertThatThrownBy(
            () -> CalendarOverridesLoader.parse("2025-09-01=ADJACENT\n2025-09-03=ADJACENT"))
        .hasMessageContaining("hai ngày nghỉ liền kề Quốc khánh");
  }

  @Test
  void missingResourceIsReported() {
    assertThatThrownBy(() -> CalendarOverridesLoader.loadResource("no/such/file.csv"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("Không tìm thấy tệp lịch nghỉ");
  }

  @Test
  void shippedTableLoads() {
    CalendarOverrides table = CalendarOverrides.defaults();
    assertThat(table.makeUpWorkingDays())
        .contains(of(2025, 4, 26), of(2024, 5, 4), of(2024, 2, 15));
    assertThat(table.extraDaysOff()).contains(of(2025, 5, 2), of(2024, 4, 29), of(2024, 2, 8));
    assertThat(table.nationalDayAdjacentDays()).containsKeys(2022, 2023, 2025);
    assertThat(CalendarOverridesLoader.loadDefault())
        .isSameAs(CalendarOverridesLoader.loadDefault());
  }

  @Test
  void keepsEachEntrysNoteForTheDatabase() {
    var entries =
        CalendarOverridesLoader.entries(
            new java.io.StringReader(
                "2025-05-02=OFF\n2025-04-26,WORK,Làm bù cho ngày 2/5, theo thông báo\n"),
            "test");
    assertThat(entries)
        .containsExactly(
            new CalendarEntry(of(2025, 5, 2), CalendarKind.OFF, null),
            new CalendarEntry(
                of(2025, 4, 26), CalendarKind.WORK, "Làm bù cho ngày 2/5, theo thông báo"));
  }

  @Test
  void theShippedEntriesOf2026CiteTheirAnnouncement() {
    assertThat(CalendarOverridesLoader.defaultEntries())
        .filteredOn(entry -> entry.date().getYear() == 2026)
        .isNotEmpty()
        .allSatisfy(entry -> assertThat(entry.note()).containsIgnoringCase("Văn phòng Chính phủ"));
    assertThat(CalendarOverridesLoader.defaultEntries())
        .extracting(CalendarEntry::date)
        .contains(of(2026, 1, 2), of(2026, 1, 10), of(2026, 9, 1));
  }

  @Test
  void mergeCombinesTables() {
    CalendarOverrides merged =
        CalendarOverrides.defaults().merge(CalendarOverridesLoader.parse("2031-01-02=OFF"));
    assertThat(merged.extraDaysOff()).contains(of(2031, 1, 2), of(2025, 5, 2));
  }
}
