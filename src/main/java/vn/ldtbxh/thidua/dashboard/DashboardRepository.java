package vn.ldtbxh.thidua.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.ldtbxh.thidua.nomination.AwardForm;
import vn.ldtbxh.thidua.nomination.NominationStatus;
import vn.ldtbxh.thidua.report.ReportContent;
import vn.ldtbxh.thidua.report.ReportField;
import vn.ldtbxh.thidua.report.ReportStatus;
import vn.ldtbxh.thidua.round.RoundType;

/** The read-only queries of the Cockpit view "Thi đua", over the application's tables. */
@Repository
class DashboardRepository {

  private final JdbcTemplate jdbc;

  DashboardRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One unit called to report in a round, with its report if opened. */
  record UnitInRound(
      String unitCode,
      String unitName,
      ReportStatus status,
      boolean late,
      LocalDate deadline,
      Instant due,
      Instant originalDue,
      Instant submittedAt,
      Instant acceptedAt,
      String businessKey) {}

  /** A notification sent to a unit's group. */
  record SentNotice(String unitCode, String kind, Instant sentAt, String subject) {}

  /** A nomination of a round, with the last time its status changed. */
  record NominationRow(
      String businessKey,
      String unitCode,
      String unitName,
      String nomineeName,
      AwardForm awardForm,
      NominationStatus status,
      String processInstanceId,
      Instant submittedAt,
      Instant lastStepAt,
      String submissionNumber,
      LocalDate submissionDate,
      Instant councilVotedAt) {}

  Optional<LocalDate> originalDeadline(String roundKey) {
    return jdbc
        .queryForList(
            "select coalesce(original_deadline, deadline) from round where round_key = ?",
            LocalDate.class,
            roundKey)
        .stream()
        .findFirst();
  }

  List<UnitInRound> unitsInRound(String roundKey) {
    return jdbc.query(
        "select ru.unit_code, coalesce(ur.unit_name, u.name) as unit_name, ur.status, ur.late, "
            + "coalesce(ru.deadline, r.deadline) as unit_deadline, ur.due_at, coalesce(ur.original_due_at, ur.due_at) "
            + "as original_due_at, ur.submitted_at, ur.accepted_at, ur.business_key from round_unit ru "
            + "join round r on r.round_key = ru.round_key join unit u on u.code = ru.unit_code "
            + "left join unit_report ur on ur.round_key = ru.round_key and ur.unit_code = ru.unit_code "
            + "where ru.round_key = ? order by u.kind desc, ru.unit_code",
        (rs, i) ->
            new UnitInRound(
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                status(rs.getString("status")),
                rs.getBoolean("late"),
                rs.getDate("unit_deadline").toLocalDate(),
                instant(rs, "due_at"),
                instant(rs, "original_due_at"),
                instant(rs, "submitted_at"),
                instant(rs, "accepted_at"),
                rs.getString("business_key")),
        roundKey);
  }

  /**
   * What each unit of the round received: the round's announcement and every notice of its own
   * report, addressed to its group.
   */
  List<SentNotice> noticesOfRound(String roundKey) {
    return jdbc.query(
        "select ur.unit_code, n.kind, n.sent_at, n.subject from notification n "
            + "join unit_report ur on ur.business_key = n.business_key and n.recipient = 'unit-' || ur.unit_code "
            + "where ur.round_key = ? "
            + "union all select ru.unit_code, n.kind, n.sent_at, n.subject from notification n "
            + "join round_unit ru on ru.round_key = n.business_key and n.recipient = 'unit-' || ru.unit_code "
            + "where ru.round_key = ? order by 1, 3",
        (rs, i) ->
            new SentNotice(
                rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)),
        roundKey,
        roundKey);
  }

  List<MovementIndicators.Source> acceptedDistrictReports(String movementCode) {
    return jdbc.query(
        "select ur.*, r.round_year, r.round_type from unit_report ur "
            + "join round r on r.round_key = ur.round_key join unit u on u.code = ur.unit_code "
            + "where r.movement_code = ? and ur.status = 'ACCEPTED' and u.kind = 'DISTRICT' "
            + "order by ur.unit_code, r.round_year",
        (rs, i) ->
            new MovementIndicators.Source(
                rs.getString("unit_code"),
                rs.getInt("round_year"),
                RoundType.valueOf(rs.getString("round_type")),
                content(rs)),
        movementCode);
  }

  /** The movement's district units, one line each in the indicator tables. */
  List<MovementIndicators.District> districts(String movementCode) {
    return jdbc.query(
        "select u.code, u.name from unit u join movement_unit mu on mu.unit_code = u.code"
            + " where mu.movement_code = ? and u.kind = 'DISTRICT' order by u.code",
        (rs, i) -> new MovementIndicators.District(rs.getString("code"), rs.getString("name")),
        movementCode);
  }

  List<NominationRow> nominationsOfRound(String roundKey) {
    return jdbc.query(
        "select n.business_key, n.unit_code, u.name as unit_name, n.nominee_name, n.award_form, "
            + "n.status, n.process_instance_id, n.submitted_at, n.submission_number, n.submission_date, n.council_voted_at, "
            + "(select max(e.occurred_at) from nomination_event e where e.nomination_key = n.business_key) as last_step_at "
            + "from nomination n join unit u on u.code = n.unit_code where n.round_key = ? "
            + "order by n.submitted_at, n.business_key",
        (rs, i) -> {
          java.sql.Date submission = rs.getDate("submission_date");
          return new NominationRow(
              rs.getString("business_key"),
              rs.getString("unit_code"),
              rs.getString("unit_name"),
              rs.getString("nominee_name"),
              AwardForm.valueOf(rs.getString("award_form")),
              NominationStatus.valueOf(rs.getString("status")),
              rs.getString("process_instance_id"),
              instant(rs, "submitted_at"),
              instant(rs, "last_step_at"),
              rs.getString("submission_number"),
              submission == null ? null : submission.toLocalDate(),
              instant(rs, "council_voted_at"));
        },
        roundKey);
  }

  private static ReportContent content(ResultSet rs) throws SQLException {
    Map<ReportField, Long> figures = new EnumMap<>(ReportField.class);
    for (ReportField field : ReportField.values()) {
      long value = rs.getLong(field.column());
      if (!rs.wasNull()) {
        figures.put(field, value);
      }
    }
    return new ReportContent(figures, Map.of());
  }

  private static ReportStatus status(String status) {
    return status == null ? null : ReportStatus.valueOf(status);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
