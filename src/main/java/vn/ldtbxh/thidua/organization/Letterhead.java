package vn.ldtbxh.thidua.organization;

import java.time.LocalDate;
import vn.ldtbxh.thidua.common.VietnameseFormats;

/**
 * The names a document carries, valid on its date: the issuing body, its symbol, the province and
 * the place name.
 */
public record Letterhead(String department, String symbol, String province, String place) {

  /** "UBND TỈNH BÌNH PHƯỚC" */
  public String parentBody() {
    return ("UBND tỉnh " + province).toUpperCase(VietnameseFormats.LOCALE);
  }

  /** "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" */
  public String issuingBody() {
    return department.toUpperCase(VietnameseFormats.LOCALE);
  }

  /** "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BÌNH PHƯỚC", the title line of a workbook. */
  public String departmentOfProvince() {
    return (department + " tỉnh " + province).toUpperCase(VietnameseFormats.LOCALE);
  }

  /** "Bình Phước, ngày 15 tháng 12 năm 2026" */
  public String placeAndDate(LocalDate date) {
    return place + ", " + VietnameseFormats.longDate(date);
  }
}
