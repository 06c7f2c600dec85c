package vn.ldtbxh.thidua.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.dashboard.RoundOverview.UnitStanding;
import vn.ldtbxh.thidua.movement.Indicator;
import vn.ldtbxh.thidua.organization.OrganizationNames;

/** The tables of the Cockpit view "Thi đua" as .xlsx workbooks, one sheet each. */
@Component
public class DashboardExports {

  private final OrganizationNames names;
  private final Clock clock;

  public DashboardExports(OrganizationNames names, Clock clock) {
    this.names = names;
    this.clock = clock;
  }

  /** The Department's title line, with its names of today. */
  private String department() {
    return names
        .letterheadOn(LocalDate.now(clock.withZone(VietnameseFormats.ZONE)))
        .departmentOfProvince();
  }

  static final List<String> UNIT_HEADERS =
      List.of(
          "STT",
          "Mã đơn vị",
          "Đơn vị",
          "Tình trạng báo cáo",
          "Nộp muộn",
          "Quá hạn",
          "Hạn nộp",
          "Hạn ban đầu",
          "Được gia hạn",
          "Nộp lúc",
          "Chấp nhận lúc",
          "Số nhắc hạn, thông báo",
          "Nhắc hạn, thông báo đã nhận");
  static final List<String> INDICATOR_HEADERS =
      List.of(
          "STT",
          "Đơn vị",
          "Năm",
          "Báo cáo được chấp nhận",
          "Tỷ lệ hộ nghèo đầu năm (%)",
          "Tỷ lệ hộ nghèo cuối năm (%)",
          "Giảm (điểm %)",
          "Mục tiêu giảm (điểm %)",
          "Đạt mục tiêu giảm nghèo",
          "Tỷ lệ đối tượng hưởng trợ cấp (%)",
          "Mục tiêu (%)",
          "Đạt mục tiêu trợ cấp",
          "Hộ nghèo thuộc diện người có công",
          "Mục tiêu (hộ)",
          "Đạt mục tiêu người có công",
          "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được bảo vệ (%)",
          "Mục tiêu (%)",
          "Đạt mục tiêu bảo vệ trẻ em");
  static final List<String> NOMINATION_HEADERS =
      List.of(
          "STT",
          "Mã hồ sơ",
          "Đơn vị",
          "Tập thể, cá nhân được đề nghị",
          "Hình thức khen thưởng",
          "Tình trạng",
          "Bước hiện tại",
          "Ở bước này từ",
          "Hạn xử lý",
          "Quá hạn",
          "Chờ cấp trên từ",
          "Số tờ trình",
          "Ngày tờ trình",
          "Ngày gửi hồ sơ");
  static final List<String> AWARD_HEADERS =
      List.of(
          "STT",
          "Năm",
          "Đơn vị",
          "Tập thể/cá nhân",
          "Tên",
          "Chức vụ",
          "Hình thức khen thưởng",
          "Cấp quyết định",
          "Số quyết định",
          "Ngày quyết định",
          "Văn bản quyết định");

  public byte[] units(RoundOverview round) {
    List<List<Object>> rows = new ArrayList<>();
    int number = 1;
    for (UnitStanding unit : round.units()) {
      rows.add(
          java.util.Arrays.asList(
              number++,
              unit.unitCode(),
              unit.unitName(),
              unit.stateText(),
              unit.late(),
              unit.overdue(),
              unit.deadline(),
              date(unit.originalDue()),
              unit.extended(),
              unit.submittedAt(),
              unit.acceptedAt(),
              unit.notices().size(),
              unit.notices().stream()
                  .map(
                      notice ->
                          VietnameseFormats.dateTime(notice.sentAt()) + " " + notice.kindText())
                  .collect(Collectors.joining("; "))));
    }
    return new TableWorkbook(
            department(),
            "Đơn vị " + round.year(),
            List.of(
                "TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ - ĐỢT THI ĐUA %s NĂM %d"
                    .formatted(round.roundType().toUpperCase(), round.year()),
                "Hạn nộp: %s%s"
                    .formatted(
                        VietnameseFormats.date(round.deadline()),
                        round.deadlineExtended()
                            ? " (gia hạn từ "
                                + VietnameseFormats.date(round.originalDeadline())
                                + ")"
                            : "")),
            UNIT_HEADERS,
            rows)
        .write();
  }

