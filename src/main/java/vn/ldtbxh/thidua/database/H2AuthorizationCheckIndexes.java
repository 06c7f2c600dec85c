package vn.ldtbxh.thidua.database;

import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.stereotype.Component;

/**
 * On H2 only: two indexes that hold every column an authorization check reads, one led by the user,
 * one by the group, and no more the index of V10. Each check asks, in several sub-queries, whether
 * the user, one of the user's groups or everybody holds a grant of a permission on a resource, on
 * all resources of its type ({@code RESOURCE_ID_ = '*'}) or on a process definition by key. H2
 * plans a prepared statement once per connection and keeps the plan in its statement cache; with
 * its per-column selectivity the engine's indexes and that of V10 cost the same there, so which one
 * it took depended on the statistics of the moment, and the engine's index on {@code RESOURCE_ID_}
 * alone read every unit's grant on {@code '*'} or on a process definition (1,000 rows with 1,000
 * units) for each sub-query. An index that covers the query costs less than any index that must
 * read the table, whatever the statistics, and finds the one row needed. PostgreSQL plans with the
 * frequency of each value: nothing is done there (docs/performance.md).
 */
@Component
public class H2AuthorizationCheckIndexes extends H2OnlyMigration {

  private static final String USER_INDEX = "thidua_auth_check_user_idx";
  private static final String GROUP_INDEX = "thidua_auth_check_group_idx";
  private static final String COVERED = "RESOURCE_ID_, RESOURCE_TYPE_, TYPE_, PERMS_, ID_";

  public H2AuthorizationCheckIndexes() {
    super(
        11,
        "H2 authorization check covering indexes",
        "no covering index for the authorization checks needed");
  }

  @Override
  void migrateH2(Statement statement) throws SQLException {
    statement.execute("drop index if exists thidua_auth_resource_user_idx");
    statement.execute(
        "create index " + USER_INDEX + " on ACT_RU_AUTHORIZATION (USER_ID_, " + COVERED + ")");
    statement.execute(
        "create index " + GROUP_INDEX + " on ACT_RU_AUTHORIZATION (GROUP_ID_, " + COVERED + ")");
  }
}
