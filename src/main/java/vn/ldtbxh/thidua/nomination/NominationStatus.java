package vn.ldtbxh.thidua.nomination;

/** Where a nomination stands. */
public enum NominationStatus {
  SUBMITTED("Đã gửi"),
  INELIGIBLE("Không đủ điều kiện"),
  VERIFYING("Đang thẩm định thành tích"),
  RETURNED("Trả lại để bổ sung thành tích"),
  CHECKING("Văn phòng Sở đang kiểm tra hồ sơ"),
  INCOMPLETE("Chờ đơn vị hoàn thiện hồ sơ"),
  COUNCIL("Chờ Hội đồng biểu quyết"),
  DIRECTOR("Chờ Giám đốc ký quyết định"),
  SUBMITTED_TO_PROVINCE("Đã trình cấp trên, chờ quyết định"),
  AWARDED("Được khen thưởng"),
  NOT_AWARDED("Không được khen thưởng"),
  WITHDRAWN("Hồ sơ bị rút");

  private final String vietnamese;

  NominationStatus(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  public String vietnamese() {
    return vietnamese;
  }

  public boolean isEnded() {
    return this == INELIGIBLE || this == AWARDED || this == NOT_AWARDED || this == WITHDRAWN;
  }
}
