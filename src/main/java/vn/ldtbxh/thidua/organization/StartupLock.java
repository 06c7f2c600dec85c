package vn.ldtbxh.thidua.organization;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serialises start-up work between application nodes that share one database: the work runs in one
 * transaction that first locks a row of {@code app_lock}; a second node waits, then sees the work
 * done.
 */
@Component
public class StartupLock {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  public StartupLock(JdbcTemplate jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  public void runLocked(String lockName, Runnable work) {
    transaction.executeWithoutResult(
        status -> {
          jdbc.queryForList(
              "select name from app_lock where name = ? for update", String.class, lockName);
          work.run();
        });
  }
}
