package vn.ldtbxh.thidua.movement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ldtbxh.thidua.common.Inputs;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.organization.Unit;

/**
 * What a movement sent to {@code POST /api/movements} or {@code PUT /api/movements/{code}} must be:
 * a new code of lowercase letters, digits and dashes; a name; the plan's number and date; a period
 * of at most ten years that still holds every round already opened; known units, new ones active;
 * at most one target per indicator, each a number in the indicator's range (missing ones: Kế hoạch
 * 179's). Nothing else is accepted.
 */
public final class MovementRules {

  static final Set<String> FIELDS =
      Set.of(
          "code",
          "name",
          "planNumber",
          "planDate",
          "firstYear",
          "lastYear",
          "unitCodes",
          "targets");
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
  private static final int LONGEST_PERIOD = 10;

  private final Map<String, Unit> units;

  /**
   * @param units every unit the Department has recorded, by code
   */
  public MovementRules(Map<String, Unit> units) {
    this.units = units;
  }

  /** A new movement; {@code existingCodes} are the codes already taken. */
  public Movement checkNew(Map<String, Object> body, Collection<String> existingCodes) {
    onlyKnownFields(body, FIELDS, "phong trào");
    String code = Inputs.text(body.get("code"));
    if (code == null) {
      throw ThiduaException.invalid("Chưa nhập mã phong trào (code).");
    }
    if (!CODE.matcher(code).matches()) {
      throw ThiduaException.invalid(
          ("Mã phong trào \"%s\" không hợp lệ: 2–63 ký tự gồm chữ thường không dấu, chữ số và"
                  + " dấu gạch ngang, ví dụ \"giam-ngheo-2026-2030\".")
              .formatted(code));
    }
    if (existingCodes.contains(code)) {
      throw ThiduaException.invalid(
          "Đã có phong trào mã \"%s\": chọn một mã khác.".formatted(code));
    }
    return check(code, body, Set.of(), List.of());
  }

  /**
   * A movement's new state; {@code current} is the movement as recorded, {@code roundYears} the
   * years of its rounds already opened.
   */
  public Movement checkChange(
      Movement current, Map<String, Object> body, Collection<Integer> roundYears) {
    onlyKnownFields(body, FIELDS, "phong trào");
    String code = Inputs.text(body.get("code"));
    if (code != null && !code.equals(current.code())) {
      throw ThiduaException.invalid(
          "Không đổi được mã phong trào (\"%s\" thành \"%s\"): mã là khóa của các đợt đã mở."
              .formatted(current.code(), code));
    }
    return check(current.code(), body, Set.copyOf(current.unitCodes()), roundYears);
  }

  private Movement check(
      String code,
      Map<String, Object> body,
      Set<String> unitsAlreadyIn,
      Collection<Integer> roundYears) {
    String name = required(body.get("name"), "Tên phong trào (name)", 500);
    String planNumber = required(body.get("planNumber"), "Số kế hoạch (planNumber)", 64);
    LocalDate planDate = Inputs.date(body.get("planDate"), "Ngày kế hoạch (planDate)");
    if (planDate == null) {
      throw ThiduaException.invalid("Chưa nhập ngày ban hành kế hoạch (planDate).");
    }
    int firstYear = year(body.get("firstYear"), "Năm bắt đầu (firstYear)");
    int lastYear = year(body.get("lastYear"), "Năm kết thúc (lastYear)");
    if (firstYear > lastYear) {
      throw ThiduaException.invalid(
          "Năm bắt đầu %d sau năm kết thúc %d.".formatted(firstYear, lastYear));
    }
    if (lastYear - firstYear + 1 > LONGEST_PERIOD) {
      throw ThiduaException.invalid(
          "Phong trào %d–%d dài %d năm: một phong trào kéo dài nhiều nhất %d năm."
              .formatted(firstYear, lastYear, lastYear - firstYear + 1, LONGEST_PERIOD));
    }
    if (planDate.getYear() > lastYear) {
      throw ThiduaException.invalid(
          "Kế hoạch ban hành ngày %s, sau năm cuối của phong trào (%d)."
              .formatted(planDate, lastYear));
    }
    for (int year : roundYears) {
      if (year < firstYear || year > lastYear) {
        throw ThiduaException.invalid(
            ("Đã mở đợt thi đua năm %d của phong trào: năm này phải nằm trong thời gian %d–%d"
                    + " của phong trào.")
                .formatted(year, firstYear, lastYear));
      }
    }
    List<String> unitCodes = unitCodes(body.get("unitCodes"), unitsAlreadyIn);
    Targets targets = targets(body.get("targets"));
    return new Movement(
        code,
        name,
        planNumber,
        planDate,
        firstYear,
        lastYear,
        Movement.DEFAULT_LEAD_GROUP,
        unitCodes,
        targets);
  }

