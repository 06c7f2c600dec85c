package vn.ldtbxh.thidua.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the measured figures, prints them as a Markdown table and writes
 * target/bench/results.md.
 */
final class BenchResults {

  private final List<String[]> rows = new ArrayList<>();
  private final List<String> machineReadable = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String[]> blocks = new ArrayList<>();
  private final OffsetDateTime started = OffsetDateTime.now();
  private final String loadAtStart = loadAverage();

  synchronized void add(String section, String metric, String value, String note) {
    rows.add(new String[] {section, metric, value, note == null ? "" : note});
    System.out.printf(
        Locale.ROOT,
        "[bench] %s | %s | %s | %s%n",
        section,
        metric,
        value,
        note == null ? "" : note);
  }

  synchronized void line(String line) {
    machineReadable.add(line);
    System.out.println("[bench] " + line);
  }

  /** A titled block of preformatted text (a query plan). */
  synchronized void block(String title, String text) {
    blocks.add(new String[] {title, text});
    System.out.println("[bench] " + title + "\n" + text);
  }

  synchronized void note(String note) {
    notes.add(note);
    System.out.println("[bench] note: " + note);
  }

  static String num(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  static String ms(double nanos) {
    return String.format(Locale.ROOT, "%.1f ms", nanos / 1_000_000.0);
  }

  synchronized String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Benchmark results\n\n");
    out.append("Run started ")
        .append(started)
        .append(", written ")
        .append(OffsetDateTime.now())
        .append(".\n\n");
    out.append("## Machine\n\n| item | value |\n| --- | --- |\n");
    out.append("| load average (1, 5, 15 min) at start / at this writing | ")
        .append(loadAtStart)
        .append(" / ")
        .append(loadAverage())
        .append(" |\n");
    for (String[] machine : machine()) {
      out.append("| ").append(machine[0]).append(" | ").append(machine[1]).append(" |\n");
    }
    out.append("\n## Sizes\n\n| property | value |\n| --- | --- |\n");
    for (String[] size : BenchConfig.describe()) {
      out.append("| ").append(size[0]).append(" | ").append(size[1]).append(" |\n");
    }
    out.append("\n## Results\n\n| section | metric | value | note |\n| --- | --- | --- | --- |\n");
    for (String[] row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    if (!notes.isEmpty()) {
      out.append("\n## Notes\n\n");
      notes.forEach(note -> out.append("- ").append(note).append('\n'));
    }
    for (String[] block : blocks) {
      out.append("\n## ")
          .append(block[0])
          .append("\n\n```\n")
          .append(block[1].strip())
          .append("\n```\n");
    }
    out.append("\n## Machine-readable\n\n```\n");
    machineReadable.forEach(line -> out.append(line).append('\n'));
    out.append("```\n");
    return out.toString();
  }

  synchronized void write() {
    String text = markdown();
    Path file = Path.of(System.getProperty("bench.output", "target/bench/results.md"));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void print() {
    System.out.println();
    System.out.println(markdown());
  }

  private static List<String[]> machine() {
    List<String[]> list = new ArrayList<>();
    list.add(
        new String[] {
          "processors (nproc)", String.valueOf(Runtime.getRuntime().availableProcessors())
        });
    list.add(new String[] {"memory", memory()});
    list.add(
        new String[] {
          "Java",
          System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        });
    list.add(
        new String[] {
          "OS",
          System.getProperty("os.name")
              + " "
              + System.getProperty("os.version")
              + " ("
              + System.getProperty("os.arch")
              + ")"
              + osRelease()
        });
    list.add(
        new String[] {"JVM max heap (-Xmx)", (Runtime.getRuntime().maxMemory() >> 20) + " MiB"});
    list.add(
        new String[] {
          "JVM arguments",
          String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())
              .replace("|", "/")
        });
    return list;
  }

  /**
   * Other processes on the machine (a concurrent build) take CPU from the benchmark: the load shows
   * it.
   */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String memory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kib = Long.parseLong(line.replaceAll("\\D", ""));
          return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // not Linux
    }
    return "unknown";
  }

  private static String osRelease() {
    try {
      for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
        if (line.startsWith("PRETTY_NAME=")) {
          return ", " + line.substring("PRETTY_NAME=".length()).replace("\"", "");
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // not Linux
    }
    return "";
  }
}
