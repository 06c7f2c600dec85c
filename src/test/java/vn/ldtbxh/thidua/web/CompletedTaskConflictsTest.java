package vn.ldtbxh.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Test;
import vn.ldtbxh.thidua.common.ThiduaException;

/**
 * The interceptor alone, without engine: each way the second of two completions can fail, and what
 * it becomes. The race itself, on PostgreSQL and through every API, is in ConcurrentCompletionIT.
 */
class CompletedTaskConflictsTest {

  final List<String> lookedUp = new ArrayList<>();

  @Test
  void grantsGoneWithATaskCompletedElsewhereIsAConflict() {
    CompletedTaskConflicts.Interceptor interceptor =
        interceptor(true, new AuthorizationException("no TASK_WORK"));
    for (Command<?> completion :
        List.of(
            new CompleteTaskCmd("t1", Map.of()),
            new ResolveTaskCmd("t1", Map.of()),
            new SubmitTaskFormCmd("t1", Map.of(), false, false))) {
      assertThatThrownBy(() -> interceptor.execute(completion))
          .isInstanceOfSatisfying(
              ThiduaException.class,
              e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.getMessage()).isEqualTo(ErrorAnswer.ALREADY_COMPLETED);
              });
    }
    assertThat(lookedUp).containsExactly("t1", "t1", "t1");
  }

  @Test
  void aTaskGoneAndCompletedElsewhereIsAConflict() {
    assertThatThrownBy(
            () ->
                interceptor(true, new NotFoundException("Cannot find task with id t1"))
                    .execute(new CompleteTaskCmd("t1", Map.of())))
        .isInstanceOf(ThiduaException.class);
  }

  @Test
  void aRefusalOfATaskNotCompletedStaysWhatItWas() {
    AuthorizationException refusal = new AuthorizationException("no TASK_WORK");
    assertThatThrownBy(
            () -> interceptor(false, refusal).execute(new CompleteTaskCmd("t1", Map.of())))
        .isSameAs(refusal);
  }

  @Test
  void anOptimisticLockingFailureIsLeftToItsOwnAnswerWithoutLookingUpHistory() {
    OptimisticLockingException conflict = new OptimisticLockingException("changed meanwhile");
    assertThatThrownBy(
            () -> interceptor(true, conflict).execute(new CompleteTaskCmd("t1", Map.of())))
        .isSameAs(conflict);
    assertThat(lookedUp).isEmpty();
  }

  @Test
  void otherCommandsPassUntouched() {
    AuthorizationException refusal = new AuthorizationException("no READ");
    Command<Void> other = commandContext -> null;
    assertThatThrownBy(() -> interceptor(true, refusal).execute(other)).isSameAs(refusal);
    assertThat(lookedUp).isEmpty();
  }

  /**
   * An interceptor whose next step fails with {@code failure} and whose history says {@code
   * completed}.
   */
  private CompletedTaskConflicts.Interceptor interceptor(
      boolean completed, RuntimeException failure) {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setCommandExecutorTxRequiresNew(
        new CommandExecutor() {
          @Override
          @SuppressWarnings("unchecked")
          public <T> T execute(Command<T> command) {
            lookedUp.add(((CompletedTaskConflicts.CompletedInHistory) command).taskId());
            return (T) Boolean.valueOf(completed);
          }
        });
    CompletedTaskConflicts.Interceptor interceptor =
        new CompletedTaskConflicts.Interceptor(configuration);
    interceptor.setNext(
        new CommandExecutor() {
          @Override
          public <T> T execute(Command<T> command) {
            throw failure;
          }
        });
    return interceptor;
  }
}
