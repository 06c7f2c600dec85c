package vn.ldtbxh.thidua.dossier;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.nomination.NominationRepository;
import vn.ldtbxh.thidua.nomination.NominationStatus;
import vn.ldtbxh.thidua.report.UnitReportRepository;

/**
 * The comments of a dossier, from where the steps keep them: the reviews of a report ({@code
 * report_review}, written by reviewReport) and the steps of a nomination ({@code nomination_event},
 * written by verifyAchievements, checkDossier, completeDossier, the council, the decisions and a
 * withdrawal).
 */
@Component
public class DossierHistory {

  private static final Map<String, String> NOMINATION_STEPS =
      Map.ofEntries(
          Map.entry("ELIGIBILITY", "Xét điều kiện khen thưởng"),
          Map.entry("VERIFY", "Thẩm định thành tích"),
          Map.entry("REVISE", "Bổ sung báo cáo thành tích"),
          Map.entry("CHECK_DOSSIER", "Kiểm tra hồ sơ"),
          Map.entry("COMPLETE_DOSSIER", "Hoàn thiện hồ sơ"),
          Map.entry("EXPIRED", "Quá hạn hoàn thiện hồ sơ"),
          Map.entry("COUNCIL_VOTE", "Hội đồng Thi đua - Khen thưởng biểu quyết"),
          Map.entry("SIGN_DECISION", "Ký quyết định khen thưởng"),
          Map.entry("SUBMIT_TO_PROVINCE", "Trình UBND tỉnh"),
          Map.entry("PROVINCIAL_DECISION", "Quyết định của cấp trên"),
          Map.entry("WITHDRAW", "Rút hồ sơ"),
          Map.entry("WITHDRAWN", "Rút hồ sơ"));
  private static final Map<String, String> OUTCOMES =
      Map.ofEntries(
          Map.entry("APPROVED", "Chấp nhận"),
          Map.entry("RETURNED", "Trả lại để bổ sung"),
          Map.entry("REJECTED", "Không đề nghị khen thưởng"),
          Map.entry("REOPENED", "Mở lại để đơn vị chỉnh sửa"),
          Map.entry("COMPLETE", "Hồ sơ đầy đủ"),
          Map.entry("INCOMPLETE", "Hồ sơ chưa đầy đủ"),
          Map.entry("ELIGIBLE", "Đủ điều kiện"),
          Map.entry("INELIGIBLE", "Không đủ điều kiện"),
          Map.entry("PASSED", "Thông qua"),
          Map.entry("FAILED", "Không thông qua"),
          Map.entry("AWARDED", NominationStatus.AWARDED.vietnamese()),
          Map.entry("NOT_AWARDED", NominationStatus.NOT_AWARDED.vietnamese()),
          Map.entry("WITHDRAWN", NominationStatus.WITHDRAWN.vietnamese()));

  private final UnitReportRepository reports;
  private final NominationRepository nominations;

  public DossierHistory(UnitReportRepository reports, NominationRepository nominations) {
    this.reports = reports;
    this.nominations = nominations;
  }

  /** Every review of the report, oldest first; an acceptance may have no comment. */
  public List<DossierComment> ofReport(String roundKey, String unitCode) {
    List<DossierComment> comments = new ArrayList<>();
    for (Map<String, Object> review : reports.reviews(roundKey, unitCode)) {
      String outcome = text(review.get("outcome"));
      comments.add(
          new DossierComment(
              ((Timestamp) review.get("reviewed_at")).toInstant(),
              text(review.get("reviewer")),
              "REOPENED".equals(outcome) ? "Mở lại báo cáo" : "Thẩm định báo cáo",
              OUTCOMES.getOrDefault(outcome, outcome),
              text(review.get("review_comment"))));
    }
    return comments;
  }

  /**
   * The steps of the nomination that carry a comment or a verdict, oldest first. The eligibility
   * step's note is the deciding authority's code, not a comment: only a refusal's reason is shown.
   */
  public List<DossierComment> ofNomination(String businessKey) {
    List<DossierComment> comments = new ArrayList<>();
    for (Map<String, Object> event : nominations.events(businessKey)) {
      String step = text(event.get("step"));
      String outcome = text(event.get("outcome"));
      String comment = text(event.get("event_comment"));
      if ("ELIGIBILITY".equals(step) && !"INELIGIBLE".equals(outcome)
          || comment == null && outcome == null) {
        continue;
      }
      comments.add(
          new DossierComment(
              ((Timestamp) event.get("occurred_at")).toInstant(),
              text(event.get("actor")),
              NOMINATION_STEPS.getOrDefault(step, "Cập nhật hồ sơ"),
              outcome == null ? null : OUTCOMES.getOrDefault(outcome, outcome),
              comment));
    }
    return comments;
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
