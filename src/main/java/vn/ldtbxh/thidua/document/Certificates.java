package vn.ldtbxh.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.organization.Letterhead;

/**
 * The Giấy khen certificates of a Director's decision, one page per awardee, to print on the
 * Department's blanks (A4 landscape): national title and motto, the issuing title valid on the
 * decision's date, "TẶNG GIẤY KHEN", the collective's name or "Ông"/"Bà" and the person's name with
 * position and workplace, the achievement naming the movement and year, place and date, the
 * decision's number, the signer's title and name. The margins and the space above the recipient are
 * set in {@code thidua.certificate.*} (millimetres and points) to fit the blanks' printed frame.
 */
@Component
@EnableConfigurationProperties(Certificates.Layout.class)
public class Certificates {

  /** Where the text sits on the blank. */
  @ConfigurationProperties("thidua.certificate")
  public record Layout(
      Integer topMillimetres,
      Integer sideMillimetres,
      Integer bottomMillimetres,
      Integer spaceAboveRecipientPoints) {

    public Layout {
      topMillimetres = topMillimetres == null ? 30 : topMillimetres;
      sideMillimetres = sideMillimetres == null ? 30 : sideMillimetres;
      bottomMillimetres = bottomMillimetres == null ? 20 : bottomMillimetres;
      spaceAboveRecipientPoints =
          spaceAboveRecipientPoints == null ? 18 : spaceAboveRecipientPoints;
    }
  }

  /** One awardee's certificate. */
  public record Certificate(
      Letterhead letterhead,
      String recipient,
      String position,
      String achievement,
      String placeAndDate,
      String decisionNumber,
      String signerTitle,
      String signerName) {}

  private final Layout layout;

  public Certificates(Layout layout) {
    this.layout = layout;
  }

  /** The certificates, one page each, in the order given. */
  public byte[] write(List<Certificate> certificates) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(document);
      for (int i = 0; i < certificates.size(); i++) {
        Certificate certificate = certificates.get(i);
        XWPFParagraph first =
            line(document, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 14, 0);
        if (i > 0) {
          first.setPageBreak(true);
        }
        line(document, "Độc lập - Tự do - Hạnh phúc", true, false, 14, 0);
        line(document, "GIÁM ĐỐC " + certificate.letterhead().issuingBody(), true, false, 15, 18);
        line(document, "TẶNG GIẤY KHEN", true, false, 30, 12);
        line(
            document, certificate.recipient(), true, false, 22, layout.spaceAboveRecipientPoints());
        if (certificate.position() != null && !certificate.position().isBlank()) {
          line(document, certificate.position(), false, true, 15, 0);
        }
        line(document, certificate.achievement(), false, false, 15, 12);
        XWPFParagraph date = line(document, certificate.placeAndDate(), false, true, 14, 18);
        date.setAlignment(ParagraphAlignment.RIGHT);
        XWPFParagraph decision =
            line(document, "Số quyết định: " + certificate.decisionNumber(), false, false, 13, 6);
        decision.setAlignment(ParagraphAlignment.LEFT);
        XWPFParagraph title = line(document, certificate.signerTitle(), true, false, 14, 0);
        title.setAlignment(ParagraphAlignment.RIGHT);
        XWPFParagraph name =
            line(
                document,
                certificate.signerName() == null ? "" : certificate.signerName(),
                true,
                false,
                14,
                48);
        name.setAlignment(ParagraphAlignment.RIGHT);
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void page(XWPFDocument document) {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(16838));
    size.setH(BigInteger.valueOf(11906));
    size.setOrient(STPageOrientation.LANDSCAPE);
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(twips(layout.topMillimetres()));
    margins.setBottom(twips(layout.bottomMillimetres()));
    margins.setLeft(twips(layout.sideMillimetres()));
    margins.setRight(twips(layout.sideMillimetres()));
  }

  private static BigInteger twips(int millimetres) {
    return BigInteger.valueOf(Math.round(millimetres * 1440 / 25.4));
  }

  private static XWPFParagraph line(
      XWPFDocument document, String text, boolean bold, boolean italic, int size, int before) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    paragraph.setSpacingBefore(before * 20);
    paragraph.setSpacingAfter(0);
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setItalic(italic);
    run.setFontFamily(AdministrativeDocument.FONT);
    run.setFontSize(size);
    return paragraph;
  }
}
