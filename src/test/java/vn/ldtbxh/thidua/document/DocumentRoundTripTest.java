package vn.ldtbxh.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ldtbxh.thidua.RequiredTools;

/**
 * The Word documents survive a round trip through LibreOffice (to OpenDocument and back): the
 * Vietnamese text with its diacritics and the Times New Roman font are kept. Skipped where
 * LibreOffice is not installed (fails with CI=true); the CI script installs it.
 */
class DocumentRoundTripTest {

  static final String SOFFICE = RequiredTools.SOFFICE.path().toString();

  @TempDir Path dir;

  @Test
  void theDecisionKeepsItsTextAndFontThroughLibreOffice() throws Exception {
    RequiredTools.onThisMachine().require("the LibreOffice round trip", RequiredTools.SOFFICE);
    byte[] docx =
        new AwardDocuments()
            .decision(
                new AwardDocuments.Content(
                    vn.ldtbxh.thidua.document.TestDocuments.BINH_PHUOC_2018,
                    vn.ldtbxh.thidua.document.TestDocuments.PLAN_179,
                    "125/QĐ-LĐTBXH",
                    LocalDate.parse("2018-12-20"),
                    "Giấy khen của Giám đốc Sở",
                    "Ngành Lao động - Thương binh và Xã hội chung tay vì người nghèo - Không để ai bị "
                        + "bỏ lại phía sau",
                    2018,
                    "12/BB-HĐTĐKT",
                    List.of(
                        new AwardDocuments.Nominee(
                            "Cá nhân",
                            "Nguyễn Thị Hạnh",
                            "Chuyên viên",
                            "Phòng Lao động - Thương binh và Xã hội thành phố Đồng Xoài",
                            "…"))));
    Path original = dir.resolve("quyet-dinh.docx");
    Files.write(original, docx);
    Path odt = convert(original, "odt");
    Path back = dir.resolve("back");
    Files.createDirectories(back);
    Path roundTripped = convert(odt, "docx", back);
    try (InputStream in = Files.newInputStream(roundTripped);
        XWPFDocument document = new XWPFDocument(in);
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      String text = extractor.getText();
      assertThat(text)
          .contains(
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc",
              "Bình Phước, ngày 20 tháng 12 năm 2018",
              "Số: 125/QĐ-LĐTBXH",
              "Nguyễn Thị Hạnh",
              "Phòng Lao động - Thương binh và Xã hội thành phố Đồng Xoài",
              "179/KH-LĐTBXH",
              "Nơi nhận:");
      assertThat(fontsOf(document)).containsOnly("Times New Roman");
    }
  }

  private static List<String> fontsOf(XWPFDocument document) {
    return document.getParagraphs().stream()
        .map(XWPFParagraph::getRuns)
        .flatMap(List::stream)
        .filter(run -> run.text() != null && !run.text().isBlank())
        .map(XWPFRun::getFontFamily)
        .filter(font -> font != null)
        .distinct()
        .toList();
  }

  private Path convert(Path input, String format) throws Exception {
    return convert(input, format, dir);
  }

  private Path convert(Path input, String format, Path outDir) throws Exception {
    Process soffice =
        new ProcessBuilder(
                SOFFICE,
                "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless",
                "--convert-to",
                format,
                "--outdir",
                outDir.toString(),
                input.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assertThat(soffice.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String name = input.getFileName().toString();
    Path output = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
    assertThat(output).as(Files.readString(dir.resolve("soffice.log"))).exists();
    return output;
  }
}
