package vn.ldtbxh.thidua.council;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.security.AccessRules;

/**
 * The roster of the Hội đồng Thi đua - Khen thưởng: read by those who follow the rounds and by the
 * council, kept by the Department Office. Each member comes with the record of its changes.
 */
@RestController
@RequestMapping("/api/council/members")
public class CouncilApi {

  private final CouncilMemberRepository members;
  private final Clock clock;

  public CouncilApi(CouncilMemberRepository members, Clock clock) {
    this.members = members;
    this.clock = clock;
  }

  /**
   * Every member ever recorded, with {@code servingToday}, the council's size today ({@code size},
   * null where the roster does not cover today) and whether the caller may add members ({@code
   * mayEdit}).
   */
  @Operation(
      summary =
          "Danh sách thành viên Hội đồng Thi đua - Khen thưởng, số thành viên hôm nay và lịch sử thay đổi")
  @GetMapping
  public Map<String, Object> list(HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    user.require(
        AccessRules.ROSTER_READERS, "xem danh sách thành viên Hội đồng Thi đua - Khen thưởng");
    LocalDate today = LocalDate.now(clock.withZone(VietnameseFormats.ZONE));
    List<CouncilMember> all = members.findAll();
    Map<Long, List<Map<String, Object>>> changes = members.changes();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("date", today.toString());
    var size = new CouncilRoster(all).sizeOn(today);
    answer.put("size", size.isPresent() ? size.getAsInt() : null);
    answer.put("mayEdit", user.isInAny(AccessRules.ROSTER_KEEPERS));
    answer.put(
        "members",
        all.stream().map(m -> view(m, today, changes.getOrDefault(m.id(), List.of()))).toList());
    return answer;
  }

  /**
   * Adds a member: {@code {"name", "position", "role", "from", "to"}} ({@code to} optional), {@code
   * role} one of CHU_TICH, PHO_CHU_TICH, THU_KY, UY_VIEN.
   */
  @Operation(summary = "Ghi thêm một thành viên Hội đồng (Văn phòng Sở)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> add(
      @RequestBody Map<String, Object> body, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    user.require(
        AccessRules.ROSTER_KEEPERS,
        "cập nhật danh sách thành viên Hội đồng Thi đua - Khen thưởng (chỉ Văn phòng Sở)");
    CouncilRoster.NewMember checked = members.roster().check(body);
    CouncilMember added =
        members.add(checked, user.userId(), clock.instant(), () -> members.roster().check(body));
    LocalDate today = LocalDate.now(clock.withZone(VietnameseFormats.ZONE));
    return view(added, today, members.changes().getOrDefault(added.id(), List.of()));
  }

  /** Records a member's last day of service: {@code {"to": "2027-06-30"}}. */
  @Operation(summary = "Ghi ngày thôi tham gia Hội đồng của một thành viên (Văn phòng Sở)")
  @PostMapping("/{id}/end")
  public Map<String, Object> end(
      @PathVariable long id, @RequestBody Map<String, Object> body, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    user.require(
        AccessRules.ROSTER_KEEPERS,
        "cập nhật danh sách thành viên Hội đồng Thi đua - Khen thưởng (chỉ Văn phòng Sở)");
    CouncilMember member =
        members
            .find(id)
            .orElseThrow(
                () ->
                    ThiduaException.notFound(
                        "Không có thành viên Hội đồng số %d trong danh sách.".formatted(id)));
    CouncilRoster roster = members.roster();
    roster.checkEnd(member, body);
    CouncilMember ended =
        members.end(id, user.userId(), clock.instant(), current -> roster.checkEnd(current, body));
    LocalDate today = LocalDate.now(clock.withZone(VietnameseFormats.ZONE));
    return view(ended, today, members.changes().getOrDefault(id, List.of()));
  }

  private static Map<String, Object> view(
      CouncilMember member, LocalDate today, List<Map<String, Object>> changes) {
    Map<String, Object> view = new LinkedHashMap<>(CouncilMemberRepository.describe(member));
    view.put("id", member.id());
    view.put("roleName", member.role().vietnamese());
    view.put("servingToday", member.servesOn(today));
    view.put("changes", changes);
    return view;
  }
}
