package vn.ldtbxh.thidua.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Which nomination a step of {@code award-nomination} writes: its business key, which only the
 * application sets, and its process instance. Every write names both, so no step can write another
 * nomination's row.
 */
public record NominationKey(String businessKey, String processInstanceId) {

  public static NominationKey of(DelegateExecution execution) {
    return new NominationKey(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
  }
}
