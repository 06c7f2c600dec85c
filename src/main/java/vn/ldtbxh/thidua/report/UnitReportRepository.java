package vn.ldtbxh.thidua.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.ldtbxh.thidua.common.Rows;

/** Unit reports and their review history, in the application's tables. */
@Repository
public class UnitReportRepository {

  private final JdbcTemplate jdbc;

  public UnitReportRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(
      String roundKey,
      String unitCode,
      String businessKey,
      String processInstanceId,
      String unitName,
      Instant dueAt) {
    jdbc.update(
        "insert into unit_report (round_key, unit_code, business_key, process_instance_id, status, unit_name, "
            + "due_at, original_due_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        roundKey,
        unitCode,
        businessKey,
        processInstanceId,
        ReportStatus.PREPARING.name(),
        unitName,
        Timestamp.from(dueAt),
        Timestamp.from(dueAt));
  }

  public Optional<UnitReport> find(String roundKey, String unitCode) {
    return jdbc
        .query(
            "select * from unit_report where round_key = ? and unit_code = ?",
            UnitReportRepository::map,
            roundKey,
            unitCode)
        .stream()
        .findFirst();
  }

  /** The report a process instance works on: the one place its round and unit are read from. */
  public Optional<UnitReport> findByProcessInstance(String processInstanceId) {
    return jdbc
        .query(
            "select * from unit_report where process_instance_id = ?",
            UnitReportRepository::map,
            processInstanceId)
        .stream()
        .findFirst();
  }

  public Optional<UnitReport> findByBusinessKey(String businessKey) {
    return jdbc
        .query(
            "select * from unit_report where business_key = ?",
            UnitReportRepository::map,
            businessKey)
        .stream()
        .findFirst();
  }

  /**
   * An accepted report goes back to its unit, in a new process instance: false when it is no longer
   * accepted (reopened meanwhile by somebody else).
   */
  public boolean reopen(
      String roundKey,
      String unitCode,
      String processInstanceId,
      String by,
      String reason,
      Instant at) {
    int changed =
        jdbc.update(
            "update unit_report set status = ?, accepted_at = null, process_instance_id = ? "
                + "where round_key = ? and unit_code = ? and status = ?",
            ReportStatus.RETURNED.name(),
            processInstanceId,
            roundKey,
            unitCode,
            ReportStatus.ACCEPTED.name());
    if (changed == 0) {
      return false;
    }
    jdbc.update(
        "insert into report_review (round_key, unit_code, reviewed_at, reviewer, outcome, review_comment) "
            + "values (?, ?, ?, ?, ?, ?)",
        roundKey,
        unitCode,
        Timestamp.from(at),
        by,
        "REOPENED",
        reason);
    return true;
  }

  public List<UnitReport> findByRound(String roundKey) {
    return jdbc.query(
        "select * from unit_report where round_key = ? order by unit_code",
        UnitReportRepository::map,
        roundKey);
  }

  public void updateDue(String roundKey, String unitCode, Instant dueAt) {
    jdbc.update(
        "update unit_report set due_at = ? where round_key = ? and unit_code = ?",
        Timestamp.from(dueAt),
        roundKey,
        unitCode);
  }

  /** The unit's figures as sent, written to the report of this process instance only. */
  public void submit(
      UnitReport report, ReportContent content, Instant at, String by, boolean late) {
    StringBuilder sql =
        new StringBuilder(
            "update unit_report set status = ?, submitted_at = ?, submitted_by = ?, "
                + "late = (late or ?)");
    List<Object> args =
        new ArrayList<>(
            List.of(ReportStatus.SUBMITTED.name(), Timestamp.from(at), by == null ? "" : by, late));
    for (ReportField field : ReportField.values()) {
      sql.append(", ").append(field.column()).append(" = ?");
      args.add(content.figure(field));
    }
    for (ReportTexts part : ReportTexts.values()) {
      sql.append(", ").append(part.column()).append(" = ?");
      args.add(content.text(part));
    }
    sql.append(" where round_key = ? and unit_code = ? and process_instance_id = ?");
    args.add(report.roundKey());
    args.add(report.unitCode());
    args.add(report.processInstanceId());
    requireOne(jdbc.update(sql.toString(), args.toArray()), report);
  }

  public void review(
      UnitReport report, String reviewer, String outcome, String comment, Instant at) {
    ReportStatus status =
        "APPROVED".equals(outcome) ? ReportStatus.ACCEPTED : ReportStatus.RETURNED;
    requireOne(
        jdbc.update(
            "update unit_report set status = ?, accepted_at = ? where round_key = ? and unit_code = ? "
                + "and process_instance_id = ?",
            status.name(),
            status == ReportStatus.ACCEPTED ? Timestamp.from(at) : null,
            report.roundKey(),
            report.unitCode(),
            report.processInstanceId()),
        report);
    jdbc.update(
        "insert into report_review (round_key, unit_code, reviewed_at, reviewer, outcome, review_comment) "
            + "values (?, ?, ?, ?, ?, ?)",
        report.roundKey(),
        report.unitCode(),
        Timestamp.from(at),
        reviewer,
        outcome,
        comment);
  }

  public void closeNotSubmitted(UnitReport report, Instant at) {
    requireOne(
        jdbc.update(
            "update unit_report set status = ?, closed_at = ?, late = true where round_key = ? "
                + "and unit_code = ? and process_instance_id = ?",
            ReportStatus.NOT_SUBMITTED.name(),
            Timestamp.from(at),
            report.roundKey(),
            report.unitCode(),
            report.processInstanceId()),
        report);
  }

  private static void requireOne(int changed, UnitReport report) {
    if (changed != 1) {
      throw new IllegalStateException(
          "Report "
              + report.businessKey()
              + " of process instance "
              + report.processInstanceId()
              + " changed "
              + changed
              + " rows");
    }
  }

  public List<Map<String, Object>> reviews(String roundKey, String unitCode) {
    return Rows.lowerCaseKeys(
        jdbc.queryForList(
            "select reviewed_at, reviewer, outcome, review_comment from report_review "
                + "where round_key = ? and unit_code = ? order by reviewed_at, id",
            roundKey,
            unitCode));
  }

  private static UnitReport map(ResultSet rs, int row) throws SQLException {
    Map<ReportField, Long> figures = new EnumMap<>(ReportField.class);
    for (ReportField field : ReportField.values()) {
      long value = rs.getLong(field.column());
      if (!rs.wasNull()) {
        figures.put(field, value);
      }
    }
    Map<ReportTexts, String> texts = new EnumMap<>(ReportTexts.class);
    for (ReportTexts part : ReportTexts.values()) {
      String value = rs.getString(part.column());
      if (value != null) {
        texts.put(part, value);
      }
    }
    return new UnitReport(
        rs.getString("round_key"),
        rs.getString("unit_code"),
        rs.getString("business_key"),
        rs.getString("process_instance_id"),
        ReportStatus.valueOf(rs.getString("status")),
        rs.getString("unit_name"),
        instant(rs.getTimestamp("due_at")),
        instant(rs.getTimestamp("submitted_at")),
        rs.getBoolean("late"),
        instant(rs.getTimestamp("accepted_at")),
        new ReportContent(figures, texts));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
