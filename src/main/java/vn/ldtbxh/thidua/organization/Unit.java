package vn.ldtbxh.thidua.organization;

/** A reporting body of the movement, with its current Vietnamese name. */
public record Unit(String code, String name, UnitKind kind, String email, boolean active) {

  public static final String GROUP_PREFIX = "unit-";

  /** The Camunda group whose members work for this unit. */
  public String groupId() {
    return groupIdOf(code);
  }

  public static String groupIdOf(String unitCode) {
    return GROUP_PREFIX + unitCode;
  }

  public boolean isDistrict() {
    return kind == UnitKind.DISTRICT;
  }
}
