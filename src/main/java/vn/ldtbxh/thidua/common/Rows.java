package vn.ldtbxh.thidua.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rows read as maps answer with the same lower-case column names on every database (H2 reports them
 * in upper case, PostgreSQL in lower case), so that API clients see one shape.
 */
public final class Rows {

  private Rows() {}

  public static List<Map<String, Object>> lowerCaseKeys(List<Map<String, Object>> rows) {
    return rows.stream().map(Rows::lowerCaseKeys).toList();
  }

  public static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
    Map<String, Object> copy = new LinkedHashMap<>();
    row.forEach((key, value) -> copy.put(key.toLowerCase(Locale.ROOT), value));
    return copy;
  }
}
