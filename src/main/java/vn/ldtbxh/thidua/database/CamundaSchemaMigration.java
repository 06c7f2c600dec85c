package vn.ldtbxh.thidua.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Creates the Camunda engine's tables with the engine's own SQL scripts, as a Flyway migration:
 * Flyway's lock then serialises the creation when several nodes start at once on an empty database,
 * which the engine's own schema-update does not. A database whose engine tables exist already is
 * left as it is.
 */
@Component
public class CamundaSchemaMigration implements JavaMigration {

  private static final Logger LOG = LoggerFactory.getLogger(CamundaSchemaMigration.class);
  private static final List<String> COMPONENTS =
      List.of(
          "engine",
          "history",
          "identity",
          "case.engine",
          "case.history",
          "decision.engine",
          "decision.history");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("5");
  }

  @Override
  public String getDescription() {
    return "camunda engine schema 7.24";
  }

  @Override
  public Integer getChecksum() {
    return 724;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (engineTablesExist(connection)) {
      LOG.info("Camunda engine tables present: schema left as it is");
      return;
    }
    String database = databaseType(connection.getMetaData());
    for (String component : COMPONENTS) {
      ScriptUtils.executeSqlScript(
          connection,
          new ClassPathResource(
              "org/camunda/bpm/engine/db/create/activiti.%s.create.%s.sql"
                  .formatted(database, component)));
    }
    LOG.info("Camunda engine tables created for {}", database);
  }

  private static boolean engineTablesExist(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
      try (ResultSet tables =
          meta.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /** "postgres" or "h2", as the engine names its scripts. */
  static String databaseType(DatabaseMetaData meta) throws SQLException {
    String product = meta.getDatabaseProductName().toLowerCase();
    if (product.contains("postgres")) {
      return "postgres";
    }
    if (product.contains("h2")) {
      return "h2";
    }
    throw new IllegalStateException("Unsupported database for the Camunda schema: " + product);
  }
}
