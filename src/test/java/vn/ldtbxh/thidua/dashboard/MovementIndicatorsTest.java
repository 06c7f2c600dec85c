package vn.ldtbxh.thidua.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ldtbxh.thidua.movement.Indicator;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.Targets;
import vn.ldtbxh.thidua.report.ReportContent;
import vn.ldtbxh.thidua.report.ReportField;
import vn.ldtbxh.thidua.round.RoundType;

class MovementIndicatorsTest {

  static final Targets PLAN = Targets.planDefaults();

  static final List<MovementIndicators.District> DISTRICTS =
      List.of(
          new MovementIndicators.District("budang", "Phòng LĐ-TB&XH huyện Bù Đăng"),
          new MovementIndicators.District("dongxoai", "Phòng LĐ-TB&XH thành phố Đồng Xoài"));

  @Test
  void aFallOfHalfAPointMeetsTheTargetAndLessDoesNot() {
    // 1,000 of 20,000 households poor (5.00%) to 900 (4.50%): 0.50 points
    YearIndicators met = YearIndicators.of(2019, content(20000, 1000, 900, 300, 300, 0), PLAN);
    assertThat(met.poorRateStart()).isEqualByComparingTo("5.00");
    assertThat(met.poorRateEnd()).isEqualByComparingTo("4.50");
    assertThat(met.fallPoints()).isEqualByComparingTo("0.50");
    assertThat(met.fallMet()).isTrue();
    // to 920 (4.60%): 0.40 points
    YearIndicators missed = YearIndicators.of(2019, content(20000, 1000, 920, 300, 300, 0), PLAN);
    assertThat(missed.fallPoints()).isEqualByComparingTo("0.40");
    assertThat(missed.fallMet()).isFalse();
    // the rate rising is a negative fall
    assertThat(YearIndicators.of(2019, content(20000, 1000, 1100, 300, 300, 0), PLAN).fallPoints())
        .isEqualByComparingTo("-0.50");
  }

  @Test
  void allowanceCoverageMustReachAHundredPercentAndMeritPoorHouseholdsZero() {
    YearIndicators full = YearIndicators.of(2020, content(20000, 1000, 900, 300, 300, 0), PLAN);
    assertThat(full.allowanceCoverage()).isEqualByComparingTo("100.00");
    assertThat(full.coverageMet()).isTrue();
    assertThat(full.meritPoorHouseholds()).isZero();
    assertThat(full.meritMet()).isTrue();
    YearIndicators partial = YearIndicators.of(2020, content(20000, 1000, 900, 300, 299, 2), PLAN);
    assertThat(partial.allowanceCoverage()).isEqualByComparingTo("99.67");
    assertThat(partial.coverageMet()).isFalse();
    assertThat(partial.meritMet()).isFalse();
    assertThat(YearIndicators.metText(partial.coverageMet())).isEqualTo("Chưa đạt");
    assertThat(YearIndicators.metText(full.coverageMet())).isEqualTo("Đạt");
  }

  @Test
  void missingFiguresGiveNoVerdict() {
    Map<ReportField, Long> figures = new EnumMap<>(ReportField.class);
    figures.put(ReportField.HOUSEHOLDS_TOTAL, 1000L);
    figures.put(ReportField.POOR_START, 100L);
    figures.put(ReportField.POOR_END, 90L);
    YearIndicators partial = YearIndicators.of(2018, new ReportContent(figures, Map.of()), PLAN);
    assertThat(partial.fallMet()).isTrue();
    assertThat(partial.allowanceCoverage()).isNull();
    assertThat(partial.coverageMet()).isNull();
    assertThat(partial.meritMet()).isNull();
    assertThat(YearIndicators.metText(null)).isEmpty();
  }

