package vn.ldtbxh.thidua.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.ldtbxh.thidua.round.RoundType;

/**
 * The plan's indicators of every district, year by year over a movement, from the accepted reports
 * of all its rounds, with the targets they are measured against.
 */
public record MovementIndicators(
    String movementCode,
    String movementName,
    int firstYear,
    int lastYear,
    List<Integer> years,
    Targets targets,
    List<DistrictProgress> districts) {

  /**
   * The plan's targets (Kế hoạch 179/KH-LĐTBXH): per year, except the last, due by the movement's
   * end.
   */
  public record Targets(
      BigDecimal fallPoints,
      BigDecimal allowanceCoverage,
      long meritPoorHouseholds,
      int meritPoorHouseholdsBy) {}

  public record DistrictProgress(String unitCode, String unitName, List<YearIndicators> years) {}

  /** A district: its code and current name. */
  public record District(String code, String name) {}

  /** An accepted report's figures for one district and year. */
  public record Source(
      String unitCode,
      int year,
      RoundType roundType,
      vn.ldtbxh.thidua.report.ReportContent content) {}

  /**
   * One line per district with one entry per year of the movement. Where a year has both an annual
   * and a final round, the annual round's report counts.
   */
  public static MovementIndicators compute(
      String movementCode,
      String movementName,
      int firstYear,
      int lastYear,
      List<District> districts,
      List<Source> accepted) {
    Map<String, Source> chosen = new HashMap<>();
    accepted.stream()
        .filter(source -> source.year() >= firstYear && source.year() <= lastYear)
        .sorted(
            Comparator.comparing((Source source) -> source.roundType() == RoundType.ANNUAL ? 0 : 1)
                .reversed())
        .forEach(source -> chosen.put(source.unitCode() + "/" + source.year(), source));
    List<Integer> years = IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
    List<DistrictProgress> lines = new ArrayList<>();
    for (District district : districts) {
      List<YearIndicators> perYear =
          years.stream()
              .map(
                  year -> {
                    Source source = chosen.get(district.code() + "/" + year);
                    return source == null
                        ? YearIndicators.notReported(year)
                        : YearIndicators.of(year, source.content());
                  })
              .toList();
      lines.add(new DistrictProgress(district.code(), district.name(), perYear));
    }
    return new MovementIndicators(
        movementCode,
        movementName,
        firstYear,
        lastYear,
        years,
        new Targets(
            YearIndicators.TARGET_FALL_POINTS,
            YearIndicators.TARGET_COVERAGE_PERCENT,
            YearIndicators.TARGET_MERIT_POOR_HOUSEHOLDS,
            lastYear),
        lines);
  }
}
