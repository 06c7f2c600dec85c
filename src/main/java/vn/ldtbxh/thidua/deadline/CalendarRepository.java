package vn.ldtbxh.thidua.deadline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The calendar table in the database: its entries, the years it knows (seeded, edited or checked),
 * the record of every change and the version every change counts up.
 */
@Repository
public class CalendarRepository {

  /** Who seeds the table from the shipped file: the application itself. */
  public static final String SYSTEM = "system";

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  public CalendarRepository(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** A year the database knows. */
  public record YearRecord(
      int year,
      String source,
      Instant updatedAt,
      String updatedBy,
      Instant checkedAt,
      String checkedBy) {}

  /** Locks the version row until the transaction ends, and returns the version. */
  public long lockVersion() {
    return jdbc.queryForObject(
        "select version from calendar_version where id = 1 for update", Long.class);
  }

  public long version() {
    return jdbc.queryForObject("select version from calendar_version where id = 1", Long.class);
  }

  public void bumpVersion() {
    jdbc.update("update calendar_version set version = version + 1 where id = 1");
  }

  /** Every entry, by date. */
  public List<CalendarEntry> entries() {
    return jdbc.query(
        "select entry_date, kind, note from calendar_entry order by entry_date",
        CalendarRepository::entry);
  }

  /** The entries of one year, by date. */
  public List<CalendarEntry> entries(int year) {
    return jdbc.query(
        "select entry_date, kind, note from calendar_entry where cal_year = ? order by entry_date",
        CalendarRepository::entry,
        year);
  }

  /** Replaces the year's entries. */
  public void replace(int year, List<CalendarEntry> entries) {
    jdbc.update("delete from calendar_entry where cal_year = ?", year);
    jdbc.batchUpdate(
        "insert into calendar_entry (entry_date, cal_year, kind, note) values (?, ?, ?, ?)",
        entries,
        entries.size(),
        (statement, entry) -> {
          statement.setObject(1, entry.date());
          statement.setInt(2, year);
          statement.setString(3, entry.kind().name());
          statement.setString(4, entry.note());
        });
  }

  public boolean hasAnyYear() {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "select case when exists (select 1 from calendar_year) then true else false end",
            Boolean.class));
  }

  public Set<Integer> knownYears() {
    return new TreeSet<>(jdbc.queryForList("select cal_year from calendar_year", Integer.class));
  }

  public Set<Integer> filledYears() {
    return new TreeSet<>(
        jdbc.queryForList("select distinct cal_year from calendar_entry", Integer.class));
  }

  public Set<Integer> checkedYears() {
    return new TreeSet<>(
        jdbc.queryForList(
            "select cal_year from calendar_year where checked_at is not null", Integer.class));
  }

  public Optional<YearRecord> year(int year) {
    return jdbc
        .query(
            "select cal_year, source, updated_at, updated_by, checked_at, checked_by"
                + " from calendar_year where cal_year = ?",
            CalendarRepository::yearRecord,
            year)
        .stream()
        .findFirst();
  }

  /** Records that the year was seeded or edited. */
  public void touch(int year, String source, Instant at, String by) {
    int updated =
        jdbc.update(
            "update calendar_year set source = ?, updated_at = ?, updated_by = ? where cal_year = ?",
            source,
            Timestamp.from(at),
            by,
            year);
    if (updated == 0) {
      jdbc.update(
          "insert into calendar_year (cal_year, source, updated_at, updated_by) values (?, ?, ?, ?)",
          year,
          source,
          Timestamp.from(at),
          by);
    }
  }

  /** Marks the year "checked, no change". */
  public void check(int year, Instant at, String by) {
    int updated =
        jdbc.update(
            "update calendar_year set checked_at = ?, checked_by = ? where cal_year = ?",
            Timestamp.from(at),
            by,
            year);
    if (updated == 0) {
      jdbc.update(
          "insert into calendar_year (cal_year, source, updated_at, updated_by, checked_at,"
              + " checked_by) values (?, 'OFFICE', ?, ?, ?, ?)",
          year,
          Timestamp.from(at),
          by,
          Timestamp.from(at),
          by);
    }
  }

  /** Records a change of the year: its entries before (null for a seed) and after. */
  public void recordChange(
      int year, String action, Instant at, String by, List<CalendarEntry> before, Object after) {
    jdbc.update(
        "insert into calendar_change (cal_year, action, changed_at, changed_by, before_json,"
            + " after_json) values (?, ?, ?, ?, ?, ?)",
        year,
        action,
        Timestamp.from(at),
        by,
        before == null ? null : write(describe(before)),
        write(after instanceof List<?> list ? describe(castEntries(list)) : after));
  }

  /** The changes of the year, oldest first: action, who, when, before and after. */
  public List<Map<String, Object>> changes(int year) {
    return jdbc.query(
        "select action, changed_at, changed_by, before_json, after_json from calendar_change"
            + " where cal_year = ? order by changed_at, id",
        (rs, row) -> {
          Map<String, Object> change = new LinkedHashMap<>();
          change.put("action", rs.getString("action"));
          change.put("changedAt", rs.getTimestamp("changed_at").toInstant());
          change.put("changedBy", rs.getString("changed_by"));
          change.put("before", read(rs.getString("before_json")));
          change.put("after", read(rs.getString("after_json")));
          return change;
        },
        year);
  }

  /** The JSON form of entries, as the API reads and writes them. */
  public static List<Map<String, Object>> describe(List<CalendarEntry> entries) {
    return entries.stream()
        .map(
            entry -> {
              Map<String, Object> fields = new LinkedHashMap<>();
              fields.put("date", entry.date().toString());
              fields.put("kind", entry.kind().name());
              fields.put("note", entry.note());
              return fields;
            })
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static List<CalendarEntry> castEntries(List<?> list) {
    return (List<CalendarEntry>) list;
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write a calendar change", e);
    }
  }

  private Object read(String value) {
    if (value == null) {
      return null;
    }
    try {
      return json.readValue(value, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not read a calendar change", e);
    }
  }

  private static CalendarEntry entry(ResultSet rs, int row) throws SQLException {
    return new CalendarEntry(
        rs.getObject("entry_date", LocalDate.class),
        CalendarKind.valueOf(rs.getString("kind")),
        rs.getString("note"));
  }

  private static YearRecord yearRecord(ResultSet rs, int row) throws SQLException {
    Timestamp checked = rs.getTimestamp("checked_at");
    return new YearRecord(
        rs.getInt("cal_year"),
        rs.getString("source"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"),
        checked == null ? null : checked.toInstant(),
        rs.getString("checked_by"));
  }
}
