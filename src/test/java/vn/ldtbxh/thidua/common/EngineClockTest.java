package vn.ldtbxh.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The application's clock follows the engine's clock, as process tests set it. */
class EngineClockTest {

  private final Clock clock = new EngineClock();

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void followsTheEngineClockWhenATestSetsIt() {
    Instant moment = Instant.parse("2026-12-15T16:30:00Z");
    ClockUtil.setCurrentTime(Date.from(moment));

    assertThat(clock.instant()).isEqualTo(moment);
    assertThat(clock.millis()).isEqualTo(moment.toEpochMilli());
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);

    ClockUtil.setCurrentTime(Date.from(moment.plus(Duration.ofDays(3))));
    assertThat(clock.instant()).isEqualTo(moment.plus(Duration.ofDays(3)));
  }

  @Test
  void aVietnameseDateFromItStillFollowsTheEngine() {
    // 16:30 UTC is 23:30 in Vietnam; 17:30 UTC is already the next day there.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-15T17:30:00Z")));
    Clock vietnam = clock.withZone(VietnameseFormats.ZONE);

    assertThat(vietnam.getZone()).isEqualTo(VietnameseFormats.ZONE);
    assertThat(LocalDate.now(vietnam)).isEqualTo(LocalDate.of(2026, 12, 16));
    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 12, 15));
  }

  @Test
  void runsWithTheSystemTimeOnceTheEngineClockIsReset() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2001-01-01T00:00:00Z")));
    ClockUtil.reset();

    assertThat(Duration.between(clock.instant(), Instant.now()).abs())
        .isLessThan(Duration.ofMinutes(1));
  }
}
