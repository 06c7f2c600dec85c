package vn.ldtbxh.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ldtbxh.thidua.common.ThiduaException;

class CouncilRosterTest {

  static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

  static CouncilMember member(
      long id, String name, CouncilRole role, LocalDate from, LocalDate to) {
    return new CouncilMember(id, name, "Trưởng phòng", role, from, to, Instant.EPOCH, "vanphong");
  }

  final CouncilRoster roster =
      new CouncilRoster(
          List.of(
              member(1, "Nguyễn Văn An", CouncilRole.CHU_TICH, JAN_2026, null),
              member(2, "Trần Thị Bình", CouncilRole.THU_KY, JAN_2026, LocalDate.of(2026, 6, 30)),
              member(3, "Lê Văn Cường", CouncilRole.UY_VIEN, LocalDate.of(2026, 7, 1), null)));

  static Map<String, Object> body(Object... pairs) {
    Map<String, Object> body = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      body.put((String) pairs[i], pairs[i + 1]);
    }
    return body;
  }

  @Test
  void theSizeOnADateCountsTheMembersServingThatDayBothEndsIncluded() {
    assertThat(roster.sizeOn(LocalDate.of(2025, 12, 31))).isEmpty();
    assertThat(roster.sizeOn(JAN_2026)).hasValue(2);
    assertThat(roster.sizeOn(LocalDate.of(2026, 6, 30))).hasValue(2);
    assertThat(roster.sizeOn(LocalDate.of(2026, 7, 1))).hasValue(2);
  }

  @Test
  void aVoteMustStateTheRostersTotalWhereTheRosterCoversTheMeeting() {
    roster.requireTotal(LocalDate.of(2026, 3, 2), 2);
    roster.requireTotal(LocalDate.of(2025, 3, 2), 11); // not covered: the vote's own number
    assertThatThrownBy(() -> roster.requireTotal(LocalDate.of(2026, 3, 2), 11))
        .isInstanceOf(ThiduaException.class)
        .hasMessageContaining("ngày 02/03/2026 Hội đồng có 2 thành viên, không phải 11");
  }

  @Test
  void aNewMembersFieldsAreCheckedWithVietnameseMessages() {
    CouncilRoster.NewMember ok =
        roster.check(
            body(
                "name",
                " Phạm Thị Dung ",
                "position",
                "Chánh Văn phòng",
                "role",
                "PHO_CHU_TICH",
                "from",
                "2026-02-01"));
    assertThat(ok)
        .isEqualTo(
            new CouncilRoster.NewMember(
                "Phạm Thị Dung",
                "Chánh Văn phòng",
                CouncilRole.PHO_CHU_TICH,
                LocalDate.of(2026, 2, 1),
                null));
    assertThatThrownBy(
            () -> roster.check(body("position", "x", "role", "UY_VIEN", "from", "2026-02-01")))
        .hasMessageContaining("Thiếu Họ và tên (name)");
    assertThatThrownBy(
            () ->
                roster.check(
                    body("name", "A", "position", "x", "role", "GIAM_DOC", "from", "2026-02-01")))
        .hasMessageContaining("Vai trò \"GIAM_DOC\" không có trong Hội đồng");
    assertThatThrownBy(() -> roster.check(body("name", "A", "position", "x", "role", "UY_VIEN")))
        .hasMessageContaining("Thiếu ngày bắt đầu");
    assertThatThrownBy(
            () ->
                roster.check(
                    body("name", "A", "position", "x", "role", "UY_VIEN", "from", "01/02/2026")))
        .hasMessageContaining("yyyy-MM-dd");
    assertThatThrownBy(
            () ->
                roster.check(
                    body(
                        "name",
                        "A",
                        "position",
                        "x",
                        "role",
                        "UY_VIEN",
                        "from",
                        "2026-02-01",
                        "to",
                        "2026-01-31")))
        .hasMessageContaining("trước ngày bắt đầu");
  }

  @Test
  void nobodyServesTwiceAtOnceAndTheCouncilHasOneChairAtATime() {
    assertThatThrownBy(
            () ->
                roster.check(
                    body(
                        "name",
                        "nguyễn văn an",
                        "position",
                        "x",
                        "role",
                        "UY_VIEN",
                        "from",
                        "2027-01-01")))
        .hasMessageContaining("Nguyễn Văn An đã là thành viên Hội đồng trong thời gian này");
    assertThatThrownBy(
            () ->
                roster.check(
                    body(
                        "name",
                        "Hoàng Văn Em",
                        "position",
                        "x",
                        "role",
                        "CHU_TICH",
                        "from",
                        "2026-05-01")))
        .hasMessageContaining("Hội đồng đã có Chủ tịch là Nguyễn Văn An");
    // the secretary who left may come back after her period; a chair before the current one is fine
    roster.check(
        body("name", "Trần Thị Bình", "position", "x", "role", "THU_KY", "from", "2026-07-01"));
    roster.check(
        body(
            "name",
            "Hoàng Văn Em",
            "position",
            "x",
            "role",
            "CHU_TICH",
            "from",
            "2025-01-01",
            "to",
            "2025-12-31"));
  }

  @Test
  void aMembersLastDayIsNotBeforeTheFirst() {
    CouncilMember chair = member(1, "Nguyễn Văn An", CouncilRole.CHU_TICH, JAN_2026, null);
    assertThat(roster.checkEnd(chair, body("to", "2026-01-01"))).isEqualTo(JAN_2026);
    assertThatThrownBy(() -> roster.checkEnd(chair, body("to", "2025-12-31")))
        .hasMessageContaining("trước ngày Nguyễn Văn An bắt đầu tham gia Hội đồng (01/01/2026)");
    assertThatThrownBy(() -> roster.checkEnd(chair, body()))
        .hasMessageContaining("Thiếu ngày cuối cùng tham gia");
  }
}
