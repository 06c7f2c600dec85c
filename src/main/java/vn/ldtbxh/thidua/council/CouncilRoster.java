package vn.ldtbxh.thidua.council;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import vn.ldtbxh.thidua.common.Inputs;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.common.VietnameseFormats;

/**
 * The council's roster rules: who serves on a date, how many members a meeting counts, and what a
 * new member's record must hold. The roster covers a date when at least one member serves on it;
 * the council's size on that date is then the number of members serving, and a vote that states
 * another total is refused (the quorum of two thirds, art. 91 of Luật Thi đua, khen thưởng 2022, is
 * counted on the real council).
 */
public final class CouncilRoster {

  /** A new member's record, as the office enters it. */
  public record NewMember(
      String name, String position, CouncilRole role, LocalDate from, LocalDate to) {}

  private final List<CouncilMember> members;

  public CouncilRoster(List<CouncilMember> members) {
    this.members = List.copyOf(members);
  }

  /** The number of members serving on {@code date}; empty when the roster does not cover it. */
  public OptionalInt sizeOn(LocalDate date) {
    int size = (int) members.stream().filter(m -> m.servesOn(date)).count();
    return size == 0 ? OptionalInt.empty() : OptionalInt.of(size);
  }

  /**
   * Refuses a vote whose total of members is not the roster's on the meeting's date; accepts any
   * total where the roster does not cover the date.
   */
  public void requireTotal(LocalDate meeting, int membersTotal) {
    OptionalInt size = sizeOn(meeting);
    if (size.isPresent() && size.getAsInt() != membersTotal) {
      throw ThiduaException.invalid(
          ("Theo danh sách thành viên Hội đồng Thi đua - Khen thưởng, ngày %s Hội đồng có %d thành "
                  + "viên, không phải %d. Ghi đúng tổng số thành viên (membersTotal), hoặc đề nghị "
                  + "Văn phòng Sở cập nhật danh sách.")
              .formatted(VietnameseFormats.date(meeting), size.getAsInt(), membersTotal));
    }
  }

  /**
   * A new member from the API's JSON ({@code name}, {@code position}, {@code role}, {@code from},
   * {@code to}), checked against the roster: the same person cannot serve twice at once, and the
   * council has one chair at a time.
   */
  public NewMember check(Map<String, Object> body) {
    String name = required(body.get("name"), "Họ và tên (name)", 200);
    String position = required(body.get("position"), "Chức vụ (position)", 300);
    CouncilRole role = role(body.get("role"));
    LocalDate from = Inputs.date(body.get("from"), "Từ ngày (from)");
    if (from == null) {
      throw ThiduaException.invalid("Thiếu ngày bắt đầu tham gia Hội đồng (from).");
    }
    LocalDate to = Inputs.date(body.get("to"), "Đến ngày (to)");
    if (to != null && to.isBefore(from)) {
      throw ThiduaException.invalid(
          "Ngày kết thúc (to) %s trước ngày bắt đầu (from) %s."
              .formatted(VietnameseFormats.date(to), VietnameseFormats.date(from)));
    }
    for (CouncilMember member : members) {
      if (!member.overlaps(from, to)) {
        continue;
      }
      if (member.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        throw ThiduaException.invalid(
            "%s đã là thành viên Hội đồng trong thời gian này (%s), không ghi trùng."
                .formatted(member.name(), period(member)));
      }
      if (role == CouncilRole.CHU_TICH && member.role() == CouncilRole.CHU_TICH) {
        throw ThiduaException.invalid(
            "Hội đồng đã có Chủ tịch là %s trong thời gian này (%s); mỗi thời điểm chỉ có một Chủ tịch."
                .formatted(member.name(), period(member)));
      }
    }
    return new NewMember(name, position, role, from, to);
  }

  /**
   * The last day of service of {@code member}, from the API's JSON ({@code to}): not before the
   * member's first day.
   */
  public LocalDate checkEnd(CouncilMember member, Map<String, Object> body) {
    LocalDate to = Inputs.date(body.get("to"), "Ngày thôi tham gia (to)");
    if (to == null) {
      throw ThiduaException.invalid("Thiếu ngày cuối cùng tham gia Hội đồng (to).");
    }
    if (to.isBefore(member.from())) {
      throw ThiduaException.invalid(
          "Ngày thôi tham gia (to) %s trước ngày %s bắt đầu tham gia Hội đồng (%s)."
              .formatted(
                  VietnameseFormats.date(to),
                  member.name(),
                  VietnameseFormats.date(member.from())));
    }
    return to;
  }

  private static String period(CouncilMember member) {
    return VietnameseFormats.date(member.from())
        + " – "
        + (member.to() == null ? "nay" : VietnameseFormats.date(member.to()));
  }

  private static CouncilRole role(Object value) {
    String text = Inputs.text(value);
    if (text == null) {
      throw ThiduaException.invalid(
          "Thiếu vai trò trong Hội đồng (role): CHU_TICH, PHO_CHU_TICH, THU_KY hoặc UY_VIEN.");
    }
    try {
      return CouncilRole.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw ThiduaException.invalid(
          "Vai trò \"%s\" không có trong Hội đồng; chọn CHU_TICH (Chủ tịch), PHO_CHU_TICH (Phó Chủ tịch), THU_KY (Thư ký) hoặc UY_VIEN (Ủy viên)."
              .formatted(text));
    }
  }

  private static String required(Object value, String label, int maxLength) {
    String text = Inputs.text(value);
    if (text == null) {
      throw ThiduaException.invalid("Thiếu " + label + ".");
    }
    if (text.length() > maxLength) {
      throw ThiduaException.invalid("%s dài quá %d ký tự.".formatted(label, maxLength));
    }
    return text;
  }
}
