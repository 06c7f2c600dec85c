package vn.ldtbxh.thidua.movement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.ldtbxh.thidua.common.ChangeLog;
import vn.ldtbxh.thidua.organization.Unit;
import vn.ldtbxh.thidua.organization.UnitRepository;

/**
 * Movements with their units and targets, the units' own targets in each round, and the record of
 * every change to them ({@code catalogue_change}).
 */
@Repository
public class MovementRepository {

  static final String MOVEMENT_RECORD = "MOVEMENT";
  static final String ROUND_TARGETS_RECORD = "ROUND_TARGETS";

  private final JdbcTemplate jdbc;
  private final ChangeLog changeLog;
  private final UnitRepository units;

  public MovementRepository(JdbcTemplate jdbc, ChangeLog changeLog, UnitRepository units) {
    this.jdbc = jdbc;
    this.changeLog = changeLog;
    this.units = units;
  }

  public Optional<Movement> findByCode(String code) {
    return jdbc.query("select * from movement where code = ?", this::map, code).stream()
        .findFirst();
  }

  public List<Movement> findAll() {
    return jdbc.query("select * from movement order by first_year, code", this::map);
  }

  private Movement map(ResultSet rs, int row) throws SQLException {
    String code = rs.getString("code");
    Date planDate = rs.getDate("plan_date");
    return new Movement(
        code,
        rs.getString("name"),
        rs.getString("plan_number"),
        planDate == null ? null : planDate.toLocalDate(),
        rs.getInt("first_year"),
        rs.getInt("last_year"),
        rs.getString("lead_group"),
        jdbc.queryForList(
            "select unit_code from movement_unit where movement_code = ? order by unit_code",
            String.class,
            code),
        targets(code));
  }

  private Targets targets(String movementCode) {
    Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
    jdbc.query(
        "select indicator, target from movement_target where movement_code = ?",
        rs -> {
          values.put(Indicator.valueOf(rs.getString(1)), rs.getBigDecimal(2));
        },
        movementCode);
    return Targets.planDefaults().with(values);
  }

  /**
   * Saves a movement as it is, creating it if new (the application's seeding and tests). A movement
   * without a list of units takes every unit active now.
   */
  @Transactional
  public void save(Movement movement) {
    boolean exists = findByCode(movement.code()).isPresent();
    write(movement, exists);
  }

  /**
   * Records a new movement and the change that created it, under the catalogue's lock; {@code
   * check} runs under the lock (a code taken meanwhile is refused, nothing is saved).
   */
  @Transactional
  public Movement create(Movement movement, String user, Instant now, Runnable check) {
    lock();
    check.run();
    write(movement, false);
    Movement created = findByCode(movement.code()).orElseThrow();
    recordChange(MOVEMENT_RECORD, created.code(), user, now, null, describe(created));
    return created;
  }

  /** Replaces a movement's fields, units and targets, and records the change (before, after). */
  @Transactional
  public Movement update(
      Movement movement, String user, Instant now, java.util.function.Consumer<Movement> check) {
    lock();
    Movement before = findByCode(movement.code()).orElseThrow();
    check.accept(before);
    write(movement, true);
    Movement after = findByCode(movement.code()).orElseThrow();
    recordChange(MOVEMENT_RECORD, after.code(), user, now, describe(before), describe(after));
    return after;
  }

  private void lock() {
    jdbc.queryForList("select name from app_lock where name = 'movements' for update");
  }

  private void write(Movement movement, boolean exists) {
    String leadGroup =
        movement.leadGroup() == null ? Movement.DEFAULT_LEAD_GROUP : movement.leadGroup();
    if (exists) {
      jdbc.update(
          "update movement set name = ?, plan_number = ?, plan_date = ?, first_year = ?,"
              + " last_year = ?, lead_group = ? where code = ?",
          movement.name(),
          movement.planNumber(),
          movement.planDate(),
          movement.firstYear(),
          movement.lastYear(),
          leadGroup,
          movement.code());
      jdbc.update("delete from movement_unit where movement_code = ?", movement.code());
      jdbc.update("delete from movement_target where movement_code = ?", movement.code());
    } else {
      jdbc.update(
          "insert into movement (code, name, plan_number, plan_date, first_year, last_year,"
              + " lead_group) values (?, ?, ?, ?, ?, ?, ?)",
          movement.code(),
          movement.name(),
          movement.planNumber(),
          movement.planDate(),
          movement.firstYear(),
          movement.lastYear(),
          leadGroup);
    }
    List<String> unitCodes =
        movement.unitCodes() != null
            ? movement.unitCodes()
            : units.findActive().stream().map(Unit::code).toList();
    jdbc.batchUpdate(
        "insert into movement_unit (movement_code, unit_code) values (?, ?)",
        unitCodes.stream().map(unit -> new Object[] {movement.code(), unit}).toList());
    Targets targets = movement.targets() == null ? Targets.planDefaults() : movement.targets();
    jdbc.batchUpdate(
        "insert into movement_target (movement_code, indicator, target) values (?, ?, ?)",
        targets.asMap().entrySet().stream()
            .map(entry -> new Object[] {movement.code(), entry.getKey(), entry.getValue()})
            .toList());
  }

