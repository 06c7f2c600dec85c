package vn.ldtbxh.thidua.movement;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A target for each of the four indicators: a movement's (by default Kế hoạch 179's), or a unit's
 * own in a round. Serialised as {@code {"POVERTY_RATE_FALL": 0.5, …}}.
 */
public final class Targets {

  private final Map<Indicator, BigDecimal> values;

  private Targets(Map<Indicator, BigDecimal> values) {
    this.values = values;
  }

  /** The targets of Kế hoạch 179/KH-LĐTBXH. */
  public static Targets planDefaults() {
    Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
    for (Indicator indicator : Indicator.values()) {
      values.put(indicator, indicator.normalize(indicator.planDefault()));
    }
    return new Targets(values);
  }

  /** These targets with some replaced. */
  public Targets with(Map<Indicator, BigDecimal> replaced) {
    Map<Indicator, BigDecimal> copy = new EnumMap<>(values);
    replaced.forEach((indicator, target) -> copy.put(indicator, indicator.normalize(target)));
    return new Targets(copy);
  }

  public BigDecimal get(Indicator indicator) {
    return values.get(indicator);
  }

  public Boolean met(Indicator indicator, BigDecimal value) {
    return indicator.met(value, get(indicator));
  }

  @JsonValue
  public Map<String, BigDecimal> asMap() {
    Map<String, BigDecimal> map = new LinkedHashMap<>();
    values.forEach((indicator, target) -> map.put(indicator.name(), target));
    return map;
  }

  /** {@code [{"indicator", "target", "name", "measure"}, …]}, as the movement API gives them. */
  public List<Map<String, Object>> describe() {
    List<Map<String, Object>> list = new ArrayList<>();
    values.forEach(
        (indicator, target) -> {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("indicator", indicator.name());
          entry.put("target", target);
          entry.put("name", indicator.vietnamese());
          entry.put("measure", indicator.measure());
          list.add(entry);
        });
    return list;
  }

  /** Where these targets differ from {@code others}. */
  public Map<Indicator, BigDecimal> differencesFrom(Targets others) {
    Map<Indicator, BigDecimal> differences = new EnumMap<>(Indicator.class);
    values.forEach(
        (indicator, target) -> {
          if (target.compareTo(others.get(indicator)) != 0) {
            differences.put(indicator, target);
          }
        });
    return differences;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Targets targets
        && targets.differencesFrom(this).isEmpty()
        && differencesFrom(targets).isEmpty();
  }

  @Override
  public int hashCode() {
    return values.keySet().hashCode();
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
