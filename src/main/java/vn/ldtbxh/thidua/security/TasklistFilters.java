package vn.ldtbxh.thidua.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.StartupStep;

/** The shared Tasklist filters, in Vietnamese, readable by every user. */
@Component
@Order(40)
public class TasklistFilters implements StartupStep {

  static final String UNIT_TASKS = "Việc của đơn vị";
  static final String MY_TASKS = "Việc được giao cho tôi";
  static final String DUE_SOON = "Sắp đến hạn";

  private final FilterService filters;
  private final TaskService tasks;
  private final Grants grants;

  public TasklistFilters(FilterService filters, TaskService tasks, Grants grants) {
    this.filters = filters;
    this.tasks = tasks;
    this.grants = grants;
  }

  @Override
  public void apply() {
    ensure(
        UNIT_TASKS,
        1,
        "#2e7d32",
        "Việc của các nhóm (đơn vị, phòng) mà tôi là thành viên, kể cả việc đã nhận",
        tasks
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .orderByDueDate()
            .asc());
    ensure(
        MY_TASKS,
        2,
        "#1565c0",
        "Việc tôi đã nhận hoặc được giao",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    ensure(
        DUE_SOON,
        3,
        "#c62828",
        "Việc của tôi và nhóm của tôi đến hạn trong 3 ngày tới hoặc đã quá hạn",
        tasks
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .dueBeforeExpression("${dateTime().plusDays(3)}")
            .orderByDueDate()
            .asc());
  }

  private void ensure(
      String name, int priority, String color, String description, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("priority", priority);
      properties.put("color", color);
      properties.put("description", description);
      properties.put("refresh", true);
      properties.put(
          "variables",
          List.of(
              Map.of("name", "unitName", "label", "Đơn vị"),
              Map.of("name", "year", "label", "Năm")));
      filter =
          filters.newTaskFilter(name).setOwner("admin").setProperties(properties).setQuery(query);
      filters.saveFilter(filter);
    }
    grants.toEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
