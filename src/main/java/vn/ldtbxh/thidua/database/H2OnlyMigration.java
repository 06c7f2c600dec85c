package vn.ldtbxh.thidua.database;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Flyway migration that runs its statements on H2 only and does nothing, with a log line, on
 * PostgreSQL: indexes H2's planner needs and PostgreSQL's does not (docs/performance.md). Its
 * checksum is its version, so that an edit of the statements is not mistaken for another migration.
 */
abstract class H2OnlyMigration implements JavaMigration {

  private final Logger log = LoggerFactory.getLogger(getClass());
  private final int version;
  private final String description;
  private final String whyNothingElsewhere;

  H2OnlyMigration(int version, String description, String whyNothingElsewhere) {
    this.version = version;
    this.description = description;
    this.whyNothingElsewhere = whyNothingElsewhere;
  }

  /** The statements, run on H2 in the migration's transaction. */
  abstract void migrateH2(Statement statement) throws SQLException;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(String.valueOf(version));
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return version;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    if (!"h2".equals(CamundaSchemaMigration.databaseType(context.getConnection().getMetaData()))) {
      log.info("Not H2: {}", whyNothingElsewhere);
      return;
    }
    try (Statement statement = context.getConnection().createStatement()) {
      migrateH2(statement);
    }
  }
}
