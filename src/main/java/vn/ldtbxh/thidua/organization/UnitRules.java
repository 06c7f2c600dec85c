package vn.ldtbxh.thidua.organization;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ldtbxh.thidua.common.Inputs;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.common.VietnameseFormats;

/**
 * What {@code POST /api/units} and {@code PUT /api/units/{code}} accept. A new unit: a new code of
 * lowercase letters, digits and dashes, a name, a kind, its first day. A change is either a new
 * name from a date after the unit's last name (the old name stays valid before it), or the day the
 * unit ends with, optionally, the active unit it merges into. Nothing else is accepted.
 */
public final class UnitRules {

  static final Set<String> NEW_FIELDS = Set.of("code", "name", "kind", "validFrom", "email");
  static final Set<String> CHANGE_FIELDS = Set.of("name", "validFrom", "endedOn", "successor");
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,31}");

  /** A rename: the new name from its date. */
  public record Rename(String name, LocalDate validFrom) {}

  /** An end: the day the unit no longer exists, and its successor (or null). */
  public record End(LocalDate endedOn, String successor) {}

  private UnitRules() {}

  public static Unit checkNew(Map<String, Object> body, Map<String, UnitRecord> existing) {
    only(body, NEW_FIELDS);
    String code = Inputs.text(body.get("code"));
    if (code == null) {
      throw ThiduaException.invalid("Chưa nhập mã đơn vị (code).");
    }
    if (!CODE.matcher(code).matches()) {
      throw ThiduaException.invalid(
          ("Mã đơn vị \"%s\" không hợp lệ: 2–32 ký tự gồm chữ thường không dấu, chữ số và dấu gạch"
                  + " ngang, ví dụ \"xa-tan-loi\".")
              .formatted(code));
    }
    if (existing.containsKey(code)) {
      throw ThiduaException.invalid(
          "Đã có đơn vị mã \"%s\" (%s): mã đơn vị không dùng lại, kể cả của đơn vị đã kết thúc."
              .formatted(code, existing.get(code).unit().name()));
    }
    String name = name(body.get("name"));
    UnitKind kind = kind(body.get("kind"));
    required(Inputs.date(body.get("validFrom"), "Ngày bắt đầu (validFrom)"), "validFrom");
    String email = Inputs.text(body.get("email"));
    if (email != null && (email.length() > 255 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
      throw ThiduaException.invalid("Địa chỉ thư điện tử \"%s\" không hợp lệ.".formatted(email));
    }
    return new Unit(code, name, kind, email, true);
  }

  public static LocalDate validFrom(Map<String, Object> body) {
    return Inputs.date(body.get("validFrom"), "Ngày bắt đầu (validFrom)");
  }

  /** A change of the unit as recorded: a {@link Rename} or an {@link End}. */
  public static Object checkChange(
      UnitRecord unit, Map<String, Object> body, Map<String, UnitRecord> all) {
    only(body, CHANGE_FIELDS);
    boolean rename = body.containsKey("name") || body.containsKey("validFrom");
    boolean end = body.containsKey("endedOn") || body.containsKey("successor");
    if (rename == end) {
      throw ThiduaException.invalid(
          "Gửi hoặc {\"name\", \"validFrom\"} để đổi tên, hoặc {\"endedOn\", \"successor\"} để"
              + " ghi ngày đơn vị kết thúc, không gửi cả hai.");
    }
    return rename ? checkRename(unit, body) : checkEnd(unit, body, all);
  }

  private static Rename checkRename(UnitRecord unit, Map<String, Object> body) {
    String name = name(body.get("name"));
    LocalDate from =
        required(
            Inputs.date(body.get("validFrom"), "Ngày áp dụng tên mới (validFrom)"), "validFrom");
    LocalDate last =
        unit.names().isEmpty()
            ? unit.validFrom()
            : unit.names().get(unit.names().size() - 1).validFrom();
    if (last != null && !from.isAfter(last)) {
      throw ThiduaException.invalid(
          ("Tên mới phải áp dụng sau ngày %s, ngày của tên gần nhất: không ghi đè tên đã có (văn"
                  + " bản đã ban hành giữ tên của ngày ban hành).")
              .formatted(VietnameseFormats.date(last)));
    }
    if (unit.endedOn() != null && !from.isBefore(unit.endedOn())) {
      throw ThiduaException.invalid(
          "Đơn vị đã kết thúc từ ngày %s: không đổi tên từ ngày %s."
              .formatted(VietnameseFormats.date(unit.endedOn()), VietnameseFormats.date(from)));
    }
    return new Rename(name, from);
  }

  private static End checkEnd(
      UnitRecord unit, Map<String, Object> body, Map<String, UnitRecord> all) {
    if (unit.endedOn() != null) {
      throw ThiduaException.invalid(
          "%s đã kết thúc từ ngày %s."
              .formatted(unit.unit().name(), VietnameseFormats.date(unit.endedOn())));
    }
    LocalDate endedOn =
        required(Inputs.date(body.get("endedOn"), "Ngày kết thúc (endedOn)"), "endedOn");
    if (unit.validFrom() != null && !endedOn.isAfter(unit.validFrom())) {
      throw ThiduaException.invalid(
          "Ngày kết thúc %s phải sau ngày bắt đầu %s của đơn vị."
              .formatted(
                  VietnameseFormats.date(endedOn), VietnameseFormats.date(unit.validFrom())));
    }
    String successor = Inputs.text(body.get("successor"));
    if (successor != null) {
      UnitRecord next = all.get(successor);
      if (next == null) {
        throw ThiduaException.invalid("Không có đơn vị kế thừa mã \"%s\".".formatted(successor));
      }
      if (successor.equals(unit.unit().code())) {
        throw ThiduaException.invalid("Đơn vị không thể kế thừa chính nó.");
      }
      if (next.endedOn() != null) {
        throw ThiduaException.invalid(
            "Đơn vị kế thừa %s đã kết thúc từ ngày %s."
                .formatted(next.unit().name(), VietnameseFormats.date(next.endedOn())));
      }
      if (next.validFrom() != null && next.validFrom().isAfter(endedOn)) {
        throw ThiduaException.invalid(
            "Đơn vị kế thừa %s chỉ bắt đầu từ ngày %s, sau ngày kết thúc %s."
                .formatted(
                    next.unit().name(),
                    VietnameseFormats.date(next.validFrom()),
                    VietnameseFormats.date(endedOn)));
      }
    }
    return new End(endedOn, successor);
  }

  private static String name(Object value) {
    String name = Inputs.text(value);
    if (name == null) {
      throw ThiduaException.invalid("Chưa nhập tên đơn vị (name).");
    }
    if (name.length() > 255) {
      throw ThiduaException.invalid(
          "Tên đơn vị quá dài: tối đa 255 ký tự (đã nhập %d).".formatted(name.length()));
    }
    return name;
  }

  private static UnitKind kind(Object value) {
    String text = Inputs.text(value);
    for (UnitKind kind : UnitKind.values()) {
      if (kind.name().equals(text)) {
        return kind;
      }
    }
    throw ThiduaException.invalid(
        "Loại đơn vị \"%s\" không hợp lệ: chỉ có DISTRICT (cấp huyện), DIVISION (phòng thuộc Sở),"
                .formatted(text)
            + " CENTRE (trung tâm).");
  }

  private static LocalDate required(LocalDate date, String field) {
    if (date == null) {
      throw ThiduaException.invalid("Chưa nhập ngày (%s).".formatted(field));
    }
    return date;
  }

  static void only(Map<String, Object> body, Set<String> fields) {
    if (body == null) {
      throw ThiduaException.invalid("Thiếu nội dung.");
    }
    for (String key : body.keySet()) {
      if (!fields.contains(key)) {
        throw ThiduaException.invalid(
            "Trường \"%s\" không được nhận: chỉ nhận %s."
                .formatted(key, String.join(", ", fields.stream().sorted().toList())));
      }
    }
  }
}
