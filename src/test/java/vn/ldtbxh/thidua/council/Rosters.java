package vn.ldtbxh.thidua.council;

import java.time.Instant;
import java.time.LocalDate;

/** Councils for tests. */
public final class Rosters {

  private Rosters() {}

  /**
   * Records a chair and {@code size} - 1 members serving from {@code from}, as the office would.
   */
  public static void serving(CouncilMemberRepository council, LocalDate from, int size) {
    add(council, "Nguyễn Văn An", "Giám đốc Sở", CouncilRole.CHU_TICH, from, null);
    for (int i = 1; i < size; i++) {
      add(council, "Ủy viên số " + i, "Trưởng phòng", CouncilRole.UY_VIEN, from, null);
    }
  }

  public static void add(
      CouncilMemberRepository council,
      String name,
      String position,
      CouncilRole role,
      LocalDate from,
      LocalDate to) {
    council.add(
        new CouncilRoster.NewMember(name, position, role, from, to),
        "vanphong",
        Instant.now(),
        () -> {});
  }
}
