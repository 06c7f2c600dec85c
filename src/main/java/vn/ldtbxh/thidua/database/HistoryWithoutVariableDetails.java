package vn.ldtbxh.thidua.database;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.security.TaskListColumns;

/**
 * Full history, except the historic detail row ({@code ACT_HI_DETAIL}) written for every change of
 * a variable. The history keeps each variable's last value ({@code ACT_HI_VARINST}), the instances,
 * activities, tasks, identity links, decisions, incidents and the user operation log; the
 * application's own tables keep who did what ({@code report_review}, {@code nomination_event}).
 * Nothing in the application or in the Community webapps reads the per-change details, and with
 * full history they were about a quarter of the rows written per task. The history level stays
 * {@code full} (the database's {@code historyLevel} property is unchanged).
 *
 * <p>Nor does it keep the copies of {@code unitName} and {@code year} that every user task holds
 * for the Tasklist columns ({@link TaskListColumns}): they are the process's own variables, whose
 * history is kept.
 */
@Component
public class HistoryWithoutVariableDetails extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers =
        configuration.getCustomHistoryEventHandlers() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(0, new WithoutVariableDetails());
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  /**
   * The engine's database handler, without the detail of each variable change nor the column
   * copies.
   */
  static class WithoutVariableDetails extends DbHistoryEventHandler {
    @Override
    public void handleEvent(HistoryEvent historyEvent) {
      if (historyEvent instanceof HistoricVariableUpdateEventEntity variable
          && TaskListColumns.isColumnCopy(variable.getTaskId(), variable.getVariableName())) {
        return;
      }
      super.handleEvent(historyEvent);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
      return false;
    }
  }
}
