package vn.ldtbxh.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.movement.Indicator;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.Targets;
import vn.ldtbxh.thidua.organization.Letterhead;
import vn.ldtbxh.thidua.report.PovertyIndicators;
import vn.ldtbxh.thidua.report.ReportField;
import vn.ldtbxh.thidua.report.UnitReport;
import vn.ldtbxh.thidua.round.Round;

/**
 * The round summary (.xlsx): one row per unit with its status and the plan's indicators, each
 * beside the unit's own target for the year (set for the round, or the movement's: by default the
 * poverty rate falling 0.5 points a year, 100% of entitled people receiving the allowance, no poor
 * household of people with merit by the last year, 100% of children in special circumstances
 * protected) and whether it was met. Streamed, so a thousand units take little memory.
 */
@Component
public class RoundSummaryWorkbook {

  private static final String[] HEADERS = {
    "STT",
    "Đơn vị",
    "Tình trạng báo cáo",
    "Nộp lúc",
    "Nộp muộn",
    "Tổng số hộ",
    "Hộ nghèo đầu năm",
    "Hộ nghèo cuối năm",
    "Tỷ lệ nghèo đầu năm (%)",
    "Tỷ lệ nghèo cuối năm (%)",
    "Giảm (điểm %)",
    "Mục tiêu giảm (điểm %)",
    "Đạt mục tiêu giảm nghèo",
    "Hộ cận nghèo đầu năm",
    "Hộ cận nghèo cuối năm",
    "Hộ thoát nghèo",
    "Hộ nghèo phát sinh",
    "Hộ tái nghèo",
    "Hộ nghèo người có công",
    "Mục tiêu đến năm cuối (hộ)",
    "Đạt mục tiêu người có công",
    "Đối tượng đủ điều kiện trợ cấp",
    "Đang hưởng trợ cấp",
    "Tỷ lệ hưởng (%)",
    "Mục tiêu (%)",
    "Đạt mục tiêu trợ cấp",
    "Lao động được đào tạo nghề",
    "Lao động có việc làm",
    "Lao động đi làm việc ở nước ngoài",
    "Trẻ em có hoàn cảnh đặc biệt",
    "Được trợ giúp, bảo vệ",
    "Tỷ lệ (%)",
    "Mục tiêu (%)",
    "Đạt mục tiêu bảo vệ trẻ em",
    "Đóng góp Quỹ Vì người nghèo (đồng)"
  };

