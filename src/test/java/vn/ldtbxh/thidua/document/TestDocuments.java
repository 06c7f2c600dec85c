package vn.ldtbxh.thidua.document;

import vn.ldtbxh.thidua.organization.Letterhead;

/**
 * The names of Kế hoạch 179/KH-LĐTBXH's day, as the database is seeded with, for document tests.
 */
public final class TestDocuments {

  public static final Letterhead BINH_PHUOC_2018 =
      new Letterhead("Sở Lao động - Thương binh và Xã hội", "LĐTBXH", "Bình Phước", "Bình Phước");

  public static final String PLAN_179 =
      "Căn cứ Kế hoạch số 179/KH-LĐTBXH ngày 12/7/2018 của Sở Lao động - Thương binh và Xã hội về"
          + " việc tổ chức phong trào thi đua \"Ngành Lao động - Thương binh và Xã hội chung tay vì"
          + " người nghèo - Không để ai bị bỏ lại phía sau\" giai đoạn 2018 - 2020;";

  private TestDocuments() {}
}
