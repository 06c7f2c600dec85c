package vn.ldtbxh.thidua.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Sizes of the benchmark, as system properties; the defaults are the sizes of the issue. */
final class BenchConfig {

  static final int UNITS = integer("bench.units", 1_000);
  static final int NOMINATIONS = integer("bench.nominations", 2_000);
  static final int THREADS = integer("bench.threads", 4);

  /**
   * Units and nominations of the warm-up before the throughput is measured on each database (0:
   * none).
   */
  static final int WARMUP_UNITS = integer("bench.warmupUnits", 200);

  static final int WARMUP_NOMINATIONS = integer("bench.warmupNominations", 400);
  static final int FANOUT = integer("bench.fanout", 10_000);
  static final int QUERY_TASKS = integer("bench.queryTasks", 100_000);
  static final int QUERY_REQUESTS = integer("bench.queryRequests", 500);

  /**
   * Open tasks of the query started through the engine; the others are copies of these rows made in
   * SQL (0: all through the engine).
   */
  static final int QUERY_STARTED = integer("bench.queryStarted", 10_000);

  static final int DB_LIMIT_INSERTS = integer("bench.dbLimitInserts", 20_000);
  static final int DOC_UNITS = integer("bench.docUnits", 1_000);
  static final int DOC_NAMES = integer("bench.docNames", 500);

  /**
   * Job executor settings of the fan-out nodes (Spring Boot properties under
   * camunda.bpm.job-execution).
   */
  static final String JOB_EXECUTOR =
      System.getProperty(
          "bench.jobExecutor",
          "core-pool-size=4,max-pool-size=4,queue-capacity=16,max-jobs-per-acquisition=16,wait-time-in-millis=500,"
              + "max-wait=2000");

  /** Databases of the throughput section: h2, postgres. */
  static final Set<String> DATABASES =
      Set.of(System.getProperty("bench.databases", "h2,postgres").split(","));

  /** Sections to run: throughput, fanout, query, documents. */
  static final Set<String> SECTIONS =
      Set.of(System.getProperty("bench.sections", "documents,throughput,query,fanout").split(","));

  private BenchConfig() {}

  static boolean runs(String section) {
    return SECTIONS.contains(section);
  }

  static List<String[]> describe() {
    List<String[]> list = new ArrayList<>();
    list.add(new String[] {"bench.units", String.valueOf(UNITS)});
    list.add(new String[] {"bench.nominations", String.valueOf(NOMINATIONS)});
    list.add(new String[] {"bench.threads", String.valueOf(THREADS)});
    list.add(
        new String[] {
          "bench.warmupUnits / bench.warmupNominations", WARMUP_UNITS + " / " + WARMUP_NOMINATIONS
        });
    list.add(new String[] {"bench.fanout", String.valueOf(FANOUT)});
    list.add(new String[] {"bench.queryTasks", String.valueOf(QUERY_TASKS)});
    list.add(new String[] {"bench.queryRequests", String.valueOf(QUERY_REQUESTS)});
    list.add(new String[] {"bench.queryStarted", String.valueOf(QUERY_STARTED)});
    list.add(new String[] {"bench.dbLimitInserts", String.valueOf(DB_LIMIT_INSERTS)});
    list.add(new String[] {"bench.docUnits / bench.docNames", DOC_UNITS + " / " + DOC_NAMES});
    list.add(
        new String[] {
          "bench.jobExecutor", JOB_EXECUTOR.isBlank() ? "(application defaults)" : JOB_EXECUTOR
        });
    list.add(new String[] {"bench.sections", String.join(",", SECTIONS)});
    list.add(new String[] {"bench.databases", String.join(",", DATABASES)});
    return list;
  }

  private static int integer(String name, int defaultValue) {
    return Integer.parseInt(
        System.getProperty(name, String.valueOf(defaultValue)).replace("_", ""));
  }
}
