package vn.ldtbxh.thidua.database;

import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.stereotype.Component;

/**
 * On H2 only: an index on the authorization's resource and user. Every authorization check asks,
 * among others, whether the user or everybody ({@code USER_ID_ = '*'}) holds a grant on all
 * resources of a type ({@code RESOURCE_ID_ = '*'}). H2 plans with one selectivity per column: the
 * per-task authorizations make {@code RESOURCE_ID_} look selective, so it chose the engine's index
 * on that column alone and read every {@code '*'} row (the grants of every unit: 583 rows with 500
 * units) for each such question, several times per task. With this index it reads the one row it
 * needs. PostgreSQL keeps the frequency of each value and uses the engine's unique index there: the
 * migration does nothing on it (docs/performance.md). Migration 11 ({@link
 * H2AuthorizationCheckIndexes}) replaces this index by two that cover the whole check.
 */
@Component
public class H2AuthorizationIndex extends H2OnlyMigration {

  public H2AuthorizationIndex() {
    super(
        10,
        "H2 authorization resource and user index",
        "no index on the authorization's resource and user needed");
  }

  @Override
  void migrateH2(Statement statement) throws SQLException {
    statement.execute(
        "create index thidua_auth_resource_user_idx on ACT_RU_AUTHORIZATION (RESOURCE_ID_, USER_ID_)");
  }
}
