package vn.ldtbxh.thidua.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The record of every accepted completion: who sent what to which step, and when. Nothing is
 * updated: a report revised three times has three rows, each with the figures as they were sent.
 */
@Repository
public class SubmissionLog {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One accepted completion. */
  public record Entry(
      String taskKey, String userId, Instant submittedAt, Map<String, Object> variables) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public SubmissionLog(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void record(TaskEntity task, String via, String userId, Map<String, Object> variables) {
    Map<String, Object> values = new TreeMap<>();
    if (variables != null) {
      variables.forEach((name, value) -> values.put(name, plain(value)));
    }
    String businessKey =
        task.getProcessInstance() == null ? null : task.getProcessInstance().getBusinessKey();
    jdbc.update(
        "insert into task_submission (process_instance_id, business_key, task_id, task_key, via, user_id, "
            + "submitted_at, variables) values (?, ?, ?, ?, ?, ?, ?, ?)",
        task.getProcessInstanceId(),
        businessKey,
        task.getId(),
        task.getTaskDefinitionKey(),
        via,
        userId,
        Timestamp.from(clock.instant()),
        write(values));
  }

  /** The accepted completions of the given steps of a file (its business key), oldest first. */
  public List<Entry> of(String businessKey, List<String> taskKeys) {
    return jdbc
        .query(
            "select task_key, user_id, submitted_at, variables from task_submission where business_key = ? "
                + "order by submitted_at, id",
            (rs, i) ->
                new Entry(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getTimestamp(3).toInstant(),
                    read(rs.getString(4))),
            businessKey)
        .stream()
        .filter(entry -> taskKeys.contains(entry.taskKey()))
        .toList();
  }

  private static Object plain(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean) {
      return value;
    }
    return value.toString();
  }

  private static String write(Map<String, Object> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a submission's variables", e);
    }
  }

  private static Map<String, Object> read(String json) {
    try {
      return JSON.readValue(json, new TypeReference<TreeMap<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read a submission's variables", e);
    }
  }
}
