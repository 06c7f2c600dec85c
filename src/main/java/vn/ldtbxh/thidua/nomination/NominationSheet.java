package vn.ldtbxh.thidua.nomination;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ldtbxh.thidua.common.ThiduaException;

/**
 * A unit's list of nominees as an .xlsx: the template, and the rows read back. From the second row
 * on, columns A–I: kind ("Tập thể"/"Cá nhân"), name, position and workplace, award form (its
 * Vietnamese name or its code), achievements, the unit's minutes number, under disciplinary review
 * ("Có"/"Không", empty "Không"), gender ("Nam"/"Nữ") and year of birth for a person (optional). A
 * row becomes the variables of one {@code award-nomination} start; what does not fit is named by
 * row and column, as the user numbers them.
 */
public final class NominationSheet {

  public static final int MAX_ROWS = 500;

  static final List<String> HEADERS =
      List.of(
          "Đối tượng (Tập thể/Cá nhân)",
          "Tên tập thể hoặc họ và tên cá nhân",
          "Chức vụ, đơn vị công tác",
          "Hình thức khen thưởng",
          "Báo cáo thành tích",
          "Số biên bản họp xét của đơn vị",
          "Đang bị xem xét kỷ luật (Có/Không)",
          "Giới tính (Nam/Nữ)",
          "Năm sinh");

  /** One row: its number as the user sees it, the start variables, gender and year of birth. */
  public record Line(
      int rowNumber, Map<String, Object> variables, String gender, Integer birthYear) {}

  /** The rows read, and what did not fit ("Dòng 3, cột A (…): …"). */
  public record Reading(List<Line> lines, List<String> errors) {}

  private NominationSheet() {}

  /** The template: the headers, an example row of each kind, the award forms on a second sheet. */
  public static byte[] template() {
    try (Workbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Danh sách đề nghị");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      bold.setWrapText(true);
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        Cell cell = header.createCell(i);
        cell.setCellValue(HEADERS.get(i));
        cell.setCellStyle(bold);
        sheet.setColumnWidth(i, (i == 1 || i == 2 || i == 4 ? 40 : 18) * 256);
      }
      Sheet forms = workbook.createSheet("Hình thức khen thưởng");
      Row formsHeader = forms.createRow(0);
      formsHeader.createCell(0).setCellValue("Hình thức khen thưởng (ghi tên hoặc mã ở cột D)");
      formsHeader.createCell(1).setCellValue("Mã");
      int r = 1;
      for (AwardForm form : AwardForm.values()) {
        Row row = forms.createRow(r++);
        row.createCell(0).setCellValue(form.vietnamese());
        row.createCell(1).setCellValue(form.name());
      }
      forms.setColumnWidth(0, 50 * 256);
      forms.setColumnWidth(1, 28 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the list for {@code roundKey} and {@code unitCode}; refuses a file that is not .xlsx. */
  public static Reading read(InputStream content, String roundKey, String unitCode) {
    List<Line> lines = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    try (Workbook workbook = new XSSFWorkbook(content)) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter format = new DataFormatter(Locale.ROOT);
      for (int index = 1; index <= sheet.getLastRowNum(); index++) {
        Row row = sheet.getRow(index);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < HEADERS.size(); c++) {
          Cell cell = row == null ? null : row.getCell(c);
          cells.add(cell == null ? "" : format.formatCellValue(cell).strip());
        }
        if (cells.stream().allMatch(String::isEmpty)) {
          continue;
        }
        if (lines.size() + errors.size() >= MAX_ROWS) {
          throw ThiduaException.invalid(
              "Danh sách có hơn %d dòng: chia thành nhiều tệp.".formatted(MAX_ROWS));
        }
        int number = index + 1;
        List<String> rowErrors = new ArrayList<>();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("roundKey", roundKey);
        variables.put("unitCode", unitCode);
        variables.put("nomineeKind", kind(cells.get(0), number, rowErrors));
        variables.put("nomineeName", cells.get(1));
        if (!cells.get(2).isEmpty()) {
          variables.put("nomineePosition", cells.get(2));
        }
        variables.put("awardForm", awardForm(cells.get(3), number, rowErrors));
        variables.put("achievements", cells.get(4));
        variables.put("unitMinutesNumber", cells.get(5));
        variables.put("underDisciplinaryReview", yesNo(cells.get(6), number, rowErrors));
        String gender = gender(cells.get(7), number, rowErrors);
        Integer birthYear = birthYear(cells.get(8), number, rowErrors);
        if ((gender != null || birthYear != null)
            && "COLLECTIVE".equals(variables.get("nomineeKind"))) {
          rowErrors.add(
              "Dòng %d, cột H–I: giới tính và năm sinh chỉ ghi cho cá nhân.".formatted(number));
        }
        if (rowErrors.isEmpty()) {
          lines.add(new Line(number, variables, gender, birthYear));
        } else {
          errors.addAll(rowErrors);
        }
      }
    } catch (NotOfficeXmlFileException e) {
      throw notXlsx();
    } catch (IOException | RuntimeException e) {
      if (e instanceof ThiduaException refusal) {
        throw refusal;
      }
      throw notXlsx();
    }
    return new Reading(lines, errors);
  }

  private static ThiduaException notXlsx() {
    return ThiduaException.invalid(
        "Tệp không phải bảng tính Excel .xlsx: tải mẫu danh sách, điền rồi gửi lại đúng tệp .xlsx.");
  }

  private static String kind(String value, int row, List<String> errors) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "tập thể", "collective" -> "COLLECTIVE";
      case "cá nhân", "individual" -> "INDIVIDUAL";
      default -> {
        errors.add(
            "Dòng %d, cột A (Đối tượng): \"%s\" không hợp lệ, ghi \"Tập thể\" hoặc \"Cá nhân\"."
                .formatted(row, value));
        yield null;
      }
    };
  }

  private static String awardForm(String value, int row, List<String> errors) {
    for (AwardForm form : AwardForm.values()) {
      if (form.name().equalsIgnoreCase(value) || form.vietnamese().equalsIgnoreCase(value)) {
        return form.name();
      }
    }
    errors.add(
        ("Dòng %d, cột D (Hình thức khen thưởng): \"%s\" không phải hình thức khen thưởng của"
                + " phong trào; ghi đúng tên hoặc mã như ở trang \"Hình thức khen thưởng\" của tệp mẫu.")
            .formatted(row, value));
    return null;
  }

  private static boolean yesNo(String value, int row, List<String> errors) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "", "không" -> {
        return false;
      }
      case "có" -> {
        return true;
      }
      default -> {
        errors.add(
            "Dòng %d, cột G (Đang bị xem xét kỷ luật): ghi \"Có\" hoặc \"Không\", không phải \"%s\"."
                .formatted(row, value));
        return false;
      }
    }
  }

  private static String gender(String value, int row, List<String> errors) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "" -> null;
      case "nam" -> "NAM";
      case "nữ" -> "NU";
      default -> {
        errors.add(
            "Dòng %d, cột H (Giới tính): ghi \"Nam\" hoặc \"Nữ\", không phải \"%s\"."
                .formatted(row, value));
        yield null;
      }
    };
  }

  private static Integer birthYear(String value, int row, List<String> errors) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      int year = Integer.parseInt(value);
      if (year >= 1900 && year <= 2100) {
        return year;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    errors.add(
        "Dòng %d, cột I (Năm sinh): \"%s\" không phải một năm gồm 4 chữ số.".formatted(row, value));
    return null;
  }
}
