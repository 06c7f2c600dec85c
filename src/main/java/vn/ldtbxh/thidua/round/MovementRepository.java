package vn.ldtbxh.thidua.round;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class MovementRepository {

  private static final RowMapper<Movement> MAPPER =
      (rs, i) ->
          new Movement(
              rs.getString("code"),
              rs.getString("name"),
              rs.getInt("first_year"),
              rs.getInt("last_year"),
              rs.getString("lead_group"));

  private final JdbcTemplate jdbc;

  public MovementRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Movement> findByCode(String code) {
    return jdbc.query("select * from movement where code = ?", MAPPER, code).stream().findFirst();
  }

  public List<Movement> findAll() {
    return jdbc.query("select * from movement order by first_year, code", MAPPER);
  }

  public void save(Movement movement) {
    int updated =
        jdbc.update(
            "update movement set name = ?, first_year = ?, last_year = ?, lead_group = ? where code = ?",
            movement.name(),
            movement.firstYear(),
            movement.lastYear(),
            movement.leadGroup(),
            movement.code());
    if (updated == 0) {
      jdbc.update(
          "insert into movement (code, name, first_year, last_year, lead_group) values (?, ?, ?, ?, ?)",
          movement.code(),
          movement.name(),
          movement.firstYear(),
          movement.lastYear(),
          movement.leadGroup());
    }
  }
}