  /**
   * @param targets each unit's targets in the round (its own, or the movement's)
   * @param letterhead the Department's names on the day the summary was approved
   */
  public byte[] write(
      Round round,
      Movement movement,
      List<UnitReport> reports,
      Map<String, Targets> targets,
      Letterhead letterhead) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Tổng hợp " + round.year());
      CellStyle title = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      bold.setFontName("Times New Roman");
      bold.setFontHeightInPoints((short) 13);
      title.setFont(bold);
      title.setAlignment(HorizontalAlignment.CENTER);
      CellStyle header = workbook.createCellStyle();
      header.cloneStyleFrom(title);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      border(header);
      CellStyle body = workbook.createCellStyle();
      Font normal = workbook.createFont();
      normal.setFontName("Times New Roman");
      normal.setFontHeightInPoints((short) 12);
      body.setFont(normal);
      border(body);
      CellStyle decimal = workbook.createCellStyle();
      decimal.cloneStyleFrom(body);
      decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      CellStyle integer = workbook.createCellStyle();
      integer.cloneStyleFrom(body);
      integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));

      line(sheet, 0, letterhead.departmentOfProvince(), title);
      line(
          sheet,
          1,
          "BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA NĂM %d (ĐỢT %s)"
              .formatted(round.year(), round.type().vietnamese().toUpperCase()),
          title);
      line(
          sheet,
          2,
          "\""
              + movement.name()
              + "\""
              + (movement.planReference().isEmpty() ? "" : " (" + movement.planReference() + ")"),
          title);
      line(
          sheet,
          3,
          "Hạn nộp báo cáo: %s. Phê duyệt: %s."
              .formatted(
                  VietnameseFormats.date(round.deadline()),
                  round.summaryApprovedAt() == null
                      ? "chưa phê duyệt"
                      : VietnameseFormats.dateTime(round.summaryApprovedAt())),
          title);
      Row headerRow = sheet.createRow(5);
      headerRow.setHeightInPoints(60);
      for (int i = 0; i < HEADERS.length; i++) {
        Cell cell = headerRow.createCell(i);
        cell.setCellValue(HEADERS[i]);
        cell.setCellStyle(header);
        sheet.setColumnWidth(i, i == 1 ? 60 * 256 : 16 * 256);
      }
      int rowIndex = 6;
      int number = 1;
      for (UnitReport report : reports) {
        Row row = sheet.createRow(rowIndex++);
        PovertyIndicators indicators = PovertyIndicators.of(report.content());
        Targets own = targets.getOrDefault(report.unitCode(), movement.targets());
        Long merit = report.content().figure(ReportField.MERIT_POOR_HOUSEHOLDS);
        int c = 0;
        c = number(row, c, number++, integer);
        c = text(row, c, report.unitName(), body);
        c = text(row, c, report.status().vietnamese(), body);
        c = text(row, c, VietnameseFormats.dateTime(report.submittedAt()), body);
        c = text(row, c, report.late() ? "Có" : "", body);
        c = figure(row, c, report, ReportField.HOUSEHOLDS_TOTAL, integer);
        c = figure(row, c, report, ReportField.POOR_START, integer);
        c = figure(row, c, report, ReportField.POOR_END, integer);
        c = decimal(row, c, indicators.poorRateStart(), decimal);
        c = decimal(row, c, indicators.poorRateEnd(), decimal);
        c = decimal(row, c, indicators.fallPoints(), decimal);
        c = decimal(row, c, own.get(Indicator.POVERTY_RATE_FALL), decimal);
        c = met(row, c, own, Indicator.POVERTY_RATE_FALL, indicators.fallPoints(), body);
        c = figure(row, c, report, ReportField.NEAR_POOR_START, integer);
        c = figure(row, c, report, ReportField.NEAR_POOR_END, integer);
        c = figure(row, c, report, ReportField.LEFT_POVERTY, integer);
        c = figure(row, c, report, ReportField.NEWLY_POOR, integer);
        c = figure(row, c, report, ReportField.RELAPSED, integer);
        c = figure(row, c, report, ReportField.MERIT_POOR_HOUSEHOLDS, integer);
        c = decimal(row, c, own.get(Indicator.MERIT_POOR_HOUSEHOLDS), integer);
        c =
            met(
                row,
                c,
                own,
                Indicator.MERIT_POOR_HOUSEHOLDS,
                merit == null ? null : BigDecimal.valueOf(merit),
                body);
        c = figure(row, c, report, ReportField.ALLOWANCE_ENTITLED, integer);
        c = figure(row, c, report, ReportField.ALLOWANCE_RECEIVING, integer);
        c = decimal(row, c, indicators.allowanceCoverage(), decimal);
        c = decimal(row, c, own.get(Indicator.ALLOWANCE_COVERAGE), decimal);
        c = met(row, c, own, Indicator.ALLOWANCE_COVERAGE, indicators.allowanceCoverage(), body);
        c = figure(row, c, report, ReportField.WORKERS_TRAINED, integer);
        c = figure(row, c, report, ReportField.JOBS_CREATED, integer);
        c = figure(row, c, report, ReportField.WORKERS_ABROAD, integer);
        c = figure(row, c, report, ReportField.CHILDREN_SPECIAL, integer);
        c = figure(row, c, report, ReportField.CHILDREN_PROTECTED, integer);
        c = decimal(row, c, indicators.childrenProtectedRate(), decimal);
        c = decimal(row, c, own.get(Indicator.CHILDREN_PROTECTED), decimal);
        c =
            met(
                row,
                c,
                own,
                Indicator.CHILDREN_PROTECTED,
                indicators.childrenProtectedRate(),
                body);
        figure(row, c, report, ReportField.FUND_CONTRIBUTION, integer);
      }
      workbook.write(out);
      workbook.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "Đạt", "Chưa đạt", or empty without figures. */
  private static int met(
      Row row,
      int column,
      Targets targets,
      Indicator indicator,
      BigDecimal value,
      CellStyle style) {
    Boolean met = targets.met(indicator, value);
    return text(row, column, met == null ? "" : met ? "Đạt" : "Chưa đạt", style);
  }

  private static void line(Sheet sheet, int index, String text, CellStyle style) {
    Row row = sheet.createRow(index);
    Cell cell = row.createCell(0);
    cell.setCellValue(text);
    cell.setCellStyle(style);
    sheet.addMergedRegion(new CellRangeAddress(index, index, 0, 12));
  }

  private static void border(CellStyle style) {
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
  }

  private static int text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value == null ? "" : value);
    cell.setCellStyle(style);
    return column + 1;
  }

  private static int number(Row row, int column, long value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return column + 1;
  }

  private static int figure(
      Row row, int column, UnitReport report, ReportField field, CellStyle style) {
    Long value = report.content().figure(field);
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
    return column + 1;
  }

  private static int decimal(Row row, int column, BigDecimal value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
    }
    cell.setCellStyle(style);
    return column + 1;
  }
}
