package vn.ldtbxh.thidua.organization;

/** The Department's role groups, with their Camunda group ids and Vietnamese names. */
public enum RoleGroup {
  SOCIAL_PROTECTION("social-protection", "Phòng Bảo trợ xã hội (thường trực phong trào)"),
  OFFICE("office", "Văn phòng Sở (công tác thi đua, khen thưởng)"),
  DIRECTORS("directors", "Ban Giám đốc Sở"),
  COUNCIL("council", "Hội đồng Thi đua - Khen thưởng Sở"),
  MANAGERS("managers", "Lãnh đạo theo dõi (Cockpit)"),
  ADMIN("camunda-admin", "Quản trị hệ thống");

  private final String groupId;
  private final String vietnameseName;

  RoleGroup(String groupId, String vietnameseName) {
    this.groupId = groupId;
    this.vietnameseName = vietnameseName;
  }

  public String groupId() {
    return groupId;
  }

  public String vietnameseName() {
    return vietnameseName;
  }

  /** Camunda group type of role groups; units use {@link #UNIT_GROUP_TYPE}. */
  public static final String ROLE_GROUP_TYPE = "ROLE";

  public static final String UNIT_GROUP_TYPE = "UNIT";
}
