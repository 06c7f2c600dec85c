package vn.ldtbxh.thidua.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.MovementRepository;
import vn.ldtbxh.thidua.movement.TargetBook;
import vn.ldtbxh.thidua.nomination.AwardForm;
import vn.ldtbxh.thidua.round.Round;
import vn.ldtbxh.thidua.round.RoundRepository;
import vn.ldtbxh.thidua.security.AccessRules;

/**
 * The read API of the Cockpit view "Thi đua", for the Department's observers only (social
 * protection, office, directors, managers, administrators): a round's units, the plan's indicators
 * of a movement, a round's nominations pipeline, and each table as .xlsx.
 */
@RestController
@RequestMapping("/api/dashboard")
public class DashboardApi {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final String ACTION =
      "xem bảng theo dõi thi đua (dành cho Ban Giám đốc, Văn phòng Sở, "
          + "Phòng Bảo trợ xã hội và cán bộ theo dõi; mỗi đơn vị xem hồ sơ của mình trong Tasklist)";

  private final RoundRepository rounds;
  private final MovementRepository movements;
  private final RoundOverviews overviews;
  private final NominationPipelines pipelines;
  private final DashboardRepository dashboard;
  private final AwardHistory awards;
  private final DashboardExports exports;
  private final TargetBook targetBook;

  public DashboardApi(
      RoundRepository rounds,
      MovementRepository movements,
      RoundOverviews overviews,
      NominationPipelines pipelines,
      DashboardRepository dashboard,
      AwardHistory awards,
      DashboardExports exports,
      TargetBook targetBook) {
    this.rounds = rounds;
    this.movements = movements;
    this.overviews = overviews;
    this.pipelines = pipelines;
    this.dashboard = dashboard;
    this.awards = awards;
    this.exports = exports;
    this.targetBook = targetBook;
  }

  /** A round in the view's selector. */
  public record RoundChoice(
      String roundKey,
      int year,
      String roundType,
      String movementCode,
      String movementName,
      LocalDate deadline,
      boolean open) {}

  @Operation(summary = "Các đợt thi đua (để chọn đợt trên trang Thi đua)")
  @GetMapping("/rounds")
  public List<RoundChoice> rounds(HttpServletRequest request) {
    observer(request);
    Map<String, String> names =
        movements.findAll().stream().collect(Collectors.toMap(Movement::code, Movement::name));
    return rounds.findAll().stream()
        .map(
            round ->
                new RoundChoice(
                    round.roundKey(),
                    round.year(),
                    round.type().vietnamese(),
                    round.movementCode(),
                    names.get(round.movementCode()),
                    round.deadline(),
                    round.isOpen()))
        .toList();
  }

  @Operation(
      summary =
          "Tình hình báo cáo của các đơn vị trong đợt: tình trạng, hạn nộp (có gia hạn hay không), các thông báo đã nhận")
  @GetMapping("/rounds/{roundKey}")
  public RoundOverview round(@PathVariable String roundKey, HttpServletRequest request) {
    observer(request);
    return overviews.of(roundKey);
  }

  @Operation(summary = "Bảng tình hình báo cáo của các đơn vị (.xlsx)")
  @GetMapping("/rounds/{roundKey}/units.xlsx")
  public ResponseEntity<byte[]> roundWorkbook(
      @PathVariable String roundKey, HttpServletRequest request) {
    observer(request);
    return xlsx(exports.units(overviews.of(roundKey)), "don-vi-" + roundKey);
  }

  @Operation(
      summary =
          "Hồ sơ đề nghị khen thưởng của đợt: số hồ sơ ở từng tình trạng, hồ sơ quá hạn, hồ sơ chờ cấp trên")
  @GetMapping("/rounds/{roundKey}/nominations")
  public NominationPipeline nominations(@PathVariable String roundKey, HttpServletRequest request) {
    observer(request);
    return pipelines.of(overviews.round(roundKey).roundKey());
  }

  @Operation(summary = "Bảng hồ sơ đề nghị khen thưởng của đợt (.xlsx)")
  @GetMapping("/rounds/{roundKey}/nominations.xlsx")
  public ResponseEntity<byte[]> nominationsWorkbook(
      @PathVariable String roundKey, HttpServletRequest request) {
    observer(request);
    Round round = overviews.round(roundKey);
    return xlsx(
        exports.nominations(pipelines.of(round.roundKey()), round.year()), "ho-so-" + roundKey);
  }

  @Operation(summary = "Chỉ tiêu của Kế hoạch theo huyện, từng năm của phong trào, so với mục tiêu")
  @GetMapping("/movements/{movementCode}/indicators")
  public MovementIndicators indicators(
      @PathVariable String movementCode, HttpServletRequest request) {
    observer(request);
    return indicators(movementCode);
  }

  @Operation(summary = "Bảng chỉ tiêu theo huyện (.xlsx)")
  @GetMapping("/movements/{movementCode}/indicators.xlsx")
  public ResponseEntity<byte[]> indicatorsWorkbook(
      @PathVariable String movementCode, HttpServletRequest request) {
    observer(request);
    return xlsx(exports.indicators(indicators(movementCode)), "chi-tieu-" + movementCode);
  }

  /** The award history of {@code GET /api/awards}, with the same filters, as .xlsx. */
  @Operation(summary = "Lịch sử khen thưởng (.xlsx), cùng bộ lọc với GET /api/awards")
  @GetMapping("/awards.xlsx")
  public ResponseEntity<byte[]> awardsWorkbook(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String awardForm,
      @RequestParam(required = false) String nominee,
      HttpServletRequest request) {
    observer(request);
    List<String> filters = new ArrayList<>();
    add(filters, "Đơn vị", unit, Function.identity());
    add(filters, "Năm", year == null ? null : year.toString(), Function.identity());
    add(
        filters,
        "Hình thức",
        awardForm,
        code -> AwardForm.of(code).map(AwardForm::vietnamese).orElse(code));
    add(filters, "Tên", nominee, Function.identity());
    List<AwardHistory.AwardLine> lines =
        awards.search(blankToNull(unit), year, blankToNull(awardForm), blankToNull(nominee));
    String context = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    return xlsx(
        exports.awards(lines, context, filters.isEmpty() ? "Tất cả" : String.join("; ", filters)),
        "lich-su-khen-thuong");
  }

  private MovementIndicators indicators(String movementCode) {
    Movement movement =
        movements
            .findByCode(movementCode)
            .orElseThrow(
                () ->
                    ThiduaException.notFound(
                        "Không có phong trào thi đua \"%s\".".formatted(movementCode)));
    return MovementIndicators.compute(
        movement,
        targetBook.forMovement(movement),
        dashboard.districts(movement.code()),
        dashboard.acceptedDistrictReports(movement.code()));
  }

  private static void observer(HttpServletRequest request) {
    CurrentUser.of(request).require(AccessRules.OBSERVERS, ACTION);
  }

  private static void add(
      List<String> filters, String label, String value, Function<String, String> shown) {
    if (value != null && !value.isBlank()) {
      filters.add(label + ": " + shown.apply(value.trim()));
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static ResponseEntity<byte[]> xlsx(byte[] content, String name) {
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name + ".xlsx").build().toString())
        .body(content);
  }
}