  public byte[] indicators(MovementIndicators indicators) {
    List<List<Object>> rows = new ArrayList<>();
    int number = 1;
    for (MovementIndicators.DistrictProgress district : indicators.districts()) {
      for (YearIndicators year : district.years()) {
        rows.add(
            java.util.Arrays.asList(
                number++,
                district.unitName(),
                year.year(),
                year.reported() ? "Có" : "Chưa có",
                year.poorRateStart(),
                year.poorRateEnd(),
                year.fallPoints(),
                year.targets().get(Indicator.POVERTY_RATE_FALL),
                YearIndicators.metText(year.fallMet()),
                year.allowanceCoverage(),
                year.targets().get(Indicator.ALLOWANCE_COVERAGE),
                YearIndicators.metText(year.coverageMet()),
                year.meritPoorHouseholds(),
                year.targets().get(Indicator.MERIT_POOR_HOUSEHOLDS).longValueExact(),
                YearIndicators.metText(year.meritMet()),
                year.childrenProtected(),
                year.targets().get(Indicator.CHILDREN_PROTECTED),
                YearIndicators.metText(year.childrenMet())));
      }
    }
    return new TableWorkbook(
            department(),
            "Chỉ tiêu",
            List.of(
                "CHỈ TIÊU THEO HUYỆN, THỊ XÃ, THÀNH PHỐ, NĂM %d - %d"
                    .formatted(indicators.firstYear(), indicators.lastYear()),
                "\""
                    + indicators.movementName()
                    + "\""
                    + (indicators.planReference().isEmpty()
                        ? ""
                        : " (" + indicators.planReference() + ")"),
                indicators.targets().sentence()
                    + " Mục tiêu riêng của một huyện trong năm (nếu có) ghi ở từng dòng."),
            INDICATOR_HEADERS,
            rows)
        .write();
  }

  public byte[] nominations(NominationPipeline pipeline, int year) {
    List<List<Object>> rows = new ArrayList<>();
    int number = 1;
    for (NominationPipeline.Item item : pipeline.nominations()) {
      rows.add(
          java.util.Arrays.asList(
              number++,
              item.businessKey(),
              item.unitName(),
              item.nomineeName(),
              item.awardFormText(),
              item.statusText(),
              item.step(),
              item.stepSince(),
              item.due(),
              item.late(),
              item.waitingOnProvinceSince(),
              item.submissionNumber(),
              item.submissionDate(),
              item.submittedAt()));
    }
    String stages =
        pipeline.stages().stream()
            .filter(stage -> stage.count() > 0)
            .map(stage -> stage.statusText() + ": " + stage.count())
            .collect(Collectors.joining("; "));
    return new TableWorkbook(
            department(),
            "Hồ sơ " + year,
            List.of(
                "HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG - ĐỢT " + pipeline.roundKey(),
                "Tổng số %d hồ sơ; quá hạn %d; chờ cấp trên quyết định %d. %s"
                    .formatted(
                        pipeline.nominations().size(),
                        pipeline.late(),
                        pipeline.waitingOnProvince(),
                        stages)),
            NOMINATION_HEADERS,
            rows)
        .write();
  }

  public byte[] awards(List<AwardHistory.AwardLine> lines, String contextUrl, String filters) {
    List<List<Object>> rows = new ArrayList<>();
    int number = 1;
    for (AwardHistory.AwardLine line : lines) {
      rows.add(
          java.util.Arrays.asList(
              number++,
              line.year(),
              line.unitName(),
              line.nomineeKindText(),
              line.nomineeName(),
              line.nomineePosition(),
              line.awardFormText(),
              line.issuerText(),
              line.decisionNumber(),
              line.decisionDate(),
              line.decisionDocument() == null ? "" : contextUrl + line.decisionDocument()));
    }
    return new TableWorkbook(
            department(),
            "Khen thưởng",
            List.of("LỊCH SỬ KHEN THƯỞNG", filters),
            AWARD_HEADERS,
            rows)
        .write();
  }

  private static LocalDate date(java.time.Instant instant) {
    return instant == null ? null : instant.atZone(VietnameseFormats.ZONE).toLocalDate();
  }
}
