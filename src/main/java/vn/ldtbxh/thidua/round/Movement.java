package vn.ldtbxh.thidua.round;

/** A movement (phong trào thi đua): a theme, a period of years and the group that leads it. */
public record Movement(String code, String name, int firstYear, int lastYear, String leadGroup) {

  public boolean covers(int year) {
    return year >= firstYear && year <= lastYear;
  }
}
