package vn.ldtbxh.thidua.common;

/** Keys of the deployed models: a contract with clients, Cockpit and the Tasklist filters. */
public final class ProcessKeys {

  public static final String EMULATION_ROUND = "emulation-round";
  public static final String UNIT_REPORT = "unit-report";
  public static final String AWARD_NOMINATION = "award-nomination";
  public static final String AWARD_RULES = "award-rules";

  private ProcessKeys() {}
}
