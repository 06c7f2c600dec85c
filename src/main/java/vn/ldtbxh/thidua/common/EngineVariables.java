package vn.ldtbxh.thidua.common;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Writing process variables only when they change. With full history each write of a variable is a
 * row in the runtime table, an update of its historic instance and a historic detail row, even when
 * the value is the one it already holds (a start variable normalised to itself, a task's outcome
 * given back to the process): those writes are skipped.
 */
public final class EngineVariables {

  private EngineVariables() {}

  /**
   * Sets the variable as {@link VariableScope#setVariable} does, unless it already holds an equal
   * value.
   */
  public static void set(VariableScope scope, String name, Object value) {
    if (scope.hasVariable(name) && Objects.equals(scope.getVariable(name), value)) {
      return;
    }
    scope.setVariable(name, value);
  }
}
