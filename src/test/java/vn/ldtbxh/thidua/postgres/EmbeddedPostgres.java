package vn.ldtbxh.thidua.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A real PostgreSQL server for the tests (zonky's embedded binaries from Maven Central, no Docker).
 * In a Maven build it is the build's one server ({@link BuildPostgresServer}), whose port file the
 * system property {@value #PORT_FILE} names; elsewhere (a test run from an IDE) the JVM starts its
 * own on first use and stops it when it exits. Each caller gets a database of its own.
 */
public final class EmbeddedPostgres {

  /** The system property naming the build server's port file. */
  public static final String PORT_FILE = "thidua.test.postgres.port-file";

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
    Integer buildServer = buildServerPort();
    String admin =
        buildServer != null
            ? "jdbc:postgresql://localhost:" + buildServer + "/postgres"
            : ownServer().getJdbcUrl("postgres", "postgres");
    try (var connection = java.sql.DriverManager.getConnection(admin, "postgres", "postgres");
        var statement = connection.createStatement()) {
      statement.execute("drop database if exists " + database);
      statement.execute("create database " + database);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Could not create database " + database, e);
    }
    return buildServer != null
        ? "jdbc:postgresql://localhost:" + buildServer + "/" + database
        : ownServer().getJdbcUrl("postgres", database);
  }

  /** The build server's port, or null where there is none (no property, no file). */
  private static Integer buildServerPort() {
    String file = System.getProperty(PORT_FILE);
    if (file == null || file.isBlank()) {
      return null;
    }
    try {
      java.nio.file.Path path = java.nio.file.Path.of(file);
      return java.nio.file.Files.exists(path)
          ? Integer.valueOf(java.nio.file.Files.readString(path).trim())
          : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres ownServer() {
    if (server == null) {
      try {
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
    return server;
  }
}
