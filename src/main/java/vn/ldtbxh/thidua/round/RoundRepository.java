package vn.ldtbxh.thidua.round;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class RoundRepository {

  private static final RowMapper<Round> MAPPER =
      (rs, i) ->
          new Round(
              rs.getString("round_key"),
              rs.getString("movement_code"),
              rs.getInt("round_year"),
              RoundType.valueOf(rs.getString("round_type")),
              rs.getDate("deadline").toLocalDate(),
              rs.getString("process_instance_id"),
              rs.getString("status"),
              rs.getString("started_by"),
              instant(rs.getTimestamp("started_at")),
              instant(rs.getTimestamp("summary_approved_at")));

  private final JdbcTemplate jdbc;

  public RoundRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Round> findByKey(String roundKey) {
    return jdbc.query("select * from round where round_key = ?", MAPPER, roundKey).stream()
        .findFirst();
  }

  public List<Round> findAll() {
    return jdbc.query("select * from round order by round_year desc, round_key", MAPPER);
  }

  public boolean exists(String roundKey) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from round where round_key = ?", Integer.class, roundKey);
    return count != null && count > 0;
  }

  public void insert(Round round, List<String> unitCodes) {
    jdbc.update(
        "insert into round (round_key, movement_code, round_year, round_type, deadline, original_deadline, "
            + "process_instance_id, status, started_by, started_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        round.roundKey(),
        round.movementCode(),
        round.year(),
        round.type().name(),
        round.deadline(),
        round.deadline(),
        round.processInstanceId(),
        round.status(),
        round.startedBy(),
        Timestamp.from(round.startedAt()));
    jdbc.batchUpdate(
        "insert into round_unit (round_key, unit_code) values (?, ?)",
        unitCodes,
        500,
        (ps, code) -> {
          ps.setString(1, round.roundKey());
          ps.setString(2, code);
        });
  }

  /** Whether the round called the unit (it reports, and may nominate, in it). */
  public boolean calls(String roundKey, String unitCode) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from round_unit where round_key = ? and unit_code = ?",
            Integer.class,
            roundKey,
            unitCode);
    return count != null && count > 0;
  }

  public List<String> unitCodes(String roundKey) {
    return jdbc.queryForList(
        "select unit_code from round_unit where round_key = ? order by unit_code",
        String.class,
        roundKey);
  }

  /** The deadline that applies to one unit: its own extension, or the round's. */
  public LocalDate deadlineFor(String roundKey, String unitCode) {
    return jdbc.queryForObject(
        "select coalesce(ru.deadline, r.deadline) from round r join round_unit ru "
            + "on ru.round_key = r.round_key where r.round_key = ? and ru.unit_code = ?",
        LocalDate.class,
        roundKey,
        unitCode);
  }

  /** A unit's own (extended) deadline in a round, if it has one. */
  public Optional<LocalDate> unitDeadline(String roundKey, String unitCode) {
    return jdbc
        .queryForList(
            "select deadline from round_unit where round_key = ? and unit_code = ? and deadline is not null",
            LocalDate.class,
            roundKey,
            unitCode)
        .stream()
        .findFirst();
  }

  public void updateDeadline(String roundKey, LocalDate deadline) {
    jdbc.update("update round set deadline = ? where round_key = ?", deadline, roundKey);
    jdbc.update(
        "update round_unit set deadline = null where round_key = ? and deadline <= ?",
        roundKey,
        deadline);
  }

  public void updateUnitDeadline(String roundKey, String unitCode, LocalDate deadline) {
    jdbc.update(
        "update round_unit set deadline = ? where round_key = ? and unit_code = ?",
        deadline,
        roundKey,
        unitCode);
  }

  public void close(String roundKey, Instant approvedAt) {
    jdbc.update(
        "update round set status = ?, summary_approved_at = ? where round_key = ?",
        Round.CLOSED,
        Timestamp.from(approvedAt),
        roundKey);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
