package vn.ldtbxh.thidua.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An SMTP endpoint on loopback in front of a real SMTP server: it accepts every connection, and
 * either hangs it (never a byte back: a server that accepts and never answers) or passes it on to
 * the real server, after an optional delay (a slow server).
 */
final class StallingSmtp implements AutoCloseable {

  private final ServerSocket server;
  private final int realPort;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          work -> {
            Thread thread = new Thread(work, "stalling-smtp");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * How many of the next connections are passed on before the others hang; negative: all are passed
   * on.
   */
  private volatile int passedOn;

  private volatile long delayMillis;

  StallingSmtp(int port, int realPort) {
    this.realPort = realPort;
    try {
      server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    threads.submit(this::acceptForEver);
  }

  /** A free port on loopback, for a server started later. */
  static int freePort() {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every new connection hangs. */
  void hang() {
    passedOn = 0;
  }

  /** The next {@code count} connections reach the real server, the ones after hang. */
  void passOnThenHang(int count) {
    passedOn = count;
  }

  /** Every new connection reaches the real server, each after {@code delayMillis}. */
  void passOnAll(long delayMillis) {
    this.delayMillis = delayMillis;
    passedOn = -1;
  }

  private void acceptForEver() {
    while (!server.isClosed()) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException closed) {
        return;
      }
      sockets.add(client);
      int left = passedOn;
      if (left == 0) {
        continue; // hung: held open, never read nor answered
      }
      if (left > 0) {
        passedOn = left - 1;
      }
      long delay = delayMillis;
      threads.submit(() -> passOn(client, delay));
    }
  }

  private void passOn(Socket client, long delay) {
    try {
      Thread.sleep(delay);
      Socket real = new Socket(InetAddress.getLoopbackAddress(), realPort);
      sockets.add(real);
      threads.submit(() -> copy(real, client));
      copy(client, real);
    } catch (IOException | InterruptedException e) {
      close(client);
    }
  }

  private void copy(Socket from, Socket to) {
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      byte[] buffer = new byte[8192];
      for (int read; (read = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException ended) {
      // either side closed
    } finally {
      close(from);
      close(to);
    }
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  int port() {
    return server.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    server.close();
    sockets.forEach(StallingSmtp::close);
    threads.shutdownNow();
  }
}
