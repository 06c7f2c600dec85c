package vn.ldtbxh.thidua.database;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

/** The application's Flyway migrations run without the application, up to a version. */
final class Migrations {

  private Migrations() {}

  /** Up to and including {@code target}, with migration 15 when given (null: not available). */
  static void migrate(
      String url, String user, String password, String target, WrittenZoneMigration v15) {
    JavaMigration[] java =
        v15 == null
            ? new JavaMigration[] {
              new CamundaSchemaMigration(),
              new H2AuthorizationIndex(),
              new H2AuthorizationCheckIndexes()
            }
            : new JavaMigration[] {
              new CamundaSchemaMigration(),
              new H2AuthorizationIndex(),
              new H2AuthorizationCheckIndexes(),
              v15
            };
    var configuration =
        Flyway.configure()
            .dataSource(url, user, password)
            .table("app_schema_history")
            .locations("classpath:db/migration")
            .javaMigrations(java)
            .target(target);
    if (v15 != null) {
      configuration.callbacks(v15);
    }
    configuration.load().migrate();
  }
}
