package vn.ldtbxh.thidua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads a unit's reports and nominations, with their rounds, from the application's tables. */
@Repository
public class DossierRepository {

  private static final String REPORT_COLUMNS =
      "r.business_key, r.unit_code, r.round_key, r.process_instance_id, "
          + "r.status, r.due_at, r.submitted_at, r.late, r.accepted_at, r.closed_at, o.round_year, o.round_type, "
          + "o.status as round_status, o.summary_approved_at";

  /** A report with what the view needs of its round. */
  public record ReportRow(
      String businessKey,
      String unitCode,
      String roundKey,
      String processInstanceId,
      String status,
      Instant dueAt,
      Instant submittedAt,
      boolean late,
      Instant acceptedAt,
      Instant closedAt,
      int year,
      String roundType,
      boolean roundOpen) {}

  /** Which dossier a process instance belongs to. */
  public record DossierRef(DossierKind kind, String businessKey, String unitCode) {}

  private final JdbcTemplate jdbc;

  public DossierRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<ReportRow> reportsOf(String unitCode) {
    return jdbc.query(
        "select "
            + REPORT_COLUMNS
            + " from unit_report r join round o on o.round_key = r.round_key "
            + "where r.unit_code = ? order by o.round_year desc, r.round_key desc",
        DossierRepository::report,
        unitCode);
  }

  public Optional<ReportRow> report(String businessKey) {
    return jdbc
        .query(
            "select "
                + REPORT_COLUMNS
                + " from unit_report r join round o on o.round_key = r.round_key "
                + "where r.business_key = ?",
            DossierRepository::report,
            businessKey)
        .stream()
        .findFirst();
  }

  /**
   * The round's year of each nomination key is read with the nomination: round year and end moment.
   */
  public record NominationExtra(int year, Instant endedAt) {}

  public NominationExtra nominationExtra(String businessKey) {
    return jdbc.queryForObject(
        "select o.round_year, n.ended_at from nomination n join round o on o.round_key = "
            + "n.round_key where n.business_key = ?",
        (rs, i) ->
            new NominationExtra(rs.getInt("round_year"), instant(rs.getTimestamp("ended_at"))),
        businessKey);
  }

  /** The report or nomination whose process instance this is, if any. */
  public Optional<DossierRef> byProcessInstance(String processInstanceId) {
    List<DossierRef> found =
        jdbc.query(
            "select business_key, unit_code from unit_report where process_instance_id = ?",
            (rs, i) -> new DossierRef(DossierKind.REPORT, rs.getString(1), rs.getString(2)),
            processInstanceId);
    if (found.isEmpty()) {
      found =
          jdbc.query(
              "select business_key, unit_code from nomination where process_instance_id = ?",
              (rs, i) -> new DossierRef(DossierKind.NOMINATION, rs.getString(1), rs.getString(2)),
              processInstanceId);
    }
    return found.stream().findFirst();
  }

  private static ReportRow report(ResultSet rs, int row) throws SQLException {
    return new ReportRow(
        rs.getString("business_key"),
        rs.getString("unit_code"),
        rs.getString("round_key"),
        rs.getString("process_instance_id"),
        rs.getString("status"),
        instant(rs.getTimestamp("due_at")),
        instant(rs.getTimestamp("submitted_at")),
        rs.getBoolean("late"),
        instant(rs.getTimestamp("accepted_at")),
        instant(rs.getTimestamp("closed_at")),
        rs.getInt("round_year"),
        rs.getString("round_type"),
        "OPEN".equals(rs.getString("round_status"))
            && rs.getTimestamp("summary_approved_at") == null);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
