package vn.ldtbxh.thidua.round;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.common.Inputs;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.document.RoundSummaryWorkbook;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.MovementRepository;
import vn.ldtbxh.thidua.movement.TargetBook;
import vn.ldtbxh.thidua.organization.OrganizationNames;
import vn.ldtbxh.thidua.report.UnitReport;
import vn.ldtbxh.thidua.report.UnitReportRepository;
import vn.ldtbxh.thidua.security.AccessRules;

/**
 * Rounds through the application's API: list them, see every unit's report status, extend a
 * deadline (social protection, office) and download the approved summary (.xlsx).
 */
@RestController
@RequestMapping("/api/rounds")
public class RoundApi {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final RoundRepository rounds;
  private final MovementRepository movements;
  private final UnitReportRepository reports;
  private final DeadlineExtension extension;
  private final RoundSummaryWorkbook workbook;
  private final TargetBook targets;
  private final OrganizationNames names;

  public RoundApi(
      RoundRepository rounds,
      MovementRepository movements,
      UnitReportRepository reports,
      DeadlineExtension extension,
      RoundSummaryWorkbook workbook,
      TargetBook targets,
      OrganizationNames names) {
    this.names = names;
    this.rounds = rounds;
    this.movements = movements;
    this.reports = reports;
    this.extension = extension;
    this.workbook = workbook;
    this.targets = targets;
  }

  @GetMapping
  public List<Round> list(HttpServletRequest request) {
    CurrentUser.of(request).require(AccessRules.OBSERVERS, "xem danh sách đợt thi đua");
    return rounds.findAll();
  }

  @GetMapping("/{roundKey}/reports")
  public List<UnitReport> reports(@PathVariable String roundKey, HttpServletRequest request) {
    CurrentUser.of(request).require(AccessRules.OBSERVERS, "xem báo cáo của các đơn vị");
    return reports.findByRound(find(roundKey).roundKey());
  }

  /**
   * Extends the round's deadline, or one unit's: {@code {"deadline": "2026-12-22", "unitCode":
   * "budang"}} ({@code unitCode} optional).
   */
  @PostMapping("/{roundKey}/deadline")
  public DeadlineExtension.Result extend(
      @PathVariable String roundKey,
      @RequestBody Map<String, Object> body,
      HttpServletRequest request) {
    CurrentUser.of(request)
        .require(
            AccessRules.DEADLINE_EXTENDERS,
            "gia hạn nộp báo cáo (chỉ Phòng Bảo trợ xã hội, Văn phòng Sở)");
    return extension.extend(
        roundKey,
        Inputs.text(body.get("unitCode")),
        Inputs.date(body.get("deadline"), "Hạn nộp mới (deadline)"));
  }

  @GetMapping("/{roundKey}/summary.xlsx")
  public ResponseEntity<byte[]> summary(@PathVariable String roundKey, HttpServletRequest request) {
    CurrentUser.of(request).require(AccessRules.OBSERVERS, "tải báo cáo tổng hợp");
    Round round = find(roundKey);
    if (round.isOpen()) {
      throw ThiduaException.conflict(
          "Báo cáo tổng hợp của đợt %s chưa được Ban Giám đốc phê duyệt.".formatted(roundKey));
    }
    Movement movement = movements.findByCode(round.movementCode()).orElseThrow();
    List<UnitReport> units = reports.findByRound(roundKey);
    byte[] content =
        workbook.write(
            round,
            movement,
            units,
            targets.forRound(movement, roundKey, units.stream().map(UnitReport::unitCode).toList()),
            names.letterheadOn(
                round.summaryApprovedAt().atZone(VietnameseFormats.ZONE).toLocalDate()));
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("tong-hop-" + roundKey + ".xlsx")
                .build()
                .toString())
        .body(content);
  }

  private Round find(String roundKey) {
    return rounds
        .findByKey(roundKey)
        .orElseThrow(
            () -> ThiduaException.notFound("Không có đợt thi đua \"%s\".".formatted(roundKey)));
  }
}
