package vn.ldtbxh.thidua.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * The one PostgreSQL server of a build's integration tests: Maven starts it before them
 * (pre-integration-test, in a process of its own) and stops it after them (post-integration-test).
 * It writes its port to {@code <directory>/port} once it accepts connections, and stops when {@code
 * <directory>/stop} appears, when Maven is gone, or after {@link #LONGEST} at most; then it removes
 * the port file. The test JVMs find the port through {@link EmbeddedPostgres}.
 */
public final class BuildPostgresServer {

  /** A build that runs longer has stopped without telling: the server does not outlive it. */
  static final Duration LONGEST = Duration.ofMinutes(90);

  private BuildPostgresServer() {}

  public static void main(String[] args) throws Exception {
    Path directory = Path.of(args[0]);
    Files.createDirectories(directory);
    Path port = directory.resolve("port");
    Path stop = directory.resolve("stop");
    Files.deleteIfExists(stop);
    ProcessHandle maven = ProcessHandle.current().parent().orElse(null);
    Instant end = Instant.now().plus(LONGEST);
    try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres server =
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start()) {
      Path written = directory.resolve("port.tmp");
      Files.writeString(written, Integer.toString(server.getPort()));
      Files.move(
          written, port, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      while (!Files.exists(stop)
          && Instant.now().isBefore(end)
          && (maven == null || maven.isAlive())) {
        Thread.sleep(500);
      }
    } finally {
      deleteQuietly(port);
      deleteQuietly(stop);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the next build starts from a clean state anyway
    }
  }
}
