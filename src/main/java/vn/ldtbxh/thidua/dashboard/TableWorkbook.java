package vn.ldtbxh.thidua.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import vn.ldtbxh.thidua.common.VietnameseFormats;

/**
 * One table as an .xlsx sheet, in the style of the round summary: the Department's name and the
 * title in bold Times New Roman, Vietnamese headers, bordered cells; dates as dd/MM/yyyy (with
 * HH:mm for moments, in Asia/Ho_Chi_Minh), whole numbers as #,##0, rates as 0.00, yes/no as "Có" or
 * blank.
 */
final class TableWorkbook {

  private final String department;
  private final String sheetName;
  private final List<String> titles;
  private final List<String> headers;
  private final List<List<Object>> rows;

  /**
   * @param department the title line naming the Department as of the day ("SỞ … TỈNH …")
   */
  TableWorkbook(
      String department,
      String sheetName,
      List<String> titles,
      List<String> headers,
      List<List<Object>> rows) {
    this.department = department;
    this.sheetName = sheetName;
    this.titles = titles;
    this.headers = headers;
    this.rows = rows;
  }

  /** Index of the header row: the Department's name, the titles, then one blank row. */
  int headerRow() {
    return titles.size() + 2;
  }

  byte[] write() {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      Sheet sheet = workbook.createSheet(sheetName);
      line(sheet, 0, department, styles.title);
      for (int i = 0; i < titles.size(); i++) {
        line(sheet, i + 1, titles.get(i), styles.title);
      }
      Row header = sheet.createRow(headerRow());
      header.setHeightInPoints(45);
      for (int i = 0; i < headers.size(); i++) {
        Cell cell = header.createCell(i);
        cell.setCellValue(headers.get(i));
        cell.setCellStyle(styles.header);
        sheet.setColumnWidth(i, Math.min(60, Math.max(12, headers.get(i).length() + 2)) * 256);
      }
      int index = headerRow() + 1;
      for (List<Object> values : rows) {
        Row row = sheet.createRow(index++);
        for (int c = 0; c < values.size(); c++) {
          cell(row.createCell(c), values.get(c), styles);
        }
      }
      workbook.write(out);
      workbook.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void cell(Cell cell, Object value, Styles styles) {
    cell.setCellStyle(styles.body);
    if (value == null) {
      return;
    }
    if (value instanceof BigDecimal decimal) {
      cell.setCellValue(decimal.doubleValue());
      cell.setCellStyle(styles.decimal);
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
      cell.setCellStyle(styles.integer);
    } else if (value instanceof LocalDate date) {
      cell.setCellValue(date);
      cell.setCellStyle(styles.date);
    } else if (value instanceof Instant instant) {
      cell.setCellValue(instant.atZone(VietnameseFormats.ZONE).toLocalDateTime());
      cell.setCellStyle(styles.dateTime);
    } else if (value instanceof Boolean flag) {
      cell.setCellValue(flag ? "Có" : "");
    } else {
      cell.setCellValue(value.toString());
    }
  }

  private void line(Sheet sheet, int index, String text, CellStyle style) {
    Row row = sheet.createRow(index);
    Cell cell = row.createCell(0);
    cell.setCellValue(text);
    cell.setCellStyle(style);
    sheet.addMergedRegion(new CellRangeAddress(index, index, 0, Math.max(1, headers.size() - 1)));
  }

  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle body;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle date;
    final CellStyle dateTime;

    Styles(SXSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      bold.setFontName("Times New Roman");
      bold.setFontHeightInPoints((short) 13);
      title = workbook.createCellStyle();
      title.setFont(bold);
      title.setAlignment(HorizontalAlignment.CENTER);
      header = workbook.createCellStyle();
      header.cloneStyleFrom(title);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      border(header);
      Font normal = workbook.createFont();
      normal.setFontName("Times New Roman");
      normal.setFontHeightInPoints((short) 12);
      body = workbook.createCellStyle();
      body.setFont(normal);
      body.setVerticalAlignment(VerticalAlignment.TOP);
      body.setWrapText(true);
      border(body);
      integer = derived(workbook, "#,##0");
      decimal = derived(workbook, "0.00");
      date = derived(workbook, "dd/MM/yyyy");
      dateTime = derived(workbook, "dd/MM/yyyy HH:mm");
    }

    private CellStyle derived(SXSSFWorkbook workbook, String format) {
      CellStyle style = workbook.createCellStyle();
      style.cloneStyleFrom(body);
      style.setDataFormat(workbook.createDataFormat().getFormat(format));
      return style;
    }

    private static void border(CellStyle style) {
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
    }
  }
}
