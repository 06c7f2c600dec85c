package vn.ldtbxh.thidua.movement;

import java.time.LocalDate;
import java.util.List;

/**
 * A movement (phong trào thi đua): a theme, the plan that launched it, a period of years, the group
 * that leads it, its own list of units and the targets of its indicators. {@code unitCodes} null
 * means "every unit active when the movement is saved".
 */
public record Movement(
    String code,
    String name,
    String planNumber,
    LocalDate planDate,
    int firstYear,
    int lastYear,
    String leadGroup,
    List<String> unitCodes,
    Targets targets) {

  public static final String DEFAULT_LEAD_GROUP = "social-protection";

  /** A movement of every active unit with the plan's default targets and no plan reference. */
  public Movement(String code, String name, int firstYear, int lastYear, String leadGroup) {
    this(code, name, null, null, firstYear, lastYear, leadGroup, null, Targets.planDefaults());
  }

  public boolean covers(int year) {
    return year >= firstYear && year <= lastYear;
  }

  /** "Kế hoạch số 179/KH-LĐTBXH ngày 12/7/2018", or "" without a plan. */
  public String planReference() {
    if (planNumber == null) {
      return "";
    }
    return planDate == null
        ? "Kế hoạch số " + planNumber
        : "Kế hoạch số %s ngày %d/%d/%d"
            .formatted(
                planNumber, planDate.getDayOfMonth(), planDate.getMonthValue(), planDate.getYear());
  }
}
