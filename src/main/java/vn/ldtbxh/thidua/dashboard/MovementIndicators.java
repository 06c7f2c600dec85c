package vn.ldtbxh.thidua.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.movement.Indicator;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.TargetBook;
import vn.ldtbxh.thidua.movement.Targets;
import vn.ldtbxh.thidua.round.RoundType;

/**
 * The plan's indicators of every district, year by year over a movement, from the accepted reports
 * of all its rounds, with the targets they are measured against.
 */
public record MovementIndicators(
    String movementCode,
    String movementName,
    String planReference,
    int firstYear,
    int lastYear,
    List<Integer> years,
    MovementTargets targets,
    List<DistrictProgress> districts) {

  /**
   * The movement's targets (Kế hoạch 179/KH-LĐTBXH's by default): per year, except the merit
   * households, due by the movement's end. A district's own target for a year is in its {@link
   * YearIndicators#targets()}.
   */
  public record MovementTargets(
      BigDecimal fallPoints,
      BigDecimal allowanceCoverage,
      long meritPoorHouseholds,
      int meritPoorHouseholdsBy,
      BigDecimal childrenProtected) {

    static MovementTargets of(Targets targets, int lastYear) {
      return new MovementTargets(
          targets.get(Indicator.POVERTY_RATE_FALL),
          targets.get(Indicator.ALLOWANCE_COVERAGE),
          targets.get(Indicator.MERIT_POOR_HOUSEHOLDS).longValueExact(),
          lastYear,
          targets.get(Indicator.CHILDREN_PROTECTED));
    }

    /** "Mục tiêu của phong trào: tỷ lệ hộ nghèo giảm ít nhất 0,5 điểm %/năm; …" */
    public String sentence() {
      return ("Mục tiêu của phong trào: tỷ lệ hộ nghèo giảm ít nhất %s điểm %%/năm; %s%% đối tượng"
              + " đủ điều kiện được hưởng trợ cấp xã hội; còn không quá %d hộ nghèo thuộc diện người"
              + " có công đến năm %d; %s%% trẻ em có hoàn cảnh đặc biệt được bảo vệ, chăm sóc.")
          .formatted(
              VietnameseFormats.decimal(fallPoints),
              VietnameseFormats.decimal(allowanceCoverage),
              meritPoorHouseholds,
              meritPoorHouseholdsBy,
              VietnameseFormats.decimal(childrenProtected));
    }
  }

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
   * and a final round, the annual round's report counts. Each district's year is measured against
   * its own target for that year.
   */
  public static MovementIndicators compute(
      Movement movement,
      TargetBook.YearlyTargets yearly,
      List<District> districts,
      List<Source> accepted) {
    int firstYear = movement.firstYear();
    int lastYear = movement.lastYear();
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
                        ? YearIndicators.notReported(year, yearly.of(district.code(), year))
                        : YearIndicators.of(
                            year, source.content(), yearly.of(district.code(), year));
                  })
              .toList();
      lines.add(new DistrictProgress(district.code(), district.name(), perYear));
    }
    return new MovementIndicators(
        movement.code(),
        movement.name(),
        movement.planReference(),
        firstYear,
        lastYear,
        years,
        MovementTargets.of(movement.targets(), lastYear),
        lines);
  }
}
