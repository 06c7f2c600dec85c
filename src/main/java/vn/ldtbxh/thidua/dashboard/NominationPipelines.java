package vn.ldtbxh.thidua.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.nomination.NominationStatus;

/**
 * Builds a round's nomination pipeline from the nominations table and the open tasks of their
 * processes.
 */
@Service
public class NominationPipelines {

  private final DashboardRepository dashboard;
  private final TaskService tasks;
  private final Clock clock;

  public NominationPipelines(DashboardRepository dashboard, TaskService tasks, Clock clock) {
    this.dashboard = dashboard;
    this.tasks = tasks;
    this.clock = clock;
  }

  public NominationPipeline of(String roundKey) {
    Instant now = clock.instant();
    Map<NominationStatus, Long> counts = new EnumMap<>(NominationStatus.class);
    List<NominationPipeline.Item> items = new ArrayList<>();
    int late = 0;
    int waiting = 0;
    for (DashboardRepository.NominationRow row : dashboard.nominationsOfRound(roundKey)) {
      counts.merge(row.status(), 1L, Long::sum);
      Task task =
          row.status().isEnded() || row.processInstanceId() == null
              ? null
              : tasks
                  .createTaskQuery()
                  .processInstanceId(row.processInstanceId())
                  .orderByTaskCreateTime()
                  .desc()
                  .listPage(0, 1)
                  .stream()
                  .findFirst()
                  .orElse(null);
      Instant due =
          task == null || task.getDueDate() == null ? null : task.getDueDate().toInstant();
      boolean isLate = isLate(due, now);
      boolean onProvince = row.status() == NominationStatus.SUBMITTED_TO_PROVINCE;
      Instant since =
          !onProvince
              ? null
              : row.submissionDate() != null
                  ? row.submissionDate().atStartOfDay(VietnameseFormats.ZONE).toInstant()
                  : row.councilVotedAt() != null ? row.councilVotedAt() : row.lastStepAt();
      late += isLate ? 1 : 0;
      waiting += onProvince ? 1 : 0;
      items.add(
          new NominationPipeline.Item(
              row.businessKey(),
              row.unitCode(),
              row.unitName(),
              row.nomineeName(),
              row.awardForm().name(),
              row.awardForm().vietnamese(),
              row.status().name(),
              row.status().vietnamese(),
              task == null ? null : task.getName(),
              task == null ? row.lastStepAt() : task.getCreateTime().toInstant(),
              due,
              isLate,
              onProvince,
              since,
              row.submissionNumber(),
              row.submissionDate(),
              row.submittedAt()));
    }
    List<NominationPipeline.Stage> stages = new ArrayList<>();
    for (NominationStatus status : NominationStatus.values()) {
      stages.add(
          new NominationPipeline.Stage(
              status.name(),
              status.vietnamese(),
              status.isEnded(),
              counts.getOrDefault(status, 0L)));
    }
    return new NominationPipeline(roundKey, stages, late, waiting, items);
  }

  /** A step is late once its due date has passed; a step without a due date never is. */
  static boolean isLate(Instant due, Instant now) {
    return due != null && now.isAfter(due);
  }
}
