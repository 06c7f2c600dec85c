package vn.ldtbxh.thidua.deadline;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Results must not depend on the JVM default time zone. */
@Isolated
class TimeZoneIndependenceTest {

  private final TimeZone original = TimeZone.getDefault();

  @AfterEach
  void restoreDefaultZone() {
    TimeZone.setDefault(original);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati"})
  void sameInstantsWhateverTheServerZone(String zone) {
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    DeadlineCalculator calculator =
        new DeadlineCalculator(WorkingDayCalendar.statutoryOnly(), DeadlineSettings.defaults());

    assertThat(calculator.deadlineEnd(of(2018, 12, 15)))
        .isEqualTo(Instant.parse("2018-12-17T10:00:00Z"));
    ReportSchedule s = calculator.schedule(of(2024, 2, 8));
    assertThat(s.due()).isEqualTo(Instant.parse("2024-02-08T10:00:00Z"));
    assertThat(s.cutOff()).isEqualTo(Instant.parse("2024-02-29T10:00:00Z"));
    assertThat(s.reminders())
        .containsExactly(
            Instant.parse("2024-02-01T01:00:00Z"), Instant.parse("2024-02-07T01:00:00Z"));
    // 23:30 UTC on Thursday 7/3 is Friday 8/3 06:30 in Vietnam: next 08:00 is the same Friday.
    assertThat(calculator.nextWorkingDayStart(Instant.parse("2024-03-07T23:30:00Z")))
        .isEqualTo(Instant.parse("2024-03-08T01:00:00Z"));
    assertThat(calculator.workingDaysAfter(Instant.parse("2024-03-07T20:00:00Z"), 1))
        .isEqualTo(Instant.parse("2024-03-11T10:00:00Z"));
  }
}
