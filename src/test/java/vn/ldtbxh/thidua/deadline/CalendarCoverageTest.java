package vn.ldtbxh.thidua.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A year is covered when it has an entry or is marked checked; this year and the next must be. */
class CalendarCoverageTest {

  static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  @Test
  void aYearIsFilledByAnEntryCheckedByTheOfficesMarkAndMissingOtherwise() {
    CalendarCoverage coverage = new CalendarCoverage(Set.of(2030), Set.of(2030, 2031));
    assertThat(coverage.status(2030)).isEqualTo(CalendarYearStatus.FILLED);
    assertThat(coverage.status(2031)).isEqualTo(CalendarYearStatus.CHECKED);
    assertThat(coverage.status(2032)).isEqualTo(CalendarYearStatus.MISSING);
    assertThat(CalendarYearStatus.CHECKED.vietnamese()).isEqualTo("Đã kiểm tra, không thay đổi");
  }

  @Test
  void theCurrentAndTheNextYearInVietnamMustBeCovered() {
    CalendarCoverage coverage = new CalendarCoverage(Set.of(2030), Set.of());
    // 31/12/2029 18:00 UTC is already 1/1/2030 in Vietnam: 2030 is covered, 2031 is not
    assertThat(coverage.missingYears(at("2029-12-31T18:00:00Z"))).containsExactly(2031);
    assertThat(coverage.missingYears(at("2029-12-31T16:00:00Z"))).containsExactly(2029);
    assertThat(
            new CalendarCoverage(Set.of(2030), Set.of(2031))
                .missingYears(at("2030-06-01T00:00:00Z")))
        .isEmpty();
  }

  @Test
  void theWarningNamesTheMissingYearsInVietnamese() {
    assertThat(CalendarCoverage.warning(java.util.List.of())).isNull();
    assertThat(CalendarCoverage.warning(java.util.List.of(2026, 2027)))
        .contains("năm 2026 và năm 2027", "chưa được cập nhật", "Lịch làm việc");
  }

  @Test
  void theStartUpWarningReadsTheTableOfTheDatabase() {
    CalendarCoverageWarning warning =
        new CalendarCoverageWarning(
            () -> new CalendarCoverage(Set.of(2026), Set.of()), at("2026-12-03T00:00:00Z"));
    assertThat(warning.missingYears()).containsExactly(2027);
  }

  @Test
  void theShippedTableCovers2026AndNot2027() {
    CalendarSeed shipped =
        CalendarSeed.of(CalendarOverridesLoader.defaultEntries(), java.util.List.of());
    assertThat(shipped.overrides().covers(2026)).isTrue();
    assertThat(shipped.overrides().covers(2027)).isFalse();
  }
}
