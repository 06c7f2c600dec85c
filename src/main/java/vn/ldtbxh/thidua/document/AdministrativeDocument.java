package vn.ldtbxh.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A Word document in the administrative format of Decree 30/2020/NĐ-CP: A4, Times New Roman, the
 * issuing body and number on the left and the national title, motto, place and date on the right,
 * then the title, the body, and the recipients (Nơi nhận) beside the signature block.
 */
class AdministrativeDocument {

  static final String FONT = "Times New Roman";
  private final XWPFDocument document = new XWPFDocument();

  AdministrativeDocument() {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(1134));
    margins.setBottom(BigInteger.valueOf(1134));
    margins.setLeft(BigInteger.valueOf(1701));
    margins.setRight(BigInteger.valueOf(850));
  }

  /**
   * Issuing body, number and symbol on the left; national title, motto, place and date on the
   * right.
   */
  void header(String parentBody, String issuingBody, String numberAndSymbol, String placeAndDate) {
    XWPFTable table = borderless(1, 2);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    cellText(left, parentBody, false, false, 13);
    cellText(left, issuingBody, true, false, 13);
    cellText(left, "Số: " + numberAndSymbol, false, false, 13);
    cellText(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 13);
    cellText(right, "Độc lập - Tự do - Hạnh phúc", true, false, 14);
    cellText(right, placeAndDate, false, true, 14);
  }

  void title(String text, int size) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.CENTER);
    run(paragraph, text, true, false, size);
  }

  void centered(String text, boolean bold, boolean italic) {
    run(paragraph(ParagraphAlignment.CENTER), text, bold, italic, 14);
  }

  void body(String text) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
    paragraph.setIndentationFirstLine(567);
    run(paragraph, text, false, false, 14);
  }

  void bodyItalic(String text) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
    paragraph.setIndentationFirstLine(567);
    run(paragraph, text, false, true, 14);
  }

  /** "Điều 1. …": the article label in bold, then its text. */
  void article(String label, String text) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
    paragraph.setIndentationFirstLine(567);
    run(paragraph, label + " ", true, false, 14);
    run(paragraph, text, false, false, 14);
  }

  /** A bordered table with a bold header row. */
  void table(List<String> headers, List<List<String>> rows) {
    XWPFTable table = document.createTable(rows.size() + 1, headers.size());
    table.setTableAlignment(TableRowAlign.CENTER);
    table.setWidth("100%");
    for (int c = 0; c < headers.size(); c++) {
      cellText(table.getRow(0).getCell(c), headers.get(c), true, false, 13);
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < headers.size(); c++) {
        cellText(table.getRow(r + 1).getCell(c), rows.get(r).get(c), false, false, 13);
      }
    }
  }

  /** "Nơi nhận" on the left, the signer's title and name on the right. */
  void recipientsAndSignature(List<String> recipients, String signerTitle, String signerName) {
    XWPFTable table = borderless(1, 2);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph heading = left.getParagraphs().get(0);
    run(heading, "Nơi nhận:", true, true, 12);
    for (String recipient : recipients) {
      XWPFParagraph line = left.addParagraph();
      run(line, recipient, false, false, 11);
    }
    cellText(right, signerTitle, true, false, 14);
    cellText(right, "", false, false, 14);
    cellText(right, "(Đã ký)", false, true, 14);
    cellText(right, "", false, false, 14);
    cellText(right, signerName, true, false, 14);
  }

  byte[] toBytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.write(out);
      document.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private XWPFTable borderless(int rows, int columns) {
    XWPFTable table = document.createTable(rows, columns);
    table.removeBorders();
    table.setWidth("100%");
    return table;
  }

  private XWPFParagraph paragraph(ParagraphAlignment alignment) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(alignment);
    paragraph.setSpacingAfter(120);
    return paragraph;
  }

  private static void cellText(
      XWPFTableCell cell, String text, boolean bold, boolean italic, int size) {
    XWPFParagraph paragraph =
        cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
            ? cell.getParagraphs().get(0)
            : cell.addParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    run(paragraph, text, bold, italic, size);
  }

  private static void run(
      XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setItalic(italic);
    run.setFontFamily(FONT);
    run.setFontSize(size);
  }
}
