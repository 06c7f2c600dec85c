package vn.ldtbxh.thidua.nomination;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.Inputs;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.deadline.DeadlineCalculator;
import vn.ldtbxh.thidua.deadline.ReportSchedule;
import vn.ldtbxh.thidua.organization.Unit;
import vn.ldtbxh.thidua.organization.UnitRepository;
import vn.ldtbxh.thidua.round.Round;
import vn.ldtbxh.thidua.round.RoundRepository;

/**
 * Checks the start variables of {@code award-nomination}: an existing, open round that called the
 * starter's own unit, not past its cut-off (between the deadline and the cut-off the nomination is
 * marked late), a known nominee kind and award form, the achievements and the unit's minutes.
 */
@Component
public class NominationRequestValidator {

  private final RoundRepository rounds;
  private final UnitRepository units;
  private final DeadlineCalculator calculator;

  public NominationRequestValidator(
      RoundRepository rounds, UnitRepository units, DeadlineCalculator calculator) {
    this.rounds = rounds;
    this.units = units;
    this.calculator = calculator;
  }

  /**
   * @param userGroups the starter's groups, or null when the application itself starts the
   *     nomination
   */
  public NominationRequest validate(
      Map<String, Object> variables, List<String> userGroups, Instant now) {
    String roundKey = Inputs.text(variables.get("roundKey"));
    if (roundKey == null) {
      throw ThiduaException.invalid("Chưa chọn đợt thi đua (roundKey).");
    }
    Round round =
        rounds
            .findByKey(roundKey)
            .orElseThrow(
                () -> ThiduaException.invalid("Không có đợt thi đua \"%s\".".formatted(roundKey)));
    Unit unit = unit(Inputs.text(variables.get("unitCode")), userGroups);
    if (!round.isOpen()) {
      throw ThiduaException.invalid(
          "Đợt thi đua %s đã kết thúc, không nhận hồ sơ đề nghị khen thưởng.".formatted(roundKey));
    }
    if (!rounds.calls(roundKey, unit.code())) {
      throw ThiduaException.invalid(
          "%s không được triệu tập vào đợt thi đua %s, nên không đề nghị khen thưởng trong đợt này."
              .formatted(unit.name(), roundKey));
    }
    ReportSchedule schedule =
        calculator.schedule(rounds.unitDeadline(roundKey, unit.code()).orElse(round.deadline()));
    if (now.isAfter(schedule.cutOff())) {
      throw ThiduaException.invalid(
          "Đã quá hạn chót %s của đợt thi đua %s: không nhận hồ sơ đề nghị khen thưởng."
              .formatted(VietnameseFormats.dateTime(schedule.cutOff()), roundKey));
    }
    boolean late = now.isAfter(schedule.due());
    NomineeKind kind = kind(Inputs.text(variables.get("nomineeKind")));
    String nomineeName =
        required(
            variables.get("nomineeName"),
            "Tên tập thể hoặc cá nhân được đề nghị (nomineeName)",
            255);
    String position = Inputs.text(variables.get("nomineePosition"));
    if (position != null && position.length() > 255) {
      throw ThiduaException.invalid(
          "Chức vụ, đơn vị công tác (nomineePosition) quá dài: tối đa 255 ký tự.");
    }
    String formCode = Inputs.text(variables.get("awardForm"));
    if (formCode == null) {
      throw ThiduaException.invalid("Chưa chọn hình thức khen thưởng (awardForm).");
    }
    AwardForm form =
        AwardForm.of(formCode)
            .orElseThrow(
                () ->
                    ThiduaException.invalid(
                        "Không có hình thức khen thưởng \"%s\".".formatted(formCode)));
    String achievements =
        required(variables.get("achievements"), "Báo cáo thành tích (achievements)", 4000);
    String minutes =
        required(
            variables.get("unitMinutesNumber"),
            "Số biên bản họp xét của đơn vị (unitMinutesNumber)",
            100);
    boolean discipline = flag(variables.get("underDisciplinaryReview"));
    return new NominationRequest(
        round, unit, kind, nomineeName, position, form, achievements, minutes, discipline, late);
  }

  private Unit unit(String code, List<String> userGroups) {
    if (code == null && userGroups != null) {
      List<String> own = userGroups.stream().filter(g -> g.startsWith(Unit.GROUP_PREFIX)).toList();
      if (own.size() == 1) {
        code = own.get(0).substring(Unit.GROUP_PREFIX.length());
      }
    }
    if (code == null) {
      throw ThiduaException.invalid("Chưa nhập mã đơn vị đề nghị (unitCode).");
    }
    String unitCode = code;
    Unit unit =
        units
            .findByCode(unitCode)
            .orElseThrow(
                () -> ThiduaException.invalid("Không có đơn vị mã \"%s\".".formatted(unitCode)));
    if (!unit.active()) {
      throw ThiduaException.invalid("Đơn vị \"%s\" đã ngừng hoạt động.".formatted(unit.name()));
    }
    if (userGroups != null && !userGroups.contains(unit.groupId())) {
      throw ThiduaException.forbidden(
          "Bạn chỉ có thể đề nghị khen thưởng cho đơn vị của mình, không cho \"%s\"."
              .formatted(unit.name()));
    }
    return unit;
  }

  private static NomineeKind kind(String value) {
    if (value == null) {
      throw ThiduaException.invalid(
          "Chưa chọn đối tượng đề nghị: tập thể (COLLECTIVE) hay cá nhân (INDIVIDUAL).");
    }
    try {
      return NomineeKind.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw ThiduaException.invalid(
          "Đối tượng \"%s\" không hợp lệ: chỉ có COLLECTIVE (tập thể) hoặc INDIVIDUAL (cá nhân)."
              .formatted(value));
    }
  }

  static String required(Object value, String label, int max) {
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

  static boolean flag(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean bool) {
      return bool;
    }
    String text = value.toString().trim().toLowerCase();
    if (text.isEmpty() || text.equals("false")) {
      return false;
    }
    if (text.equals("true")) {
      return true;
    }
    throw ThiduaException.invalid(
        "Giá trị \"%s\" không hợp lệ cho câu hỏi có/không (true/false).".formatted(value));
  }
}
