package vn.ldtbxh.thidua.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.ldtbxh.thidua.nomination.AwardForm;
import vn.ldtbxh.thidua.nomination.NominationRepository;
import vn.ldtbxh.thidua.nomination.NomineeKind;
import vn.ldtbxh.thidua.organization.Unit;
import vn.ldtbxh.thidua.organization.UnitRepository;

/**
 * The award history (the same search as {@code GET /api/awards}) as lines with Vietnamese names and
 * the link to each decision: the Director's decision as a Word document, a decision of the Province
 * or the Prime Minister by its number and date.
 */
@Service
public class AwardHistory {

  private final NominationRepository nominations;
  private final UnitRepository units;

  public AwardHistory(NominationRepository nominations, UnitRepository units) {
    this.nominations = nominations;
    this.units = units;
  }

  public record AwardLine(
      String businessKey,
      String unitCode,
      String unitName,
      int year,
      String awardForm,
      String awardFormText,
      String nomineeKindText,
      String nomineeName,
      String nomineePosition,
      String issuer,
      String issuerText,
      String decisionNumber,
      LocalDate decisionDate,
      String decisionDocument) {}

  public List<AwardLine> search(String unit, Integer year, String awardForm, String nominee) {
    Map<String, String> unitNames =
        units.findAll().stream().collect(java.util.stream.Collectors.toMap(Unit::code, Unit::name));
    return nominations.awards(unit, year, awardForm, nominee).stream()
        .map(
            row -> {
              String key = (String) row.get("business_key");
              String form = (String) row.get("award_form");
              String issuer = (String) row.get("decision_issuer");
              Date date = (Date) row.get("decision_date");
              String unitCode = (String) row.get("unit_code");
              return new AwardLine(
                  key,
                  unitCode,
                  unitNames.getOrDefault(unitCode, unitCode),
                  ((Number) row.get("round_year")).intValue(),
                  form,
                  AwardForm.of(form).map(AwardForm::vietnamese).orElse(form),
                  NomineeKind.valueOf((String) row.get("nominee_kind")).vietnamese(),
                  (String) row.get("nominee_name"),
                  (String) row.get("nominee_position"),
                  issuer,
                  issuerText(issuer),
                  (String) row.get("decision_number"),
                  date == null ? null : date.toLocalDate(),
                  decisionDocument(key, issuer));
            })
        .toList();
  }

  /** The decision's Word document, for the Director's decisions; {@code null} for other issuers. */
  public static String decisionDocument(String nominationKey, String issuer) {
    return "DIRECTOR".equals(issuer)
        ? "/api/nominations/" + nominationKey + "/decision.docx"
        : null;
  }

  static String issuerText(String issuer) {
    if (issuer == null) {
      return "";
    }
    return switch (issuer) {
      case "DIRECTOR" -> "Giám đốc Sở";
      case "PROVINCE" -> "Chủ tịch UBND tỉnh";
      case "PRIME_MINISTER" -> "Thủ tướng Chính phủ";
      default -> issuer;
    };
  }
}
