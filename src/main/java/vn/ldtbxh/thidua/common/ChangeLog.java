package vn.ldtbxh.thidua.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of every change to a catalogue record (a movement, a round's targets, a unit, a name
 * written on documents): who, when, the record before (null when created) and after, as JSON in
 * {@code catalogue_change}. Written in the transaction of the change.
 */
@Component
public class ChangeLog {

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  public ChangeLog(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void record(
      String kind, String key, String user, Instant now, Object before, Object after) {
    jdbc.update(
        "insert into catalogue_change (record_kind, record_key, changed_at, changed_by,"
            + " before_json, after_json) values (?, ?, ?, ?, ?, ?)",
        kind,
        key,
        Timestamp.from(now),
        user,
        before == null ? null : write(before),
        write(after));
  }

  /**
   * The changes of one record, oldest first: {@code changedAt}, {@code changedBy}, before, after.
   */
  public List<Map<String, Object>> of(String kind, String key) {
    return jdbc.query(
        "select changed_at, changed_by, before_json, after_json from catalogue_change"
            + " where record_kind = ? and record_key = ? order by changed_at, id",
        (rs, i) -> {
          Map<String, Object> change = new LinkedHashMap<>();
          change.put("changedAt", rs.getTimestamp("changed_at").toInstant());
          change.put("changedBy", rs.getString("changed_by"));
          change.put("before", read(rs.getString("before_json")));
          change.put("after", read(rs.getString("after_json")));
          return change;
        },
        kind,
        key);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a catalogue change", e);
    }
  }

  private Object read(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read a catalogue change", e);
    }
  }
}
