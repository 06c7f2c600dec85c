package vn.ldtbxh.thidua.nomination;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ldtbxh.thidua.common.Rows;

/** Nominations, their steps and the register of decisions. */
@Repository
public class NominationRepository {

  private final JdbcTemplate jdbc;

  /**
   * A savepoint in the caller's transaction, so that a refused insert leaves the transaction usable
   * (PostgreSQL).
   */
  private final TransactionTemplate savepoint;

  public NominationRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * The next number of a unit's nomination in a round; the unit's row is locked so two starts never
   * share it.
   */
  public int nextSequence(String roundKey, String unitCode) {
    jdbc.queryForList("select code from unit where code = ? for update", String.class, unitCode);
    Integer max =
        jdbc.queryForObject(
            "select max(seq) from nomination where round_key = ? and unit_code = ?",
            Integer.class,
            roundKey,
            unitCode);
    return max == null ? 1 : max + 1;
  }

  public void insert(
      NominationRequest request,
      String businessKey,
      int seq,
      String processInstanceId,
      Instant at,
      String by) {
    jdbc.update(
        "insert into nomination (business_key, round_key, unit_code, seq, process_instance_id, nominee_kind, "
            + "nominee_name, nominee_position, award_form, achievements, unit_minutes_number, under_disciplinary_review, "
            + "late, status, submitted_at, submitted_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        businessKey,
        request.round().roundKey(),
        request.unit().code(),
        seq,
        processInstanceId,
        request.nomineeKind().name(),
        request.nomineeName(),
        request.nomineePosition(),
        request.awardForm().name(),
        request.achievements(),
        request.unitMinutesNumber(),
        request.underDisciplinaryReview(),
        request.late(),
        NominationStatus.SUBMITTED.name(),
        Timestamp.from(at),
        by);
    version(businessKey, request.achievements(), request.unitMinutesNumber(), by, at);
  }

  public Optional<Nomination> find(String businessKey) {
    return jdbc
        .query(
            "select * from nomination where business_key = ?",
            NominationRepository::map,
            businessKey)
        .stream()
        .findFirst();
  }

  /** The person's gender recorded with the nomination ("NAM" or "NU"), if any. */
  public java.util.Optional<String> nomineeGender(String businessKey) {
    return jdbc
        .queryForList(
            "select nominee_gender from nomination where business_key = ? and nominee_gender is"
                + " not null",
            String.class,
            businessKey)
        .stream()
        .findFirst();
  }

  public Instant submittedAt(String businessKey) {
    return jdbc.queryForObject(
            "select submitted_at from nomination where business_key = ?",
            Timestamp.class,
            businessKey)
        .toInstant();
  }

  public List<Nomination> findByUnit(String unitCode) {
    return jdbc.query(
        "select * from nomination where unit_code = ? order by submitted_at desc",
        NominationRepository::map,
        unitCode);
  }

  public void status(NominationKey key, NominationStatus status, String reason, Instant at) {
    one(
        jdbc.update(
            "update nomination set status = ?, status_reason = coalesce(?, status_reason), ended_at = ? "
                + "where business_key = ? and process_instance_id = ?",
            status.name(),
            reason,
            status.isEnded() ? Timestamp.from(at) : null,
            key.businessKey(),
            key.processInstanceId()),
        key);
  }

  /** Eligible under award-rules: who decides, and the council's threshold. */
  public void eligible(NominationKey key, String authority, CouncilThreshold threshold) {
    one(
        jdbc.update(
            "update nomination set authority = ?, threshold_numerator = ?, threshold_denominator = ?, "
                + "threshold_comparison = ? where business_key = ? and process_instance_id = ?",
            authority,
            threshold.numerator(),
            threshold.denominator(),
            threshold.comparison(),
            key.businessKey(),
            key.processInstanceId()),
        key);
  }

  public Optional<CouncilThreshold> threshold(String businessKey) {
    return jdbc
        .query(
            "select threshold_numerator, threshold_denominator, threshold_comparison from nomination "
                + "where business_key = ? and threshold_comparison is not null",
            (rs, row) -> new CouncilThreshold(rs.getInt(1), rs.getInt(2), rs.getString(3)),
            businessKey)
        .stream()
        .findFirst();
  }

  /**
   * A new version of the achievements: the nomination shows it, the earlier ones stay in
   * nomination_version.
   */
  public void achievements(
      NominationKey key, String achievements, String unitMinutesNumber, String by, Instant at) {
    one(
        jdbc.update(
            "update nomination set achievements = ?, unit_minutes_number = coalesce(?, unit_minutes_number) "
                + "where business_key = ? and process_instance_id = ?",
            achievements,
            unitMinutesNumber,
            key.businessKey(),
            key.processInstanceId()),
        key);
    version(key.businessKey(), achievements, unitMinutesNumber, by, at);
  }

