package vn.ldtbxh.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PovertyIndicatorsTest {

  private static ReportContent content(long total, long start, long end) {
    return new ReportContent(
        Map.of(
            ReportField.HOUSEHOLDS_TOTAL,
            total,
            ReportField.POOR_START,
            start,
            ReportField.POOR_END,
            end),
        Map.of());
  }

  @Test
  void theRateFallIsComparedWithTheTargetOfHalfAPoint() {
    PovertyIndicators met = PovertyIndicators.of(content(20000, 1000, 900));
    assertThat(met.poorRateStart()).isEqualByComparingTo("5.00");
    assertThat(met.poorRateEnd()).isEqualByComparingTo("4.50");
    assertThat(met.fallPoints()).isEqualByComparingTo(new BigDecimal("0.50"));
    assertThat(met.meetsTarget()).isTrue();
    assertThat(PovertyIndicators.of(content(20000, 1000, 910)).meetsTarget()).isFalse();
  }

  @Test
  void noHouseholdsMeansNoRate() {
    assertThat(PovertyIndicators.of(content(0, 0, 0)).poorRateStart()).isNull();
    assertThat(PovertyIndicators.of(content(0, 0, 0)).meetsTarget()).isNull();
  }
}
