package vn.ldtbxh.thidua.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.organization.Letterhead;

/**
 * The Director's award decision (Quyết định khen thưởng) and the submission to the Province (Tờ
 * trình), as .docx in the format of Decree 30/2020/NĐ-CP. Every nominee is listed with the unit
 * name valid on the document's date, under the names of the issuing body, its province and place
 * valid on that date.
 */
@Component
public class AwardDocuments {

  /** One nominee as the document lists it. */
  public record Nominee(
      String kindText, String name, String position, String unitName, String achievementsSummary) {}

  /**
   * What a decision or a submission says: the names valid on its date ({@code letterhead}) and the
   * plan that launched the movement ({@code planBasis}, "Căn cứ Kế hoạch số …;").
   */
  public record Content(
      Letterhead letterhead,
      String planBasis,
      String number,
      LocalDate date,
      String awardFormName,
      String movementName,
      int year,
      String councilMinutes,
      List<Nominee> nominees) {}

  public byte[] decision(Content content) {
    AdministrativeDocument doc = new AdministrativeDocument();
    Letterhead names = content.letterhead();
    doc.header(
        names.parentBody(),
        names.issuingBody(),
        content.number(),
        names.placeAndDate(content.date()));
    doc.title("QUYẾT ĐỊNH", 14);
    doc.title("Về việc tặng " + content.awardFormName(), 14);
    doc.title("GIÁM ĐỐC " + names.issuingBody(), 14);
    doc.bodyItalic(
        "Căn cứ Luật Thi đua, khen thưởng và các văn bản quy định chi tiết, hướng dẫn thi hành;");
    doc.bodyItalic(
        ("Căn cứ Quyết định của Ủy ban nhân dân tỉnh %s quy định chức năng, nhiệm vụ, quyền hạn và"
                + " cơ cấu tổ chức của %s;")
            .formatted(names.province(), names.department()));
    doc.bodyItalic(content.planBasis());
    if (content.councilMinutes() != null) {
      doc.bodyItalic(
          "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Sở số %s;"
              .formatted(content.councilMinutes()));
    }
    doc.bodyItalic("Xét đề nghị của Chánh Văn phòng Sở,");
    doc.title("QUYẾT ĐỊNH:", 14);
    doc.article(
        "Điều 1.",
        "Tặng %s cho %d tập thể, cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong thực "
                .formatted(content.awardFormName(), content.nominees().size())
            + "hiện phong trào thi đua \"%s\" năm %d."
                .formatted(content.movementName(), content.year()));
    doc.table(List.of("STT", "Tập thể, cá nhân", "Chức vụ", "Đơn vị"), rows(content.nominees()));
    doc.article("Điều 2.", "Quyết định này có hiệu lực kể từ ngày ký.");
    doc.article(
        "Điều 3.",
        "Chánh Văn phòng Sở, Trưởng phòng Bảo trợ xã hội, Thủ trưởng các đơn vị có liên quan và các tập "
            + "thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.");
    doc.recipientsAndSignature(
        List.of("- Như Điều 3;", "- Ban Giám đốc Sở;", "- Hội đồng TĐKT Sở;", "- Lưu: VT, VP."),
        "GIÁM ĐỐC",
        "");
    return doc.toBytes();
  }

  public byte[] submission(Content content) {
    AdministrativeDocument doc = new AdministrativeDocument();
    Letterhead names = content.letterhead();
    doc.header(
        names.parentBody(),
        names.issuingBody(),
        content.number(),
        names.placeAndDate(content.date()));
    doc.title("TỜ TRÌNH", 14);
    doc.title("Về việc đề nghị tặng " + content.awardFormName(), 14);
    doc.centered(
        "Kính gửi: Ủy ban nhân dân tỉnh %s (qua Ban Thi đua - Khen thưởng tỉnh)."
            .formatted(names.province()),
        false,
        false);
    doc.bodyItalic(
        "Căn cứ Luật Thi đua, khen thưởng và các văn bản quy định chi tiết, hướng dẫn thi hành;");
    doc.bodyItalic(content.planBasis());
    if (content.councilMinutes() != null) {
      doc.bodyItalic(
          "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Sở số %s,"
              .formatted(content.councilMinutes()));
    }
    doc.body(
        ("%s kính đề nghị Ủy ban nhân dân tỉnh xem xét, tặng %s cho %d tập thể, cá "
                + "nhân đã có thành tích xuất sắc trong thực hiện phong trào thi đua \"%s\" năm %d (có danh sách và báo cáo thành "
                + "tích kèm theo).")
            .formatted(
                names.department(),
                content.awardFormName(),
                content.nominees().size(),
                content.movementName(),
                content.year()));
    doc.table(List.of("STT", "Tập thể, cá nhân", "Chức vụ", "Đơn vị"), rows(content.nominees()));
    doc.body(names.department() + " kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.");
    doc.recipientsAndSignature(
        List.of(
            "- Như trên;",
            "- Ban Thi đua - Khen thưởng tỉnh;",
            "- Ban Giám đốc Sở;",
            "- Lưu: VT, VP."),
        "GIÁM ĐỐC",
        "");
    return doc.toBytes();
  }

  private static List<List<String>> rows(List<Nominee> nominees) {
    List<List<String>> rows = new ArrayList<>();
    int number = 1;
    for (Nominee nominee : nominees) {
      rows.add(
          List.of(
              String.valueOf(number++),
              nominee.kindText() + ": " + nominee.name(),
              nominee.position() == null ? "" : nominee.position(),
              nominee.unitName()));
    }
    return rows;
  }
}
