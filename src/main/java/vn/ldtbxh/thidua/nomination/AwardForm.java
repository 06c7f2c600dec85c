package vn.ldtbxh.thidua.nomination;

import java.util.Arrays;
import java.util.Optional;

/**
 * The award forms (hình thức khen thưởng) of the movement. Eligibility and authority are in DMN
 * award-rules.
 */
public enum AwardForm {
  GIAY_KHEN_GIAM_DOC("Giấy khen của Giám đốc Sở"),
  BANG_KHEN_UBND_TINH("Bằng khen của Chủ tịch UBND tỉnh"),
  CO_THI_DUA_UBND_TINH("Cờ thi đua của UBND tỉnh"),
  BANG_KHEN_THU_TUONG("Bằng khen của Thủ tướng Chính phủ");

  private final String vietnamese;

  AwardForm(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  public String vietnamese() {
    return vietnamese;
  }

  public static Optional<AwardForm> of(String code) {
    return Arrays.stream(values()).filter(form -> form.name().equals(code)).findFirst();
  }
}