  private List<String> unitCodes(Object value, Set<String> alreadyIn) {
    if (value != null && !(value instanceof Collection<?>)) {
      throw ThiduaException.invalid(
          "Danh sách đơn vị (unitCodes) phải là một danh sách mã đơn vị.");
    }
    List<String> codes = Inputs.codes(value);
    if (codes.isEmpty()) {
      throw ThiduaException.invalid("Chưa chọn đơn vị nào tham gia phong trào (unitCodes).");
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (String code : codes) {
      Unit unit = units.get(code);
      if (unit == null) {
        throw ThiduaException.invalid("Không có đơn vị mã \"%s\".".formatted(code));
      }
      distinct.add(code);
      if (!unit.active() && !alreadyIn.contains(code)) {
        throw ThiduaException.invalid(
            "Đơn vị \"%s\" đã ngừng hoạt động, không thể tham gia phong trào."
                .formatted(unit.name()));
      }
    }
    return new ArrayList<>(distinct);
  }

  /** A list of {@code {"indicator", "target"}}: the movement's targets, defaults for the rest. */
  static Targets targets(Object value) {
    if (value == null) {
      return Targets.planDefaults();
    }
    if (!(value instanceof Collection<?> list)) {
      throw ThiduaException.invalid(
          "Mục tiêu (targets) phải là một danh sách {\"indicator\", \"target\"}.");
    }
    Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
    for (Object element : list) {
      Map<String, Object> entry = entry(element, Set.of("indicator", "target"));
      Indicator indicator = Indicator.parse(entry.get("indicator"));
      if (values.put(indicator, indicator.target(entry.get("target"))) != null) {
        throw ThiduaException.invalid(
            "Chỉ tiêu \"%s\" có hai mục tiêu.".formatted(indicator.vietnamese()));
      }
    }
    return Targets.planDefaults().with(values);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> entry(Object element, Set<String> fields) {
    if (!(element instanceof Map<?, ?> map)) {
      throw ThiduaException.invalid(
          "Mỗi mục tiêu phải có dạng {%s}.".formatted(String.join(", ", fields)));
    }
    onlyKnownFields((Map<String, Object>) map, fields, "mục tiêu");
    return (Map<String, Object>) map;
  }

  static void onlyKnownFields(Map<String, Object> body, Set<String> fields, String what) {
    if (body == null) {
      throw ThiduaException.invalid("Thiếu nội dung của %s.".formatted(what));
    }
    for (String key : body.keySet()) {
      if (!fields.contains(key)) {
        throw ThiduaException.invalid(
            "Trường \"%s\" không thuộc %s: chỉ nhận %s."
                .formatted(key, what, String.join(", ", fields.stream().sorted().toList())));
      }
    }
  }

  private static int year(Object value, String label) {
    long year = Inputs.requiredWholeNumber(value, label);
    if (year < 2000 || year > 2100) {
      throw ThiduaException.invalid(
          "%s phải là một năm trong khoảng 2000–2100 (đã nhập %d).".formatted(label, year));
    }
    return (int) year;
  }

  private static String required(Object value, String label, int max) {
    String text = Inputs.text(value);
    if (text == null) {
      throw ThiduaException.invalid("Chưa nhập %s.".formatted(label));
    }
    if (text.length() > max) {
      throw ThiduaException.invalid(
          "%s quá dài: tối đa %d ký tự (đã nhập %d).".formatted(label, max, text.length()));
    }
    return text;
  }
}
