package vn.ldtbxh.thidua.organization;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.ldtbxh.thidua.common.ChangeLog;
import vn.ldtbxh.thidua.common.VietnameseFormats;

/**
 * The units of the organisation and their dated names, in the application's own tables. A unit is
 * active from its first day until the day before it ends; its name is the one valid today.
 */
@Repository
public class UnitRepository {

  static final String RECORD = "UNIT";

  /** A unit as of {@code :today}: its name valid then, and whether it exists then. */
  private static final String SELECT =
      "select u.code, coalesce((select n.name from unit_name n where n.unit_code = u.code and"
          + " n.valid_from = (select max(m.valid_from) from unit_name m where m.unit_code = u.code"
          + " and m.valid_from <= :today)), u.name) as name, u.kind, u.email, case when u.active"
          + " and (u.ended_on is null or u.ended_on > :today) and (u.valid_from is null or"
          + " u.valid_from <= :today) then true else false end as active from unit u";

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final Clock clock;
  private final ChangeLog changes;

  public UnitRepository(JdbcTemplate jdbc, Clock clock, ChangeLog changes) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.clock = clock;
    this.changes = changes;
  }

  private MapSqlParameterSource today() {
    return new MapSqlParameterSource(
        "today", LocalDate.now(clock.withZone(VietnameseFormats.ZONE)));
  }

  public List<Unit> findAll() {
    return named.query(SELECT + " order by u.kind, u.code", today(), UnitRepository::map);
  }

  public List<Unit> findActive() {
    return findAll().stream().filter(Unit::active).toList();
  }

  public Optional<Unit> findByCode(String code) {
    return named
        .query(
            SELECT + " where u.code = :code", today().addValue("code", code), UnitRepository::map)
        .stream()
        .findFirst();
  }

  public List<Unit> findByCodes(Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return named.query(
        SELECT + " where u.code in (:codes) order by u.kind, u.code",
        today().addValue("codes", codes),
        UnitRepository::map);
  }

  /**
   * The unit's name valid on the given date (a unit may have been renamed, e.g. Đồng Xoài in 2018).
   */
  public Optional<String> nameOn(String code, LocalDate date) {
    List<String> dated =
        jdbc.queryForList(
            "select name from unit_name where unit_code = ? and valid_from <= ? order by valid_from desc",
            String.class,
            code,
            date);
    if (!dated.isEmpty()) {
      return Optional.of(dated.get(0));
    }
    return jdbc.queryForList("select name from unit where code = ?", String.class, code).stream()
        .findFirst();
  }

  /** Saves a unit as it is, creating it if new (seeding and tests; the API records its changes). */
  public void save(Unit unit) {
    int updated =
        jdbc.update(
            "update unit set name = ?, kind = ?, email = ?, active = ?, updated_at = current_timestamp where code = ?",
            unit.name(),
            unit.kind().name(),
            unit.email(),
            unit.active(),
            unit.code());
    if (updated == 0) {
      jdbc.update(
          "insert into unit (code, name, kind, email, active) values (?, ?, ?, ?, ?)",
          unit.code(),
          unit.name(),
          unit.kind().name(),
          unit.email(),
          unit.active());
    }
  }

  /** Every unit with its dates, successor and names, as the units API lists them. */
  public List<UnitRecord> records() {
    Map<String, List<UnitRecord.DatedName>> names = new LinkedHashMap<>();
    jdbc.query(
        "select unit_code, valid_from, name from unit_name order by unit_code, valid_from",
        rs -> {
          names
              .computeIfAbsent(rs.getString(1), code -> new ArrayList<>())
              .add(new UnitRecord.DatedName(rs.getDate(2).toLocalDate(), rs.getString(3)));
        });
    Map<String, Unit> current = new LinkedHashMap<>();
    findAll().forEach(unit -> current.put(unit.code(), unit));
    return jdbc.query(
        "select code, name, valid_from, ended_on, successor from unit order by kind, code",
        (rs, i) -> {
          String code = rs.getString("code");
          return new UnitRecord(
              current.get(code),
              localDate(rs.getDate("valid_from")),
              localDate(rs.getDate("ended_on")),
              rs.getString("successor"),
              names.getOrDefault(code, List.of()));
        });
  }

  public Optional<UnitRecord> record(String code) {
    return records().stream().filter(r -> r.unit().code().equals(code)).findFirst();
  }

  /** Records a new unit and its first name from {@code validFrom}, and the change. */
  @Transactional
  public void create(Unit unit, LocalDate validFrom, String user, Instant now, Runnable check) {
    lock();
    check.run();
    jdbc.update(
        "insert into unit (code, name, kind, email, active, valid_from) values (?, ?, ?, ?, true, ?)",
        unit.code(),
        unit.name(),
        unit.kind().name(),
        unit.email(),
        validFrom);
    jdbc.update(
        "insert into unit_name (unit_code, valid_from, name) values (?, ?, ?)",
        unit.code(),
        validFrom,
        unit.name());
    changes.record(RECORD, unit.code(), user, now, null, record(unit.code()).orElseThrow());
  }

  /**
   * Records a unit's new name from {@code validFrom}; the name it had before stays valid before
   * that day. {@code check} runs under the lock with the unit as recorded.
   */
  @Transactional
  public void rename(
      String code,
      String name,
      LocalDate validFrom,
      String user,
      Instant now,
      java.util.function.Consumer<UnitRecord> check) {
    lock();
    UnitRecord before = record(code).orElseThrow();
    check.accept(before);
    if (before.names().isEmpty()) {
      // the name it has carried so far, from its first day
      jdbc.update(
          "insert into unit_name (unit_code, valid_from, name) values (?, ?, ?)",
          code,
          before.validFrom() == null ? LocalDate.of(1900, 1, 1) : before.validFrom(),
          jdbc.queryForObject("select name from unit where code = ?", String.class, code));
    }
    jdbc.update(
        "insert into unit_name (unit_code, valid_from, name) values (?, ?, ?)",
        code,
        validFrom,
        name);
    if (!validFrom.isAfter(LocalDate.now(clock.withZone(VietnameseFormats.ZONE)))) {
      // the current name, for the tables that join the unit (the repository reads it by date)
      jdbc.update(
          "update unit set name = ?, updated_at = current_timestamp where code = ?", name, code);
    }
    changes.record(RECORD, code, user, now, before, record(code).orElseThrow());
  }

  /** Records the day a unit ends and its successor, and the change. */
  @Transactional
  public void end(
      String code,
      LocalDate endedOn,
      String successor,
      String user,
      Instant now,
      java.util.function.Consumer<UnitRecord> check) {
    lock();
    UnitRecord before = record(code).orElseThrow();
    check.accept(before);
    jdbc.update(
        "update unit set ended_on = ?, successor = ?, updated_at = current_timestamp where code = ?",
        endedOn,
        successor,
        code);
    changes.record(RECORD, code, user, now, before, record(code).orElseThrow());
  }

  /** The unit that took over from {@code code}, if it ended into another. */
  public Optional<String> successorOf(String code) {
    return jdbc
        .queryForList(
            "select successor from unit where code = ? and successor is not null",
            String.class,
            code)
        .stream()
        .findFirst();
  }

  public List<Map<String, Object>> changes(String code) {
    return changes.of(RECORD, code);
  }

  private void lock() {
    jdbc.queryForList("select name from app_lock where name = 'organization' for update");
  }

  private static LocalDate localDate(Date date) {
    return date == null ? null : date.toLocalDate();
  }

  private static Unit map(ResultSet rs, int row) throws SQLException {
    return new Unit(
        rs.getString("code"),
        rs.getString("name"),
        UnitKind.valueOf(rs.getString("kind")),
        rs.getString("email"),
        rs.getBoolean("active"));
  }
}
