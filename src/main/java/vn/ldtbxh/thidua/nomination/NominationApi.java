package vn.ldtbxh.thidua.nomination;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.document.AwardDocuments;
import vn.ldtbxh.thidua.document.Certificates;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.MovementRepository;
import vn.ldtbxh.thidua.organization.Letterhead;
import vn.ldtbxh.thidua.organization.OrganizationName;
import vn.ldtbxh.thidua.organization.OrganizationNames;
import vn.ldtbxh.thidua.organization.UnitRepository;
import vn.ldtbxh.thidua.round.Round;
import vn.ldtbxh.thidua.round.RoundRepository;
import vn.ldtbxh.thidua.security.AccessRules;

/**
 * Nominations through the application's API: a unit sees its own, the Department's observers see
 * all; the award history; the decision and submission documents (.docx) for the unit concerned, the
 * office, the directors and the managers only.
 */
@RestController
@RequestMapping("/api")
public class NominationApi {

  static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final NominationRepository nominations;
  private final RoundRepository rounds;
  private final MovementRepository movements;
  private final UnitRepository units;
  private final AwardDocuments documents;
  private final NominationWithdrawal withdrawal;
  private final OrganizationNames names;
  private final Certificates certificates;

  public NominationApi(
      NominationRepository nominations,
      RoundRepository rounds,
      MovementRepository movements,
      UnitRepository units,
      AwardDocuments documents,
      NominationWithdrawal withdrawal,
      OrganizationNames names,
      Certificates certificates) {
    this.certificates = certificates;
    this.withdrawal = withdrawal;
    this.names = names;
    this.nominations = nominations;
    this.rounds = rounds;
    this.movements = movements;
    this.units = units;
    this.documents = documents;
  }

  /** A unit's nominations: its own staff, or the Department's observers. */
  @GetMapping("/units/{unitCode}/nominations")
  public List<Nomination> ofUnit(@PathVariable String unitCode, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    if (!AccessRules.readsUnit(user.groups(), unitCode)) {
      throw ThiduaException.forbidden("Bạn chỉ xem được hồ sơ của đơn vị mình.");
    }
    return nominations.findByUnit(unitCode);
  }

  @GetMapping("/nominations/{key}")
  public Map<String, Object> one(@PathVariable String key, HttpServletRequest request) {
    return describe(readable(key, CurrentUser.of(request), AccessRules::readsUnit));
  }

  /**
   * The unit withdraws its nomination before the council: {@code {"reason": "..."}}. The process
   * ends as withdrawn and social protection is told.
   */
  @PostMapping("/nominations/{key}/withdraw")
  public Map<String, Object> withdraw(
      @PathVariable String key,
      @RequestBody(required = false) Map<String, Object> body,
      HttpServletRequest request) {
    return describe(
        withdrawal.withdraw(
            key, CurrentUser.of(request), body == null ? null : body.get("reason")));
  }

  private Map<String, Object> describe(Nomination nomination) {
    String key = nomination.businessKey();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("nomination", nomination);
    answer.put("status", nomination.status().vietnamese());
    answer.put("steps", nominations.events(key));
    return answer;
  }

  /**
   * Who received what, when, by which decision: filters by unit, year, award form and nominee name.
   */
  @GetMapping("/awards")
  public List<Map<String, Object>> awards(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String awardForm,
      @RequestParam(required = false) String nominee,
      HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    if (!user.isInAny(AccessRules.OBSERVERS)) {
      if (unit == null || !user.belongsToUnit(unit)) {
        throw ThiduaException.forbidden(
            "Bạn chỉ xem được lịch sử khen thưởng của đơn vị mình (tham số unit).");
      }
    }
    List<Map<String, Object>> lines =
        nominations.awards(blankToNull(unit), year, blankToNull(awardForm), blankToNull(nominee));
    // each line links to its decision: the Director's as a Word document; the Province's by number
    // and date
    lines.forEach(
        line ->
            line.put(
                "decision_document",
                "DIRECTOR".equals(line.get("decision_issuer"))
                    ? "/api/nominations/" + line.get("business_key") + "/decision.docx"
                    : null));
    return lines;
  }

  @GetMapping("/nominations/{key}/decision.docx")
  public ResponseEntity<byte[]> decision(@PathVariable String key, HttpServletRequest request) {
    Nomination nomination =
        readable(key, CurrentUser.of(request), AccessRules::readsDecisionDocuments);
    if (!"DIRECTOR".equals(nomination.decisionIssuer()) || nomination.decisionNumber() == null) {
      throw ThiduaException.notFound(
          "Hồ sơ %s chưa có quyết định khen thưởng của Giám đốc Sở.".formatted(key));
    }
    List<Nomination> listed =
        nominations.inDecision(
            "DIRECTOR", nomination.decisionDate().getYear(), nomination.decisionNumber());
    byte[] docx =
        documents.decision(
            content(nomination, nomination.decisionNumber(), nomination.decisionDate(), listed));
    return download(docx, "quyet-dinh-" + safe(nomination.decisionNumber()) + ".docx");
  }

  /** The Giấy khen certificate of one awardee of a Director's decision. */
  @io.swagger.v3.oas.annotations.Operation(summary = "Giấy khen của một cá nhân, tập thể (.docx)")
  @GetMapping("/nominations/{key}/certificate.docx")
  public ResponseEntity<byte[]> certificate(@PathVariable String key, HttpServletRequest request) {
    Nomination nomination = awarded(key, request);
    return download(
        certificates.write(List.of(certificate(nomination))),
        "giay-khen-" + safe(nomination.businessKey()) + ".docx");
  }

