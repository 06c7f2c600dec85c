package vn.ldtbxh.thidua.organization;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a unit ends into another: the open tasks of its files get the successors' groups as
 * candidates, so that the successor's staff see them in Tasklist and may complete them.
 */
@Component
public class UnitTakeover {

  private static final Logger LOG = LoggerFactory.getLogger(UnitTakeover.class);

  private final UnitSuccession succession;
  private final TaskService tasks;

  public UnitTakeover(UnitSuccession succession, TaskService tasks) {
    this.succession = succession;
    this.tasks = tasks;
  }

  /** Gives the successors' groups the ended unit's open tasks; returns how many tasks. */
  public int takeOver(String endedUnit) {
    List<String> acting = succession.actingUnits(endedUnit);
    if (acting.size() < 2) {
      return 0;
    }
    List<String> successors = acting.subList(1, acting.size());
    List<Task> open =
        tasks
            .createTaskQuery()
            .taskCandidateGroup(Unit.groupIdOf(endedUnit))
            .includeAssignedTasks()
            .list();
    for (Task task : open) {
      for (String successor : successors) {
        tasks.addCandidateGroup(task.getId(), Unit.groupIdOf(successor));
      }
    }
    LOG.info("Unit {} ended: {} open tasks given to {}", endedUnit, open.size(), successors);
    return open.size();
  }
}