  /** The years of the movement's rounds already opened. */
  public List<Integer> roundYears(String movementCode) {
    return jdbc.queryForList(
        "select distinct round_year from round where movement_code = ? order by round_year",
        Integer.class,
        movementCode);
  }

  /** The units' own targets in a round, by unit: only those social protection set. */
  public Map<String, Map<Indicator, BigDecimal>> roundTargets(String roundKey) {
    Map<String, Map<Indicator, BigDecimal>> byUnit = new LinkedHashMap<>();
    jdbc.query(
        "select unit_code, indicator, target from round_target where round_key = ?"
            + " order by unit_code, indicator",
        rs -> {
          byUnit
              .computeIfAbsent(rs.getString(1), unit -> new EnumMap<>(Indicator.class))
              .put(Indicator.valueOf(rs.getString(2)), rs.getBigDecimal(3));
        },
        roundKey);
    return byUnit;
  }

  /**
   * The units' own targets of every round of a movement: round year → unit → indicator → target,
   * the annual round's where a year has an annual and a final round.
   */
  public Map<Integer, Map<String, Map<Indicator, BigDecimal>>> roundTargetsOfMovement(
      String movementCode) {
    Map<Integer, Map<String, Map<Indicator, BigDecimal>>> byYear = new LinkedHashMap<>();
    jdbc.query(
        "select r.round_year, t.unit_code, t.indicator, t.target from round_target t join round r"
            + " on r.round_key = t.round_key where r.movement_code = ?"
            + " order by case r.round_type when 'FINAL' then 0 else 1 end",
        rs -> {
          byYear
              .computeIfAbsent(rs.getInt(1), year -> new LinkedHashMap<>())
              .computeIfAbsent(rs.getString(2), unit -> new EnumMap<>(Indicator.class))
              .put(Indicator.valueOf(rs.getString(3)), rs.getBigDecimal(4));
        },
        movementCode);
    return byYear;
  }

  /** Replaces a round's own targets as a whole and records the change, under the lock. */
  @Transactional
  public Map<String, Map<Indicator, BigDecimal>> replaceRoundTargets(
      String roundKey,
      Map<String, Map<Indicator, BigDecimal>> targets,
      String user,
      Instant now,
      Runnable check) {
    lock();
    check.run();
    Map<String, Map<Indicator, BigDecimal>> before = roundTargets(roundKey);
    jdbc.update("delete from round_target where round_key = ?", roundKey);
    List<Object[]> rows = new ArrayList<>();
    targets.forEach(
        (unit, values) ->
            values.forEach(
                (indicator, target) ->
                    rows.add(new Object[] {roundKey, unit, indicator.name(), target})));
    jdbc.batchUpdate(
        "insert into round_target (round_key, unit_code, indicator, target) values (?, ?, ?, ?)",
        rows);
    Map<String, Map<Indicator, BigDecimal>> after = roundTargets(roundKey);
    recordChange(
        ROUND_TARGETS_RECORD, roundKey, user, now, describeTargets(before), describeTargets(after));
    return after;
  }

  /** The changes of one record, oldest first: who, when, before and after. */
  public List<Map<String, Object>> changes(String kind, String key) {
    return changeLog.of(kind, key);
  }

  private void recordChange(
      String kind, String key, String user, Instant now, Object before, Object after) {
    changeLog.record(kind, key, user, now, before, after);
  }

  /** A movement as recorded in its changes and answered by the API. */
  public static Map<String, Object> describe(Movement movement) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("code", movement.code());
    fields.put("name", movement.name());
    fields.put("planNumber", movement.planNumber());
    fields.put("planDate", movement.planDate() == null ? null : movement.planDate().toString());
    fields.put("firstYear", movement.firstYear());
    fields.put("lastYear", movement.lastYear());
    fields.put("unitCodes", movement.unitCodes());
    fields.put("targets", movement.targets().describe());
    return fields;
  }

  static List<Map<String, Object>> describeTargets(
      Map<String, Map<Indicator, BigDecimal>> targets) {
    List<Map<String, Object>> list = new ArrayList<>();
    targets.forEach(
        (unit, values) ->
            values.forEach(
                (indicator, target) -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("unitCode", unit);
                  entry.put("indicator", indicator.name());
                  entry.put("target", target);
                  list.add(entry);
                }));
    return list;
  }
}
