package vn.ldtbxh.thidua.nomination;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.common.Inputs;
import vn.ldtbxh.thidua.common.ThiduaException;

/**
 * A unit's list of nominees from one .xlsx: every row is checked as a single start is ({@link
 * NominationRequestValidator}), and only a list without a bad row is started, each row an {@code
 * award-nomination} started as the user, all in one transaction; a refusal names every bad row and
 * creates nothing. The list is recorded with the unit's submission number.
 */
@Component
public class NominationImport {

  private static final Logger LOG = LoggerFactory.getLogger(NominationImport.class);

  /** The list as imported. */
  public record Result(long listId, String submissionNumber, List<String> nominationKeys) {}

  private final NominationRequestValidator validator;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final TransactionTemplate transaction;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  public NominationImport(
      NominationRequestValidator validator,
      RuntimeService runtime,
      IdentityService identity,
      TransactionTemplate transaction,
      JdbcTemplate jdbc,
      Clock clock) {
    this.validator = validator;
    this.runtime = runtime;
    this.identity = identity;
    this.transaction = transaction;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Result importList(
      CurrentUser user,
      String unitCode,
      String roundKey,
      String submissionNumber,
      String fileName,
      InputStream content) {
    String number = Inputs.text(submissionNumber);
    if (number == null || number.length() > 100) {
      throw ThiduaException.invalid(
          number == null
              ? "Chưa nhập số tờ trình của đơn vị (submissionNumber)."
              : "Số tờ trình quá dài: tối đa 100 ký tự.");
    }
    if (Inputs.text(roundKey) == null) {
      throw ThiduaException.invalid("Chưa chọn đợt thi đua (roundKey).");
    }
    NominationSheet.Reading reading = NominationSheet.read(content, roundKey, unitCode);
    Instant now = clock.instant();
    List<String> errors = new ArrayList<>(reading.errors());
    for (NominationSheet.Line line : reading.lines()) {
      try {
        validator.validate(line.variables(), user.groups(), now);
      } catch (ThiduaException refusal) {
        if (refusal.status() == 403) {
          throw refusal;
        }
        errors.add("Dòng %d: %s".formatted(line.rowNumber(), refusal.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingInt(NominationImport::rowOf));
      throw ThiduaException.invalid(
          "Danh sách có %d lỗi, chưa hồ sơ nào được tạo:\n%s"
              .formatted(errors.size(), String.join("\n", errors)));
    }
    if (reading.lines().isEmpty()) {
      throw ThiduaException.invalid("Danh sách không có dòng nào từ dòng 2 trở đi.");
    }
    return transaction.execute(
        status -> start(user, unitCode, roundKey, number, fileName, reading.lines(), now));
  }

  private Result start(
      CurrentUser user,
      String unitCode,
      String roundKey,
      String number,
      String fileName,
      List<NominationSheet.Line> lines,
      Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          var statement =
              connection.prepareStatement(
                  "insert into nomination_list (unit_code, round_key, submission_number, file_name,"
                      + " imported_at, imported_by, row_count) values (?, ?, ?, ?, ?, ?, ?)",
                  new String[] {"id"});
          statement.setString(1, unitCode);
          statement.setString(2, roundKey);
          statement.setString(3, number);
          statement.setString(4, fileName);
          statement.setTimestamp(5, Timestamp.from(now));
          statement.setString(6, user.userId());
          statement.setInt(7, lines.size());
          return statement;
        },
        key);
    long listId = key.getKey().longValue();
    List<String> keys = new ArrayList<>();
    try {
      identity.setAuthentication(user.userId(), user.groups());
      for (NominationSheet.Line line : lines) {
        ProcessInstance started =
            runtime.startProcessInstanceByKey("award-nomination", line.variables());
        String nomination = started.getBusinessKey();
        jdbc.update(
            "update nomination set nominee_gender = ?, nominee_birth_year = ? where business_key"
                + " = ? and process_instance_id = ?",
            line.gender(),
            line.birthYear(),
            nomination,
            started.getId());
        jdbc.update(
            "insert into nomination_list_item (list_id, row_number, nomination_key) values (?, ?,"
                + " ?)",
            listId,
            line.rowNumber(),
            nomination);
        keys.add(nomination);
      }
    } finally {
      identity.clearAuthentication();
    }
    LOG.info("List {} of unit {} in {}: {} nominations", listId, unitCode, roundKey, keys.size());
    return new Result(listId, number, keys);
  }

  private static int rowOf(String error) {
    java.util.regex.Matcher row = java.util.regex.Pattern.compile("Dòng (\\d+)").matcher(error);
    return row.find() ? Integer.parseInt(row.group(1)) : 0;
  }
}