  /** The certificates of every awardee of the nomination's decision, one page each. */
  @io.swagger.v3.oas.annotations.Operation(
      summary = "Giấy khen của mọi cá nhân, tập thể trong quyết định (.docx)")
  @GetMapping("/nominations/{key}/certificates.docx")
  public ResponseEntity<byte[]> certificates(@PathVariable String key, HttpServletRequest request) {
    Nomination nomination = awarded(key, request);
    List<Nomination> listed =
        nominations.inDecision(
            "DIRECTOR", nomination.decisionDate().getYear(), nomination.decisionNumber());
    return download(
        certificates.write(listed.stream().map(this::certificate).toList()),
        "giay-khen-" + safe(nomination.decisionNumber()) + ".docx");
  }

  /** A nomination awarded a Giấy khen by the Director's decision, readable by the caller. */
  private Nomination awarded(String key, HttpServletRequest request) {
    Nomination nomination =
        readable(key, CurrentUser.of(request), AccessRules::readsDecisionDocuments);
    if (!"DIRECTOR".equals(nomination.decisionIssuer()) || nomination.decisionNumber() == null) {
      throw ThiduaException.notFound(
          "Hồ sơ %s chưa có quyết định khen thưởng của Giám đốc Sở: chưa có giấy khen."
              .formatted(key));
    }
    return nomination;
  }

  private Certificates.Certificate certificate(Nomination nomination) {
    Round round = rounds.findByKey(nomination.roundKey()).orElseThrow();
    Movement movement = movements.findByCode(round.movementCode()).orElseThrow();
    LocalDate date = nomination.decisionDate();
    String recipient = nomination.nomineeName();
    if (nomination.nomineeKind() == NomineeKind.INDIVIDUAL) {
      String title =
          nominations
              .nomineeGender(nomination.businessKey())
              .map(gender -> "NU".equals(gender) ? "Bà " : "Ông ")
              .orElse("");
      recipient = title + recipient;
    }
    String position =
        nomination.nomineeKind() == NomineeKind.INDIVIDUAL
            ? nomination.nomineePosition()
            : units.nameOn(nomination.unitCode(), date).orElse(null);
    Letterhead letterhead = names.letterheadOn(date);
    return new Certificates.Certificate(
        letterhead,
        recipient,
        position,
        "Đã có thành tích xuất sắc trong thực hiện phong trào thi đua \"%s\" năm %d."
            .formatted(movement.name(), round.year()),
        letterhead.placeAndDate(date),
        nomination.decisionNumber(),
        "GIÁM ĐỐC",
        "");
  }

  @GetMapping("/nominations/{key}/submission.docx")
  public ResponseEntity<byte[]> submission(@PathVariable String key, HttpServletRequest request) {
    Nomination nomination =
        readable(key, CurrentUser.of(request), AccessRules::readsDecisionDocuments);
    if (nomination.submissionNumber() == null) {
      throw ThiduaException.notFound("Hồ sơ %s chưa được trình cấp trên.".formatted(key));
    }
    byte[] docx =
        documents.submission(
            content(
                nomination,
                nomination.submissionNumber(),
                nomination.submissionDate(),
                List.of(nomination)));
    return download(docx, "to-trinh-" + safe(nomination.submissionNumber()) + ".docx");
  }

  private AwardDocuments.Content content(
      Nomination nomination, String number, LocalDate date, List<Nomination> listed) {
    Round round = rounds.findByKey(nomination.roundKey()).orElseThrow();
    Movement movement = movements.findByCode(round.movementCode()).orElseThrow();
    List<AwardDocuments.Nominee> nominees =
        listed.stream()
            .map(
                n ->
                    new AwardDocuments.Nominee(
                        n.nomineeKind().vietnamese(),
                        n.nomineeName(),
                        n.nomineePosition(),
                        units.nameOn(n.unitCode(), date).orElse(n.unitCode()),
                        n.achievements()))
            .toList();
    return new AwardDocuments.Content(
        names.letterheadOn(date),
        planBasis(movement),
        number,
        date,
        nomination.awardForm().vietnamese(),
        movement.name(),
        round.year(),
        nomination.councilMinutesNumber(),
        nominees);
  }

  /**
   * "Căn cứ Kế hoạch số 179/KH-LĐTBXH ngày 12/7/2018 của Sở Lao động - Thương binh và Xã hội về
   * việc tổ chức phong trào thi đua "…" giai đoạn 2018 - 2020;", with the department's name of the
   * plan's date.
   */
  private String planBasis(Movement movement) {
    String launched =
        movement.planReference().isEmpty()
            ? "Căn cứ phong trào thi đua"
            : "Căn cứ %s của %s về việc tổ chức phong trào thi đua"
                .formatted(
                    movement.planReference(),
                    names.on(OrganizationName.Kind.DEPARTMENT, movement.planDate()).orElse("Sở"));
    return "%s \"%s\" giai đoạn %d - %d;"
        .formatted(launched, movement.name(), movement.firstYear(), movement.lastYear());
  }

  /**
   * The nomination, if the rule lets the user read it for its unit; 404 for an unknown one, 403
   * otherwise.
   */
  private Nomination readable(
      String key, CurrentUser user, BiPredicate<List<String>, String> reads) {
    Nomination nomination =
        nominations
            .find(key)
            .orElseThrow(
                () ->
                    ThiduaException.notFound(
                        "Không có hồ sơ đề nghị khen thưởng \"%s\".".formatted(key)));
    if (!reads.test(user.groups(), nomination.unitCode())) {
      throw ThiduaException.forbidden("Bạn không có quyền xem hồ sơ %s.".formatted(key));
    }
    return nomination;
  }

  private static ResponseEntity<byte[]> download(byte[] content, String filename) {
    return ResponseEntity.ok()
        .contentType(DOCX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(content);
  }

  private static String safe(String number) {
    return number.replaceAll("[^A-Za-z0-9-]", "-");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
