package vn.ldtbxh.thidua.council;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The council's members and the record of every change to them. */
@Repository
public class CouncilMemberRepository {

  private static final String COLUMNS =
      "id, name, position, role, valid_from, valid_to, recorded_at, recorded_by";

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  public CouncilMemberRepository(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Every member ever recorded, the chair first, then by role, start and name. */
  public List<CouncilMember> findAll() {
    return jdbc.query(
        "select "
            + COLUMNS
            + " from council_member order by case role when 'CHU_TICH' then 0 when 'PHO_CHU_TICH'"
            + " then 1 when 'THU_KY' then 2 else 3 end, valid_from, name, id",
        CouncilMemberRepository::map);
  }

  public CouncilRoster roster() {
    return new CouncilRoster(findAll());
  }

  /**
   * Records a new member and the change that created it, in one transaction. The roster's lock row
   * is taken first and {@code checkAgainstRoster} runs under it, so that two offices adding the
   * same person (or two chairs) at once cannot both pass the roster's checks.
   */
  @Transactional
  public CouncilMember add(
      CouncilRoster.NewMember member, String user, Instant now, Runnable checkAgainstRoster) {
    jdbc.queryForList("select id from council_roster_lock where id = 1 for update");
    checkAgainstRoster.run();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          var statement =
              connection.prepareStatement(
                  "insert into council_member (name, position, role, valid_from, valid_to,"
                      + " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?)",
                  new String[] {"id"});
          statement.setString(1, member.name());
          statement.setString(2, member.position());
          statement.setString(3, member.role().name());
          statement.setObject(4, member.from());
          statement.setObject(5, member.to());
          statement.setTimestamp(6, Timestamp.from(now));
          statement.setString(7, user);
          return statement;
        },
        key);
    long id = key.getKey().longValue();
    CouncilMember added =
        new CouncilMember(
            id,
            member.name(),
            member.position(),
            member.role(),
            member.from(),
            member.to(),
            now,
            user);
    jdbc.update(
        "insert into council_member_change (member_id, changed_at, changed_by, before_json,"
            + " after_json) values (?, ?, ?, null, ?)",
        id,
        Timestamp.from(now),
        user,
        write(describe(added)));
    return added;
  }

  public java.util.Optional<CouncilMember> find(long id) {
    return jdbc
        .query(
            "select " + COLUMNS + " from council_member where id = ?",
            CouncilMemberRepository::map,
            id)
        .stream()
        .findFirst();
  }

  /**
   * Records the member's last day of service, and the change (before, after), in one transaction
   * under the roster's lock; {@code check} gives the day from the member as it is then.
   */
  @Transactional
  public CouncilMember end(
      long id,
      String user,
      Instant now,
      java.util.function.Function<CouncilMember, LocalDate> check) {
    jdbc.queryForList("select id from council_roster_lock where id = 1 for update");
    CouncilMember before = find(id).orElseThrow();
    LocalDate to = check.apply(before);
    jdbc.update("update council_member set valid_to = ? where id = ?", to, id);
    CouncilMember after =
        new CouncilMember(
            before.id(),
            before.name(),
            before.position(),
            before.role(),
            before.from(),
            to,
            before.recordedAt(),
            before.recordedBy());
    jdbc.update(
        "insert into council_member_change (member_id, changed_at, changed_by, before_json,"
            + " after_json) values (?, ?, ?, ?, ?)",
        id,
        Timestamp.from(now),
        user,
        write(describe(before)),
        write(describe(after)));
    return after;
  }

  /** The changes of each member, oldest first: who, when, before and after. */
  public Map<Long, List<Map<String, Object>>> changes() {
    Map<Long, List<Map<String, Object>>> byMember = new LinkedHashMap<>();
    jdbc.query(
        "select member_id, changed_at, changed_by, before_json, after_json from"
            + " council_member_change order by changed_at, id",
        rs -> {
          Map<String, Object> change = new LinkedHashMap<>();
          change.put("changedAt", rs.getTimestamp("changed_at").toInstant());
          change.put("changedBy", rs.getString("changed_by"));
          change.put("before", read(rs.getString("before_json")));
          change.put("after", read(rs.getString("after_json")));
          byMember
              .computeIfAbsent(rs.getLong("member_id"), id -> new java.util.ArrayList<>())
              .add(change);
        });
    return byMember;
  }

  static Map<String, Object> describe(CouncilMember member) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", member.name());
    fields.put("position", member.position());
    fields.put("role", member.role().name());
    fields.put("from", member.from().toString());
    fields.put("to", member.to() == null ? null : member.to().toString());
    return fields;
  }

  private String write(Map<String, Object> value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write a council member change", e);
    }
  }

  private Object read(String value) {
    if (value == null) {
      return null;
    }
    try {
      return json.readValue(value, Map.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not read a council member change", e);
    }
  }

  private static CouncilMember map(ResultSet rs, int row) throws SQLException {
    return new CouncilMember(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("position"),
        CouncilRole.valueOf(rs.getString("role")),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("recorded_by"));
  }
}
