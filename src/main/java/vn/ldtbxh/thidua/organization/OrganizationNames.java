package vn.ldtbxh.thidua.organization;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.ldtbxh.thidua.common.ChangeLog;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.common.VietnameseFormats;

/**
 * The names written on documents, each valid from a date ({@code organization_name}): a document
 * takes those valid on its own date, so that what was issued keeps the names of its day.
 */
@Repository
public class OrganizationNames {

  static final String RECORD = "ORGANIZATION_NAME";

  private final JdbcTemplate jdbc;
  private final ChangeLog changes;

  public OrganizationNames(JdbcTemplate jdbc, ChangeLog changes) {
    this.jdbc = jdbc;
    this.changes = changes;
  }

  /** Every name recorded, by kind, then oldest first. */
  public List<OrganizationName> findAll() {
    return jdbc.query(
        "select kind, valid_from, name, recorded_at, recorded_by from organization_name"
            + " order by kind, valid_from",
        (rs, i) ->
            new OrganizationName(
                OrganizationName.Kind.valueOf(rs.getString("kind")),
                rs.getDate("valid_from").toLocalDate(),
                rs.getString("name"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by")));
  }

  /** The name of a kind valid on a date. */
  public Optional<String> on(OrganizationName.Kind kind, LocalDate date) {
    return jdbc
        .queryForList(
            "select name from organization_name where kind = ? and valid_from <= ?"
                + " order by valid_from desc",
            String.class,
            kind.name(),
            date)
        .stream()
        .findFirst();
  }

  /** The names a document dated {@code date} carries. */
  public Letterhead letterheadOn(LocalDate date) {
    return new Letterhead(
        required(OrganizationName.Kind.DEPARTMENT, date),
        required(OrganizationName.Kind.SYMBOL, date),
        required(OrganizationName.Kind.PROVINCE, date),
        required(OrganizationName.Kind.PLACE, date));
  }

  private String required(OrganizationName.Kind kind, LocalDate date) {
    return on(kind, date)
        .orElseThrow(
            () ->
                ThiduaException.conflict(
                    "Chưa có %s áp dụng ngày %s: Văn phòng Sở ghi tên này trước khi ban hành văn bản."
                        .formatted(kind.vietnamese().toLowerCase(), VietnameseFormats.date(date))));
  }

  /**
   * Records a name from a date, under the organisation's lock: refused (400) when a name of that
   * kind is already recorded from that very date, which stays as it is.
   */
  @Transactional
  public OrganizationName add(
      OrganizationName.Kind kind, String name, LocalDate validFrom, String user, Instant now) {
    jdbc.queryForList("select name from app_lock where name = 'organization' for update");
    List<String> same =
        jdbc.queryForList(
            "select name from organization_name where kind = ? and valid_from = ?",
            String.class,
            kind.name(),
            validFrom);
    if (!same.isEmpty()) {
      throw ThiduaException.invalid(
          ("Đã ghi %s \"%s\" từ ngày %s: không ghi đè tên đã có; nếu tên đổi, ghi tên mới từ ngày"
                  + " nó có hiệu lực.")
              .formatted(
                  kind.vietnamese().toLowerCase(), same.get(0), VietnameseFormats.date(validFrom)));
    }
    String before = on(kind, validFrom).orElse(null);
    jdbc.update(
        "insert into organization_name (kind, valid_from, name, recorded_at, recorded_by)"
            + " values (?, ?, ?, ?, ?)",
        kind.name(),
        validFrom,
        name,
        Timestamp.from(now),
        user);
    changes.record(
        RECORD,
        kind.name(),
        user,
        now,
        before == null ? null : Map.of("name", before),
        describe(kind, name, validFrom));
    return new OrganizationName(kind, validFrom, name, now, user);
  }

  public List<Map<String, Object>> changes(OrganizationName.Kind kind) {
    return changes.of(RECORD, kind.name());
  }

  static Map<String, Object> describe(OrganizationName.Kind kind, String name, LocalDate from) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("kind", kind.name());
    fields.put("name", name);
    fields.put("validFrom", from.toString());
    return fields;
  }
}
