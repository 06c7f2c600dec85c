package vn.ldtbxh.thidua.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The unit's name and the year shown as columns of the Tasklist filters: copied onto every user
 * task as task variables when it is created, since a unit may read its tasks but not the process
 * instance's variables.
 */
@Component
public class TaskListColumns extends AbstractProcessEnginePlugin {

  static final List<String> COLUMNS = List.of("unitName", "year");

  private static final TaskListener COPY =
      (DelegateTask task) -> {
        for (String name : COLUMNS) {
          Object value = task.getExecution().getVariable(name);
          if (value != null) {
            task.setVariableLocal(name, value);
          }
        }
      };

  /** Whether a variable is a task's copy of a column (a task variable with a column's name). */
  public static boolean isColumnCopy(String taskId, String variableName) {
    return taskId != null && COLUMNS.contains(variableName);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners =
        configuration.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(
              Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            ((UserTaskActivityBehavior) activity.getActivityBehavior())
                .getTaskDefinition()
                .addTaskListener(TaskListener.EVENTNAME_CREATE, COPY);
          }
        });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
