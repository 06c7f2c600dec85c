package vn.ldtbxh.thidua.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.VietnameseFormats;

/**
 * The Director's award decision (Quyết định khen thưởng) and the submission to the Province (Tờ
 * trình), as .docx in the format of Decree 30/2020/NĐ-CP. Every nominee is listed with the unit
 * name valid on the document's date.
 */
@Component
public class AwardDocuments {

  static final String PARENT_BODY = "UBND TỈNH BÌNH PHƯỚC";
  static final String ISSUING_BODY = "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI";
  static final String PLAN =
      "Căn cứ Kế hoạch số 179/KH-LĐTBXH ngày 12 tháng 7 năm 2018 của Sở Lao động - Thương binh "
          + "và Xã hội về việc tổ chức phong trào thi đua \"%s\" giai đoạn 2018 - 2020;";

  /** One nominee as the document lists it. */
  public record Nominee(
      String kindText, String name, String position, String unitName, String achievementsSummary) {}

  /** What a decision or a submission says. */
  public record Content(
      String number,
      LocalDate date,
      String awardFormName,
      String movementName,
      int year,
      String councilMinutes,
      List<Nominee> nominees) {}

  public byte[] decision(Content content) {
    AdministrativeDocument doc = new AdministrativeDocument();
    doc.header(
        PARENT_BODY,
        ISSUING_BODY,
        content.number(),
        "Bình Phước, " + VietnameseFormats.longDate(content.date()));
    doc.title("QUYẾT ĐỊNH", 14);
    doc.title("Về việc tặng " + content.awardFormName(), 14);
    doc.title("GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", 14);
    doc.bodyItalic(
        "Căn cứ Luật Thi đua, khen thưởng và các văn bản quy định chi tiết, hướng dẫn thi hành;");
    doc.bodyItalic(
        "Căn cứ Quyết định của Ủy ban nhân dân tỉnh Bình Phước quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu "
            + "tổ chức của Sở Lao động - Thương binh và Xã hội;");
    doc.bodyItalic(PLAN.formatted(content.movementName()));
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
    doc.header(
        PARENT_BODY,
        ISSUING_BODY,
        content.number(),
        "Bình Phước, " + VietnameseFormats.longDate(content.date()));
    doc.title("TỜ TRÌNH", 14);
    doc.title("Về việc đề nghị tặng " + content.awardFormName(), 14);
    doc.centered(
        "Kính gửi: Ủy ban nhân dân tỉnh Bình Phước (qua Ban Thi đua - Khen thưởng tỉnh).",
        false,
        false);
    doc.bodyItalic(
        "Căn cứ Luật Thi đua, khen thưởng và các văn bản quy định chi tiết, hướng dẫn thi hành;");
    doc.bodyItalic(PLAN.formatted(content.movementName()));
    if (content.councilMinutes() != null) {
      doc.bodyItalic(
          "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Sở số %s,"
              .formatted(content.councilMinutes()));
    }
    doc.body(
        ("Sở Lao động - Thương binh và Xã hội kính đề nghị Ủy ban nhân dân tỉnh xem xét, tặng %s cho %d tập thể, cá "
                + "nhân đã có thành tích xuất sắc trong thực hiện phong trào thi đua \"%s\" năm %d (có danh sách và báo cáo thành "
                + "tích kèm theo).")
            .formatted(
                content.awardFormName(),
                content.nominees().size(),
                content.movementName(),
                content.year()));
    doc.table(List.of("STT", "Tập thể, cá nhân", "Chức vụ", "Đơn vị"), rows(content.nominees()));
    doc.body(
        "Sở Lao động - Thương binh và Xã hội kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.");
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
