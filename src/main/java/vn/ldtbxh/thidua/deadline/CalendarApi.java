package vn.ldtbxh.thidua.deadline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.security.AccessRules;

/**
 * The yearly calendar table over HTTP: read by those who follow the rounds, kept by the Department
 * Office. The role is checked before anything else, the path's year and the body included.
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarApi {

  private static final String KEEP = "cập nhật lịch nghỉ lễ, Tết và ngày làm bù (chỉ Văn phòng Sở)";
  private static final String READ = "xem lịch nghỉ lễ, Tết và ngày làm bù";

  private final CalendarStore store;
  private final CalendarRepository repository;
  private final ObjectMapper json;
  private final Clock clock;

  public CalendarApi(
      CalendarStore store, CalendarRepository repository, ObjectMapper json, Clock clock) {
    this.store = store;
    this.repository = repository;
    this.json = json;
    this.clock = clock;
  }

  @Operation(
      summary = "Tình trạng lịch của năm nay và năm sau, và cảnh báo khi chưa cập nhật",
      description =
          "{\"today\", \"years\": [{\"year\", \"status\": \"FILLED\"|\"CHECKED\"|\"MISSING\","
              + " \"statusText\"}], \"missing\": [năm], \"warning\": văn bản hoặc null, \"mayEdit\"}."
              + " Người theo dõi (social-protection, office, directors, managers, camunda-admin).")
  @GetMapping
  public Map<String, Object> coverage(HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    user.require(AccessRules.CALENDAR_READERS, READ);
    CalendarCoverage coverage = store.coverage();
    List<Integer> missing = coverage.missingYears(clock);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("today", LocalDate.now(clock.withZone(VietnamTime.VN_ZONE)).toString());
    answer.put(
        "years",
        CalendarCoverage.yearsToCover(clock).stream()
            .map(year -> status(year, coverage.status(year)))
            .toList());
    answer.put("missing", missing);
    answer.put("warning", CalendarCoverage.warning(missing));
    answer.put("mayEdit", user.isInAny(AccessRules.CALENDAR_KEEPERS));
    return answer;
  }

  @Operation(
      summary = "Lịch của một năm: ngày nghỉ, ngày làm việc bù, ngày nghỉ liền kề Quốc khánh",
      description =
          "Danh sách {\"date\": \"yyyy-MM-dd\", \"kind\": \"OFF\"|\"WORK\"|\"ADJACENT\","
              + " \"note\"} theo thứ tự ngày. Người theo dõi.")
  @GetMapping("/{year}")
  public List<Map<String, Object>> get(
      @Parameter(description = "năm, ví dụ 2027") @PathVariable String year,
      HttpServletRequest request) {
    CurrentUser.of(request).require(AccessRules.CALENDAR_READERS, READ);
    return CalendarRepository.describe(store.entries(CalendarYearRules.year(year)));
  }

  @Operation(
      summary = "Thay toàn bộ lịch của một năm (Văn phòng Sở)",
      description =
          "Thân yêu cầu: danh sách {\"date\", \"kind\", \"note\"}, thay toàn bộ lịch của năm; trả"
              + " về lịch mới. Mỗi ngày thuộc năm và chỉ ghi một lần; kind là OFF (ngày nghỉ thêm),"
              + " WORK (ngày làm việc bù) hoặc ADJACENT (ngày nghỉ liền kề Quốc khánh, 01/09 hoặc"
              + " 03/09, một ngày mỗi năm từ 2021); note (tối đa 500 ký tự) nên dẫn văn bản thông"
              + " báo. Sai thì 400 với thông báo tiếng Việt và không lưu gì; vai trò khác 403 trước"
              + " mọi kiểm tra. Mỗi thay đổi được ghi lại (ai, lúc nào, trước, sau). Thay đổi làm"
              + " hạn nộp hoặc hẹn giờ chưa đến của báo cáo đang lập lùi về sau thì hạn và hẹn giờ"
              + " được tính lại như khi gia hạn và đơn vị được thông báo; không hạn nào bị đưa sớm"
              + " hơn.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = "application/json",
                      array = @ArraySchema(schema = @Schema(implementation = Map.class)),
                      examples =
                          @ExampleObject(
                              value =
                                  "[{\"date\": \"2027-09-03\", \"kind\": \"ADJACENT\", \"note\":"
                                      + " \"Thông báo của Bộ Nội vụ\"}]"))))
  @PutMapping("/{year}")
  public List<Map<String, Object>> replace(
      @Parameter(description = "năm, ví dụ 2027") @PathVariable String year,
      @RequestBody(required = false) String body,
      HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    user.require(AccessRules.CALENDAR_KEEPERS, KEEP);
    int checkedYear = CalendarYearRules.year(year);
    List<CalendarEntry> entries = CalendarYearRules.entries(checkedYear, parse(body));
    store.replace(checkedYear, entries, user.userId());
    return CalendarRepository.describe(store.entries(checkedYear));
  }

  @Operation(
      summary = "Đánh dấu năm \"Đã kiểm tra, không thay đổi\" (Văn phòng Sở)",
      description =
          "Không cần thân yêu cầu. Năm được coi là đã sẵn sàng dù không có ngày nào trong lịch;"
              + " việc đánh dấu được ghi lại. Trả về như GET /api/calendar/{year}/record.")
  @PutMapping("/{year}/checked")
  public Map<String, Object> check(
      @Parameter(description = "năm, ví dụ 2027") @PathVariable String year,
      HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    user.require(AccessRules.CALENDAR_KEEPERS, KEEP);
    int checkedYear = CalendarYearRules.year(year);
    store.markChecked(checkedYear, user.userId());
    return record(checkedYear, user);
  }

  @Operation(
      summary = "Tình trạng và lịch sử thay đổi lịch của một năm",
      description =
          "{\"year\", \"status\", \"statusText\", \"source\" (SEED: từ bảng kèm theo ứng dụng;"
              + " OFFICE: Văn phòng Sở), \"updatedAt\", \"updatedBy\", \"checkedAt\", \"checkedBy\","
              + " \"mayEdit\", \"changes\": [{\"action\": \"SEED\"|\"REPLACE\"|\"CHECKED\","
              + " \"changedAt\", \"changedBy\", \"before\", \"after\"}]}. Người theo dõi.")
  @GetMapping("/{year}/record")
  public Map<String, Object> record(
      @Parameter(description = "năm, ví dụ 2027") @PathVariable String year,
      HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    user.require(AccessRules.CALENDAR_READERS, READ);
    return record(CalendarYearRules.year(year), user);
  }

  private Map<String, Object> record(int year, CurrentUser user) {
    Map<String, Object> answer = status(year, store.coverage().status(year));
    var known = repository.year(year);
    answer.put("source", known.map(CalendarRepository.YearRecord::source).orElse(null));
    answer.put("updatedAt", known.map(CalendarRepository.YearRecord::updatedAt).orElse(null));
    answer.put("updatedBy", known.map(CalendarRepository.YearRecord::updatedBy).orElse(null));
    answer.put("checkedAt", known.map(CalendarRepository.YearRecord::checkedAt).orElse(null));
    answer.put("checkedBy", known.map(CalendarRepository.YearRecord::checkedBy).orElse(null));
    answer.put("mayEdit", user.isInAny(AccessRules.CALENDAR_KEEPERS));
    answer.put("changes", repository.changes(year));
    return answer;
  }

  private static Map<String, Object> status(int year, CalendarYearStatus status) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("year", year);
    view.put("status", status.name());
    view.put("statusText", status.vietnamese());
    return view;
  }

  private Object parse(String body) {
    if (body == null || body.isBlank()) {
      throw ThiduaException.invalid(
          "Thiếu lịch của năm: gửi danh sách {\"date\", \"kind\", \"note\"} (danh sách rỗng để xóa"
              + " hết).");
    }
    try {
      return json.readValue(body, Object.class);
    } catch (JsonProcessingException e) {
      throw ThiduaException.invalid("Nội dung yêu cầu không đọc được (JSON không hợp lệ).");
    }
  }
}
