package vn.ldtbxh.thidua.dossier;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open task of each dossier's process instance, read from the engine as the application (the
 * API has checked the caller already): its name is the dossier's current step, its due date the
 * dossier's.
 */
@Component
public class OpenSteps {

  private final TaskService tasks;
  private final RuntimeService runtime;

  public OpenSteps(TaskService tasks, RuntimeService runtime) {
    this.tasks = tasks;
    this.runtime = runtime;
  }

  /**
   * The process instances among these that are still running: one may run without an open task for
   * a moment, while the engine moves it on (a notice sent before the next task).
   */
  public Set<String> running(Collection<String> processInstanceIds) {
    Set<String> ids =
        processInstanceIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Set.of();
    }
    return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
        .map(ProcessInstance::getId)
        .collect(Collectors.toSet());
  }

  /** Process instance id to its oldest open task; instances without one are absent. */
  public Map<String, Task> of(Collection<String> processInstanceIds) {
    List<String> ids = processInstanceIds.stream().filter(Objects::nonNull).distinct().toList();
    Map<String, Task> open = new HashMap<>();
    if (ids.isEmpty()) {
      return open;
    }
    tasks.createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new)).list().stream()
        .sorted(Comparator.comparing(Task::getCreateTime))
        .forEach(task -> open.putIfAbsent(task.getProcessInstanceId(), task));
    return open;
  }

  public Task task(String taskId) {
    return tasks.createTaskQuery().taskId(taskId).singleResult();
  }
}
