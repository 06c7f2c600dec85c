package vn.ldtbxh.thidua.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What becomes of an ended unit's open work: the unit it ended into (its successor, and that one's
 * successor in turn) takes it over. Its staff may work on the ended unit's open tasks and on the
 * tasks its processes create later ({@link UnitTakeover}); the ended unit's staff keep what they
 * had. Called as {@code ${unitSuccession.candidateGroups(unitCode)}} by the unit tasks of the
 * models, and by the submission guard.
 */
@Component("unitSuccession")
public class UnitSuccession {

  private static final int LONGEST_CHAIN = 20;

  private final UnitRepository units;

  public UnitSuccession(UnitRepository units) {
    this.units = units;
  }

  /** The unit and the units that took over from it, in order. */
  public List<String> actingUnits(String unitCode) {
    List<String> chain = new ArrayList<>();
    String current = unitCode;
    while (current != null && !chain.contains(current) && chain.size() < LONGEST_CHAIN) {
      chain.add(current);
      Optional<String> next = units.successorOf(current);
      current = next.orElse(null);
    }
    return chain;
  }

  /** "unit-X,unit-S": the candidate groups of a task of unit X's file. */
  public String candidateGroups(String unitCode) {
    return String.join(",", actingUnits(unitCode).stream().map(Unit::groupIdOf).toList());
  }
}
