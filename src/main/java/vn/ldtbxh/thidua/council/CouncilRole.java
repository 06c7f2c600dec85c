package vn.ldtbxh.thidua.council;

/**
 * A member's role in the Hội đồng Thi đua - Khen thưởng (Luật Thi đua, khen thưởng 2022, art. 91;
 * Nghị định 152/2025/NĐ-CP on the councils' organisation): the chair, the vice-chairs, the
 * secretary and the members.
 */
public enum CouncilRole {
  CHU_TICH("Chủ tịch"),
  PHO_CHU_TICH("Phó Chủ tịch"),
  THU_KY("Thư ký"),
  UY_VIEN("Ủy viên");

  private final String vietnamese;

  CouncilRole(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  public String vietnamese() {
    return vietnamese;
  }
}
