package vn.ldtbxh.thidua.dashboard;

/**
 * The Vietnamese name of each kind of notification (table {@code notification}, column {@code
 * kind}).
 */
final class NoticeKinds {

  private NoticeKinds() {}

  static String vietnamese(String kind) {
    return switch (kind) {
      case "ANNOUNCEMENT" -> "Thông báo đợt thi đua";
      case "REMINDER_FIRST" -> "Nhắc hạn lần đầu";
      case "REMINDER_LAST" -> "Nhắc hạn lần cuối";
      case "OVERDUE" -> "Thông báo quá hạn";
      case "CUT_OFF" -> "Đóng báo cáo (không nộp)";
      case "EXTENSION" -> "Gia hạn nộp báo cáo";
      case "REVIEW_OVERDUE" -> "Quá hạn thẩm định";
      case "REVISE_REMINDER" -> "Nhắc hạn chỉnh sửa";
      case "REPORT_RETURNED" -> "Trả lại báo cáo";
      case "NOMINATION_INELIGIBLE" -> "Hồ sơ không đủ điều kiện";
      case "NOMINATION_OUTCOME" -> "Kết quả xét khen thưởng";
      case "DOSSIER_INCOMPLETE" -> "Yêu cầu hoàn thiện hồ sơ";
      case "DOSSIER_REMINDER" -> "Nhắc hạn hoàn thiện hồ sơ";
      case "DOSSIER_WITHDRAWN" -> "Hồ sơ bị rút (quá hạn hoàn thiện)";
      case "NOMINATION_WITHDRAWN" -> "Đơn vị rút hồ sơ";
      case "PROVINCE_FOLLOW_UP" -> "Đôn đốc quyết định của cấp trên";
      default -> "Thông báo (" + kind + ")";
    };
  }
}
