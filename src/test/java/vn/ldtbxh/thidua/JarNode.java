package vn.ldtbxh.thidua;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application ({@code target/thidua.jar}) in a JVM of its own: nothing static is
 * shared with the test or with another node (Camunda's engine registry, the webapps' runtime
 * delegates, the logging system), as it would not be on separate servers.
 */
public final class JarNode {

  public static final File JAR = Path.of("target", "thidua.jar").toFile();

  private JarNode() {}

  /** A free local port for a node's web server. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts a node with the demo profile on PostgreSQL database {@code jdbcUrl}; its output goes to
   * target/.
   */
  public static Process start(String name, String jdbcUrl, int port, String... extraArguments)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx512m",
                // as the test JVMs: a test node's time is mostly its start-up, which C1 alone does
                // faster
                "-XX:TieredStopAtLevel=1",
                "-jar",
                JAR.getAbsolutePath(),
                "--server.port=" + port,
                "--spring.profiles.active=demo",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres"));
    command.addAll(List.of(extraArguments));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(Path.of("target", name + "-" + System.nanoTime() + ".log").toFile())
        .start();
  }

  /**
   * Waits until the node on {@code port} answers its health check, failing early if its process
   * ended.
   */
  public static void awaitUp(Process node, int port, Duration timeout) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
    Waits.until(
        timeout,
        () -> {
          if (!node.isAlive()) {
            throw new AssertionError(
                "the node on port " + port + " exited with " + node.exitValue());
          }
          try {
            return client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
          } catch (IOException starting) {
            return false;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
        },
        () -> "the node on port " + port + " did not start");
  }

  /** Ends the node at once, as a crash would. */
  public static void kill(Process node) throws InterruptedException {
    node.destroyForcibly().waitFor();
  }
}