  private void version(
      String businessKey, String achievements, String unitMinutesNumber, String by, Instant at) {
    jdbc.update(
        "insert into nomination_version (nomination_key, version, achievements, unit_minutes_number, "
            + "submitted_by, submitted_at) select ?, coalesce(max(version), 0) + 1, ?, ?, ?, ? from nomination_version "
            + "where nomination_key = ?",
        businessKey,
        achievements,
        unitMinutesNumber,
        by,
        Timestamp.from(at),
        businessKey);
  }

  /** Every version of the achievements, oldest first. */
  public List<Map<String, Object>> versions(String businessKey) {
    return Rows.lowerCaseKeys(
        jdbc.queryForList(
            "select version, achievements, unit_minutes_number, submitted_by, "
                + "submitted_at from nomination_version where nomination_key = ? order by version",
            businessKey));
  }

  public void verifiedBy(NominationKey key, String user) {
    one(
        jdbc.update(
            "update nomination set verified_by = ? where business_key = ? and process_instance_id = ?",
            user,
            key.businessKey(),
            key.processInstanceId()),
        key);
  }

  public void checkedBy(NominationKey key, String user) {
    one(
        jdbc.update(
            "update nomination set checked_by = ? where business_key = ? and process_instance_id = ?",
            user,
            key.businessKey(),
            key.processInstanceId()),
        key);
  }

  public void council(
      NominationKey key, CouncilVote vote, String minutesNumber, boolean passed, Instant at) {
    one(
        jdbc.update(
            "update nomination set council_members_total = ?, council_members_present = ?, council_votes_for = ?, "
                + "council_written_votes = ?, council_minutes_number = ?, council_passed = ?, council_voted_at = ? "
                + "where business_key = ? and process_instance_id = ?",
            vote.membersTotal(),
            vote.membersPresent(),
            vote.votesFor(),
            vote.writtenVotes(),
            minutesNumber,
            passed,
            Timestamp.from(at),
            key.businessKey(),
            key.processInstanceId()),
        key);
  }

  public void submission(NominationKey key, String number, LocalDate date) {
    one(
        jdbc.update(
            "update nomination set submission_number = ?, submission_date = ? where business_key = ? "
                + "and process_instance_id = ?",
            number,
            Date.valueOf(date),
            key.businessKey(),
            key.processInstanceId()),
        key);
  }

  public void decision(
      NominationKey key, String issuer, String number, LocalDate date, Instant at, String by) {
    one(
        jdbc.update(
            "update nomination set decision_issuer = ?, decision_number = ?, decision_date = ? "
                + "where business_key = ? and process_instance_id = ?",
            issuer,
            number,
            Date.valueOf(date),
            key.businessKey(),
            key.processInstanceId()),
        key);
    jdbc.update(
        "insert into award_decision (issuer, decision_year, decision_number, decision_date, nomination_key, "
            + "recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?)",
        issuer,
        date.getYear(),
        number,
        Date.valueOf(date),
        key.businessKey(),
        Timestamp.from(at),
        by);
  }

  /** A write of a nomination through its own process instance changes exactly its row. */
  private static void one(int changed, NominationKey key) {
    if (changed != 1) {
      throw new IllegalStateException(
          "Nomination "
              + key.businessKey()
              + " of process instance "
              + key.processInstanceId()
              + " changed "
              + changed
              + " rows");
    }
  }