  @Test
  void everyDistrictHasEveryYearOfTheMovementAndTheAnnualRoundCounts() {
    List<MovementIndicators.Source> accepted =
        List.of(
            new MovementIndicators.Source(
                "budang", 2018, RoundType.ANNUAL, content(10000, 800, 700, 10, 10, 3)),
            new MovementIndicators.Source(
                "budang", 2020, RoundType.FINAL, content(10000, 600, 500, 10, 10, 0)),
            new MovementIndicators.Source(
                "budang", 2020, RoundType.ANNUAL, content(10000, 600, 580, 10, 9, 1)),
            new MovementIndicators.Source(
                "budang", 2021, RoundType.ANNUAL, content(10000, 600, 580, 10, 9, 1)));
    MovementIndicators indicators =
        MovementIndicators.compute(
            new Movement("vi-nguoi-ngheo-2018-2020", "Vì người nghèo", 2018, 2020, null),
            (unit, year) -> PLAN,
            DISTRICTS,
            accepted);

    assertThat(indicators.years()).containsExactly(2018, 2019, 2020);
    assertThat(indicators.targets().fallPoints()).isEqualByComparingTo(new BigDecimal("0.5"));
    assertThat(indicators.targets().allowanceCoverage()).isEqualByComparingTo("100");
    assertThat(indicators.targets().meritPoorHouseholds()).isZero();
    assertThat(indicators.targets().meritPoorHouseholdsBy()).isEqualTo(2020);
    assertThat(indicators.districts())
        .extracting(MovementIndicators.DistrictProgress::unitCode)
        .containsExactly("budang", "dongxoai");

    List<YearIndicators> budang = indicators.districts().get(0).years();
    assertThat(budang).extracting(YearIndicators::year).containsExactly(2018, 2019, 2020);
    assertThat(budang.get(0).fallPoints()).isEqualByComparingTo("1.00");
    assertThat(budang.get(0).meritMet()).isFalse();
    assertThat(budang.get(1).reported()).isFalse();
    assertThat(budang.get(1).fallPoints()).isNull();
    // 2020: the annual round's report (6.00% to 5.80%), not the final round's
    assertThat(budang.get(2).fallPoints()).isEqualByComparingTo("0.20");
    assertThat(budang.get(2).fallMet()).isFalse();
    assertThat(budang.get(2).meritPoorHouseholds()).isEqualTo(1L);

    assertThat(indicators.districts().get(1).years()).allMatch(year -> !year.reported());
  }

  @Test
  void eachDistrictYearIsMeasuredAgainstItsOwnTarget() {
    // Bù Đăng's own target for 2019 is a fall of 1 point; Đồng Xoài keeps the movement's 0.5
    Targets budang2019 = PLAN.with(Map.of(Indicator.POVERTY_RATE_FALL, new BigDecimal("1.00")));
    List<MovementIndicators.Source> accepted =
        List.of(
            new MovementIndicators.Source(
                "budang", 2019, RoundType.ANNUAL, content(10000, 800, 720, 10, 10, 0)),
            new MovementIndicators.Source(
                "dongxoai", 2019, RoundType.ANNUAL, content(10000, 800, 720, 10, 10, 0)));
    MovementIndicators indicators =
        MovementIndicators.compute(
            new Movement("vi-nguoi-ngheo-2018-2020", "Vì người nghèo", 2018, 2020, null),
            (unit, year) -> unit.equals("budang") && year == 2019 ? budang2019 : PLAN,
            DISTRICTS,
            accepted);

    YearIndicators budang = indicators.districts().get(0).years().get(1);
    YearIndicators dongxoai = indicators.districts().get(1).years().get(1);
    // both fell 0.80 points
    assertThat(budang.fallPoints()).isEqualByComparingTo("0.80");
    assertThat(budang.fallMet()).isFalse();
    assertThat(budang.targets().get(Indicator.POVERTY_RATE_FALL)).isEqualByComparingTo("1");
    assertThat(dongxoai.fallMet()).isTrue();
    assertThat(dongxoai.targets().get(Indicator.POVERTY_RATE_FALL)).isEqualByComparingTo("0.5");
    // the year without a report still shows its target
    assertThat(indicators.districts().get(0).years().get(0).targets()).isEqualTo(PLAN);
  }

  static ReportContent content(
      long households,
      long poorStart,
      long poorEnd,
      long entitled,
      long receiving,
      long meritPoor) {
    Map<ReportField, Long> figures = new EnumMap<>(ReportField.class);
    figures.put(ReportField.HOUSEHOLDS_TOTAL, households);
    figures.put(ReportField.POOR_START, poorStart);
    figures.put(ReportField.POOR_END, poorEnd);
    figures.put(ReportField.ALLOWANCE_ENTITLED, entitled);
    figures.put(ReportField.ALLOWANCE_RECEIVING, receiving);
    figures.put(ReportField.MERIT_POOR_HOUSEHOLDS, meritPoor);
    return new ReportContent(figures, Map.of());
  }
}
