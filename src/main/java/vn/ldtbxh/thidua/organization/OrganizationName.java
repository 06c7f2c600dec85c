package vn.ldtbxh.thidua.organization;

import java.time.Instant;
import java.time.LocalDate;

/** A name written on documents, valid from a date until the next one of its kind. */
public record OrganizationName(
    Kind kind, LocalDate validFrom, String name, Instant recordedAt, String recordedBy) {

  /** What the name names. */
  public enum Kind {
    /** The issuing body: "Sở Lao động - Thương binh và Xã hội". */
    DEPARTMENT("Tên cơ quan ban hành"),
    /** Its document symbol: "LĐTBXH". */
    SYMBOL("Chữ viết tắt trên số, ký hiệu văn bản"),
    /** The province: "Bình Phước". */
    PROVINCE("Tên tỉnh"),
    /** The place name written before the date: "Bình Phước". */
    PLACE("Địa danh ghi trên văn bản");

    private final String vietnamese;

    Kind(String vietnamese) {
      this.vietnamese = vietnamese;
    }

    public String vietnamese() {
      return vietnamese;
    }
  }
}
