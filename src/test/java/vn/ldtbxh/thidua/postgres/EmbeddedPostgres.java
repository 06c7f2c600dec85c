package vn.ldtbxh.thidua.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL server per test JVM (zonky's embedded binaries from Maven Central, no
 * Docker), started on first use and stopped when the JVM exits. Each caller gets its own database.
 */
public final class EmbeddedPostgres {

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

  private EmbeddedPostgres() {}

  /** Points a Spring test context at a fresh database of the embedded server. */
  public static void register(
      org.springframework.test.context.DynamicPropertyRegistry registry, String database) {
    String url = jdbcUrl(database);
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  public static synchronized String jdbcUrl(String database) {
    try {
      if (server == null) {
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        server.close();
                      } catch (IOException ignored) {
                        // the JVM is exiting
                      }
                    }));
      }
      try (var connection = server.getPostgresDatabase().getConnection();
          var statement = connection.createStatement()) {
        statement.execute("drop database if exists " + database);
        statement.execute("create database " + database);
      }
      return server.getJdbcUrl("postgres", database);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Could not create database " + database, e);
    }
  }
}
