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
  void theRateFallIsComparedWithTheUnitsTarget() {
    PovertyIndicators met = PovertyIndicators.of(content(20000, 1000, 900));
    assertThat(met.poorRateStart()).isEqualByComparingTo("5.00");
    assertThat(met.poorRateEnd()).isEqualByComparingTo("4.50");
    assertThat(met.fallPoints()).isEqualByComparingTo(new BigDecimal("0.50"));
    assertThat(met.meetsFallTarget(new BigDecimal("0.5"))).isTrue();
    assertThat(met.meetsFallTarget(new BigDecimal("0.6"))).isFalse();
    assertThat(met.rateChangeText(new BigDecimal("0.50")))
        .isEqualTo("5.00% → 4.50% (giảm 0.50; đạt mục tiêu 0,5)");
    assertThat(met.rateChangeText(new BigDecimal("1")))
        .isEqualTo("5.00% → 4.50% (giảm 0.50; chưa đạt mục tiêu 1)");
    assertThat(
            PovertyIndicators.of(content(20000, 1000, 910)).meetsFallTarget(new BigDecimal("0.5")))
        .isFalse();
  }

  @Test
  void noHouseholdsMeansNoRate() {
    assertThat(PovertyIndicators.of(content(0, 0, 0)).poorRateStart()).isNull();
    assertThat(PovertyIndicators.of(content(0, 0, 0)).meetsFallTarget(BigDecimal.ONE)).isNull();
  }
}
