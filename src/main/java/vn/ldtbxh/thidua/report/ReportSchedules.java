package vn.ldtbxh.thidua.report;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.deadline.DeadlineCalculator;
import vn.ldtbxh.thidua.deadline.ReportSchedule;
import vn.ldtbxh.thidua.round.RoundRepository;

/**
 * The schedule that applies now to a report: read from the tables, so an extension takes effect.
 */
@Component
public class ReportSchedules {

  private final RoundRepository rounds;
  private final DeadlineCalculator calculator;

  public ReportSchedules(RoundRepository rounds, DeadlineCalculator calculator) {
    this.rounds = rounds;
    this.calculator = calculator;
  }

  public ReportSchedule of(String roundKey, String unitCode) {
    return calculator.schedule(rounds.deadlineFor(roundKey, unitCode));
  }

  public ReportSchedule of(VariableScope scope) {
    return of((String) scope.getVariable("roundKey"), (String) scope.getVariable("unitCode"));
  }

  public DeadlineCalculator calculator() {
    return calculator;
  }

  static Instant instantVariable(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : Instant.parse(value.toString());
  }
}