  /**
   * Registers the Director's decision of that number in its year, unless it is registered already:
   * the same decision (same date and award form) may list several nominations. Returns the date of
   * another decision that holds the number. The number's row is inserted in the caller's
   * transaction: a signature at the same moment waits for it, and once it commits finds the row;
   * nothing is decided on a read alone.
   */
  public Optional<LocalDate> directorNumberHeldByOther(
      String number, LocalDate date, String awardForm) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        savepoint.executeWithoutResult(
            status ->
                jdbc.update(
                    "insert into director_decision (decision_year, "
                        + "decision_number, decision_date, award_form) values (?, ?, ?, ?)",
                    date.getYear(),
                    number,
                    Date.valueOf(date),
                    awardForm));
        return Optional.empty();
      } catch (DuplicateKeyException registered) {
        List<Map<String, Object>> rows =
            Rows.lowerCaseKeys(
                jdbc.queryForList(
                    "select decision_date, award_form "
                        + "from director_decision where decision_year = ? and decision_number = ?",
                    date.getYear(),
                    number));
        if (!rows.isEmpty()) {
          LocalDate registeredDate = ((Date) rows.get(0).get("decision_date")).toLocalDate();
          boolean same =
              registeredDate.equals(date) && awardForm.equals(rows.get(0).get("award_form"));
          return same ? Optional.empty() : Optional.of(registeredDate);
        }
        // the row is gone again (its transaction rolled back): try the insert once more
      }
    }
    throw new IllegalStateException(
        "Decision number " + number + " of " + date.getYear() + " could not be registered");
  }

  /** Every nomination listed in one decision. */
  public List<Nomination> inDecision(String issuer, int year, String number) {
    return jdbc.query(
        "select n.* from nomination n join award_decision d on d.nomination_key = n.business_key "
            + "where d.issuer = ? and d.decision_year = ? and d.decision_number = ? order by n.unit_code, n.seq",
        NominationRepository::map,
        issuer,
        year,
        number);
  }

  /**
   * Another nomination of the movement for the flag that passed the council and was not declined
   * since. The movement's row is locked first, until the caller's transaction ends: two councils'
   * votes on flags of one movement are checked one after the other, and the second sees the first
   * once it is committed.
   */
  public Optional<Nomination> flagHolder(String movementCode, String exceptKey) {
    jdbc.queryForList(
        "select code from movement where code = ? for update", String.class, movementCode);
    return jdbc
        .query(
            "select n.* from nomination n join round r on r.round_key = n.round_key where r.movement_code = ? "
                + "and n.award_form = 'CO_THI_DUA_UBND_TINH' and n.council_passed = true and n.status not in "
                + "('NOT_AWARDED', 'WITHDRAWN') and n.business_key <> ?",
            NominationRepository::map,
            movementCode,
            exceptKey)
        .stream()
        .findFirst();
  }

  public void event(
      String businessKey, Instant at, String actor, String step, String outcome, String comment) {
    jdbc.update(
        "insert into nomination_event (nomination_key, occurred_at, actor, step, outcome, event_comment) "
            + "values (?, ?, ?, ?, ?, ?)",
        businessKey,
        Timestamp.from(at),
        actor,
        step,
        outcome,
        comment);
  }

  public List<Map<String, Object>> events(String businessKey) {
    return Rows.lowerCaseKeys(
        jdbc.queryForList(
            "select occurred_at, actor, step, outcome, event_comment "
                + "from nomination_event where nomination_key = ? order by occurred_at, id",
            businessKey));
  }

  /** The award history: who received what, when, by which decision; every filter optional. */
  public List<Map<String, Object>> awards(
      String unitCode, Integer year, String awardForm, String nominee) {
    StringBuilder sql =
        new StringBuilder(
            "select n.business_key, n.unit_code, r.round_year, n.award_form, n.nominee_kind, "
                + "n.nominee_name, n.nominee_position, n.decision_issuer, n.decision_number, n.decision_date from nomination n "
                + "join round r on r.round_key = n.round_key where n.status = 'AWARDED'");
    List<Object> args = new ArrayList<>();
    if (unitCode != null) {
      sql.append(" and n.unit_code = ?");
      args.add(unitCode);
    }
    if (year != null) {
      sql.append(" and r.round_year = ?");
      args.add(year);
    }
    if (awardForm != null) {
      sql.append(" and n.award_form = ?");
      args.add(awardForm);
    }
    if (nominee != null) {
      sql.append(" and lower(n.nominee_name) like ?");
      args.add("%" + nominee.toLowerCase() + "%");
    }
    sql.append(" order by r.round_year desc, n.decision_date desc, n.unit_code");
    return Rows.lowerCaseKeys(jdbc.queryForList(sql.toString(), args.toArray()));
  }

  private static Nomination map(ResultSet rs, int row) throws SQLException {
    Date decisionDate = rs.getDate("decision_date");
    Date submissionDate = rs.getDate("submission_date");
    Boolean passed = (Boolean) rs.getObject("council_passed");
    return new Nomination(
        rs.getString("business_key"),
        rs.getString("round_key"),
        rs.getString("unit_code"),
        rs.getString("process_instance_id"),
        NomineeKind.valueOf(rs.getString("nominee_kind")),
        rs.getString("nominee_name"),
        rs.getString("nominee_position"),
        AwardForm.valueOf(rs.getString("award_form")),
        rs.getString("achievements"),
        rs.getString("unit_minutes_number"),
        rs.getBoolean("under_disciplinary_review"),
        rs.getBoolean("late"),
        NominationStatus.valueOf(rs.getString("status")),
        rs.getString("status_reason"),
        rs.getString("authority"),
        rs.getTimestamp("submitted_at").toInstant(),
        passed,
        rs.getString("decision_number"),
        decisionDate == null ? null : decisionDate.toLocalDate(),
        rs.getString("decision_issuer"),
        rs.getString("submission_number"),
        submissionDate == null ? null : submissionDate.toLocalDate(),
        rs.getString("council_minutes_number"));
  }
}
