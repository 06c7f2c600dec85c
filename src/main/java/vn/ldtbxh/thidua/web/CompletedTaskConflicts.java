package vn.ldtbxh.thidua.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.ThiduaException;

/**
 * Two users completing the same task at once: the one whose transaction commits second fails in one
 * of three ways, depending on when it read what the first one changed. Reading the task before the
 * first commit and flushing after it ends in an optimistic locking failure ({@link
 * ErrorAnswer#CONCURRENT_CHANGE}, 409). Reading the task after the first commit finds no task (the
 * engine's "Cannot find task"), and reading it before but checking the authorization after finds
 * the task's grants gone (403). The last two are the same race, so a completion (complete, resolve,
 * form submission: the engine's REST API, the webapps' API and the Java API alike) of a task that
 * no longer exists, and that history shows completed, is refused with 409 and {@link
 * ErrorAnswer#ALREADY_COMPLETED}.
 *
 * <p>History is read with the authorization check off, only for that one row, and the answer says
 * no more than that the task was completed: not by whom, when or in which process.
 */
@Component
public class CompletedTaskConflicts extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(CompletedTaskConflicts.class);
  private static final Field COMPLETE_TASK_ID = taskIdField(CompleteTaskCmd.class);
  private static final Field SUBMIT_TASK_ID = taskIdField(SubmitTaskFormCmd.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors =
        configuration.getCustomPreCommandInterceptorsTxRequired() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new Interceptor(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /** The id of the task that {@code command} completes, or null when it completes none. */
  static String completedTaskId(Command<?> command) {
    try {
      if (command instanceof CompleteTaskCmd && COMPLETE_TASK_ID != null) {
        return (String) COMPLETE_TASK_ID.get(command);
      }
      if (command instanceof SubmitTaskFormCmd && SUBMIT_TASK_ID != null) {
        return (String) SUBMIT_TASK_ID.get(command);
      }
    } catch (IllegalAccessException e) {
      LOG.warn("Could not read the task id of {}", command.getClass().getName(), e);
    }
    return null;
  }

  private static Field taskIdField(Class<?> command) {
    try {
      Field field = command.getDeclaredField("taskId");
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException | RuntimeException e) {
      LOG.warn(
          "{} has no accessible taskId field: a completion race is answered as the engine answers it",
          command.getName(),
          e);
      return null;
    }
  }

  /**
   * Runs before the transaction: by the time a completion fails here, its transaction is rolled
   * back.
   */
  static class Interceptor extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    Interceptor(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      String taskId = completedTaskId(command);
      // a nested command belongs to an outer one, whose own failure handling applies
      if (taskId == null || Context.getCommandContext() != null) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } catch (OptimisticLockingException e) {
        throw e;
      } catch (ProcessEngineException e) {
        // the task already gone ("Cannot find task") or its grants gone with it (an
        // AuthorizationException)
        if (completedElsewhere(taskId)) {
          LOG.info(
              "Task {} was completed by another request first: answering 409 instead of \"{}\"",
              taskId,
              e.getMessage());
          ThiduaException conflict = ThiduaException.conflict(ErrorAnswer.ALREADY_COMPLETED);
          conflict.addSuppressed(e);
          throw conflict;
        }
        throw e;
      }
    }

    private boolean completedElsewhere(String taskId) {
      try {
        return configuration
            .getCommandExecutorTxRequiresNew()
            .execute(new CompletedInHistory(taskId));
      } catch (RuntimeException lookupFailed) {
        LOG.warn("Could not look up task {} in history", taskId, lookupFailed);
        return false;
      }
    }
  }

  /**
   * Whether the task no longer exists and its history says it was completed; no authorization
   * check.
   */
  record CompletedInHistory(String taskId) implements Command<Boolean> {

    @Override
    public Boolean execute(CommandContext commandContext) {
      commandContext.disableAuthorizationCheck();
      try {
        if (commandContext.getTaskManager().findTaskById(taskId) != null) {
          return false;
        }
        HistoricTaskInstanceEntity task =
            commandContext
                .getDbEntityManager()
                .selectById(HistoricTaskInstanceEntity.class, taskId);
        return task != null
            && task.getEndTime() != null
            && TaskEntity.DELETE_REASON_COMPLETED.equals(task.getDeleteReason());
      } finally {
        commandContext.enableAuthorizationCheck();
      }
    }
  }
}
