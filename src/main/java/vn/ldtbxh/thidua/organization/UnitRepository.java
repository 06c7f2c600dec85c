package vn.ldtbxh.thidua.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The units of the organisation and their dated names, in the application's own tables. */
@Repository
public class UnitRepository {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  public UnitRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  public List<Unit> findAll() {
    return jdbc.query(
        "select code, name, kind, email, active from unit order by kind, code",
        UnitRepository::map);
  }

  public List<Unit> findActive() {
    return jdbc.query(
        "select code, name, kind, email, active from unit where active = true order by kind, code",
        UnitRepository::map);
  }

  public Optional<Unit> findByCode(String code) {
    return jdbc
        .query(
            "select code, name, kind, email, active from unit where code = ?",
            UnitRepository::map,
            code)
        .stream()
        .findFirst();
  }

  public List<Unit> findByCodes(Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return named.query(
        "select code, name, kind, email, active from unit where code in (:codes) order by kind, code",
        new MapSqlParameterSource("codes", codes),
        (rs, i) -> map(rs, i));
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
    return findByCode(code).map(Unit::name);
  }

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

  private static Unit map(ResultSet rs, int row) throws SQLException {
    return new Unit(
        rs.getString("code"),
        rs.getString("name"),
        UnitKind.valueOf(rs.getString("kind")),
        rs.getString("email"),
        rs.getBoolean("active"));
  }
}
