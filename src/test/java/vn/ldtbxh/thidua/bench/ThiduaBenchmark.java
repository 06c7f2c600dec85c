package vn.ldtbxh.thidua.bench;

import static vn.ldtbxh.thidua.bench.BenchResults.ms;
import static vn.ldtbxh.thidua.bench.BenchResults.num;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.ldtbxh.thidua.document.AwardDocuments;
import vn.ldtbxh.thidua.document.RoundSummaryWorkbook;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.postgres.EmbeddedPostgres;
import vn.ldtbxh.thidua.report.ReportContent;
import vn.ldtbxh.thidua.report.ReportField;
import vn.ldtbxh.thidua.report.ReportStatus;
import vn.ldtbxh.thidua.report.ReportTexts;
import vn.ldtbxh.thidua.report.UnitReport;
import vn.ldtbxh.thidua.round.Round;
import vn.ldtbxh.thidua.round.RoundType;

/**
 * The performance benchmark of the issue: throughput against the bare engine and the database's
 * limit, reminder fan-out to SMTP on one node and two, Tasklist query latency over the REST API,
 * footprint and documents. Run with {@code ./mvnw -Pbench verify}; not part of the normal build
 * (its name does not match the default test patterns). Sizes are system properties (see {@link
 * BenchConfig}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThiduaBenchmark {

  static final BenchResults RESULTS = new BenchResults();
  static final String PG_USER = "postgres";
  static final String PG_PASSWORD = "postgres";
  static final long BENCH_START = System.nanoTime();

  /**
   * The settings of the application's default H2 URL in application.yaml
   * (";DB_CLOSE_ON_EXIT=FALSE;…").
   */
  static final String H2_SETTINGS = h2Settings();

  static double appH2;
  static double appPostgres;

  @AfterAll
  static void writeResults() {
    RESULTS.add(
        "total",
        "benchmark wall time",
        String.format("%.1f s", (System.nanoTime() - BENCH_START) / 1e9),
        null);
    RESULTS.write();
    RESULTS.print();
  }

  // ----------------------------------------------------------------------------------------------
  // documents

  @Test
  @Order(1)
  void documents() {
    if (!BenchConfig.runs("documents")) {
      return;
    }
    Round round =
        new Round(
            "round-2026",
            AppNode.MOVEMENT,
            2026,
            RoundType.ANNUAL,
            LocalDate.of(2026, 12, 15),
            "pi",
            Round.CLOSED,
            "thamdinh",
            Instant.now(),
            Instant.now());
    Movement movement =
        new Movement(
            AppNode.MOVEMENT,
            "Ngành Lao động - Thương binh và Xã hội chung tay vì người nghèo",
            2026,
            2030,
            "social-protection");
    List<UnitReport> reports = new ArrayList<>();
    for (int i = 1; i <= BenchConfig.DOC_UNITS; i++) {
      Map<ReportField, Long> figures = new EnumMap<>(ReportField.class);
      long k = i;
      for (ReportField field : ReportField.values()) {
        figures.put(field, 100 + (k * 37 + field.ordinal() * 11) % 900);
      }
      figures.put(ReportField.HOUSEHOLDS_TOTAL, 20_000 + k);
      Map<ReportTexts, String> texts = new EnumMap<>(ReportTexts.class);
      texts.put(ReportTexts.SUMMARY, "Huy động nguồn lực hỗ trợ hộ thoát nghèo, đơn vị " + i);
      reports.add(
          new UnitReport(
              "round-2026",
              "b%04d".formatted(i),
              "2026-b%04d".formatted(i),
              "pi-" + i,
              ReportStatus.ACCEPTED,
              "Phòng Lao động - Thương binh và Xã hội đơn vị b%04d".formatted(i),
              Instant.now(),
              Instant.now(),
              i % 7 == 0,
              Instant.now(),
              new ReportContent(figures, texts)));
    }
    RoundSummaryWorkbook workbook = new RoundSummaryWorkbook();
    long[] xlsx =
        timeRuns(
            5,
            () ->
                workbook.write(
                        round,
                        movement,
                        reports,
                        java.util.Map.of(),
                        vn.ldtbxh.thidua.document.TestDocuments.BINH_PHUOC_2018)
                    .length);
    RESULTS.add(
        "documents",
        "round summary .xlsx, " + BenchConfig.DOC_UNITS + " units",
        ms(xlsx[0]) + " first, " + ms(xlsx[1]) + " median of 5",
        xlsx[2] / 1024 + " KiB");

    List<AwardDocuments.Nominee> nominees = new ArrayList<>();
    for (int i = 1; i <= BenchConfig.DOC_NAMES; i++) {
      nominees.add(
          new AwardDocuments.Nominee(
              "Cá nhân",
              "Nguyễn Văn Người " + i,
              "Chuyên viên",
              "Phòng Lao động - Thương binh và Xã hội đơn vị b%04d".formatted(i),
              "Hoàn thành xuất sắc nhiệm vụ"));
    }
    AwardDocuments documents = new AwardDocuments();
    AwardDocuments.Content content =
        new AwardDocuments.Content(
            vn.ldtbxh.thidua.document.TestDocuments.BINH_PHUOC_2018,
            vn.ldtbxh.thidua.document.TestDocuments.PLAN_179,
            "125/QĐ-LĐTBXH",
            LocalDate.of(2026, 12, 20),
            "Giấy khen của Giám đốc Sở",
            movement.name(),
            2026,
            "12/BB-HĐTĐKT",
            nominees);
    long[] docx = timeRuns(5, () -> documents.decision(content).length);
    RESULTS.add(
        "documents",
        "decision .docx, " + BenchConfig.DOC_NAMES + " names",
        ms(docx[0]) + " first, " + ms(docx[1]) + " median of 5",
        docx[2] / 1024 + " KiB");
    RESULTS.write();
  }

  /** {first run, median, size in bytes}. */
  private static long[] timeRuns(int runs, java.util.function.IntSupplier work) {
    List<Long> times = new ArrayList<>();
    int size = 0;
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      size = work.getAsInt();
      times.add(System.nanoTime() - start);
    }
    long first = times.get(0);
    times.sort(Comparator.naturalOrder());
    return new long[] {first, times.get(runs / 2), size};
  }

  // ---------------------------------------------------------------------------------------------
  // throughput

  @Test
  @Order(2)
  void throughput() throws Exception {
    if (!BenchConfig.runs("throughput")) {
      return;
    }
    resetHeapPeaks();
    Path h2 = Path.of("target/bench/h2").toAbsolutePath();
    deleteDirectory(h2);
    // the settings of the application's default H2 URL (application.yaml), for both
    String h2App = "jdbc:h2:file:" + h2.resolve("app") + H2_SETTINGS;
    String h2Bare = "jdbc:h2:file:" + h2.resolve("bare") + H2_SETTINGS;

    if (BenchConfig.DATABASES.contains("h2")) {
      warmUp(
          "H2",
          "jdbc:h2:file:" + h2.resolve("warm-app") + H2_SETTINGS,
          "jdbc:h2:file:" + h2.resolve("warm-bare") + H2_SETTINGS,
          "sa",
          "");
      appH2 =
          appThroughput("H2", h2App, "sa", "", BenchConfig.UNITS, BenchConfig.NOMINATIONS, true);
      double bareH2 =
          bareThroughput("H2", h2Bare, "sa", "", BenchConfig.UNITS, BenchConfig.NOMINATIONS, true);
      RESULTS.line("ratio_bare_engine_h2: " + num(appH2 / bareH2));
      RESULTS.write();
    }
    if (!BenchConfig.DATABASES.contains("postgres")) {
      return;
    }

    warmUp(
        "PostgreSQL",
        EmbeddedPostgres.jdbcUrl("bench_warm_app"),
        EmbeddedPostgres.jdbcUrl("bench_warm_bare"),
        PG_USER,
        PG_PASSWORD);
    appPostgres =
        appThroughput(
            "PostgreSQL",
            EmbeddedPostgres.jdbcUrl("bench_app"),
            PG_USER,
            PG_PASSWORD,
            BenchConfig.UNITS,
            BenchConfig.NOMINATIONS,
            true);
    double barePostgres =
        bareThroughput(
            "PostgreSQL",
            EmbeddedPostgres.jdbcUrl("bench_bare"),
            PG_USER,
            PG_PASSWORD,
            BenchConfig.UNITS,
            BenchConfig.NOMINATIONS,
            true);
    RESULTS.line("ratio_bare_engine_postgres: " + num(appPostgres / barePostgres));
    double inserts = databaseLimit(EmbeddedPostgres.jdbcUrl("bench_dblimit"));
    RESULTS.line("ratio_db_limit_postgres: " + num(appPostgres / inserts));
    RESULTS.add(
        "footprint",
        "heap during the throughput runs",
        (heapPeak() >> 20)
            + " MiB peak (sum of heap pool peaks), max heap "
            + (Runtime.getRuntime().maxMemory() >> 20)
            + " MiB",
        "the throughput runs passed under this -Xmx");
    RESULTS.write();
  }

  /**
   * The same workload, smaller, on throw-away databases, for the application and the bare engine,
   * before either is measured: the JVM compiles the engine's, H2's or the driver's code while it
   * runs. Without it the engine measured first ran with that code still interpreted or being
   * compiled, on the same 2 cores: at 500 units the application measured first reached 0.58 of the
   * bare engine and 1.18 measured second.
   */
  private void warmUp(String database, String appUrl, String bareUrl, String user, String password)
      throws Exception {
    if (BenchConfig.WARMUP_UNITS == 0) {
      return;
    }
    long start = System.nanoTime();
    double app =
        appThroughput(
            database,
            appUrl,
            user,
            password,
            BenchConfig.WARMUP_UNITS,
            BenchConfig.WARMUP_NOMINATIONS,
            false);
    double bare =
        bareThroughput(
            database,
            bareUrl,
            user,
            password,
            BenchConfig.WARMUP_UNITS,
            BenchConfig.WARMUP_NOMINATIONS,
            false);
    RESULTS.add(
        "throughput warm-up " + database,
        "application, then bare engine (not measured)",
        num(app) + " / " + num(bare) + " tasks per second",
        BenchConfig.WARMUP_UNITS
            + " units, "
            + BenchConfig.WARMUP_NOMINATIONS
            + " nominations each, on their own databases; "
            + ms(System.nanoTime() - start)
            + " in all");
  }

  private double appThroughput(
      String database,
      String url,
      String user,
      String password,
      int units,
      int nominations,
      boolean measured)
      throws Exception {
    String section = "throughput app " + database;
    try (AppNode node = AppNode.start(url, user, password, false)) {
      if (!measured) {
        List<String> codes = AppNode.unitCodes(units);
        node.prepareOrganisation(codes);
        node.openRound(AppNode.FIRST_YEAR, codes);
        return new WorkloadDriver(
                node.engine(),
                appShape(AppNode.FIRST_YEAR),
                codes,
                nominations,
                BenchConfig.THREADS)
            .run()
            .tasksPerSecond();
      }
      RESULTS.add(
          "footprint",
          "start-up, application context on " + database,
          ms(node.startNanos),
          "SpringApplicationBuilder(ThiduaApplication).run, profile demo, web server on, job executor off");
      if (database.startsWith("PostgreSQL")) {
        RESULTS.note(
            "Embedded PostgreSQL settings: synchronous_commit="
                + node.jdbc().queryForObject("show synchronous_commit", String.class)
                + ", fsync="
                + node.jdbc().queryForObject("show fsync", String.class)
                + ", shared_buffers="
                + node.jdbc().queryForObject("show shared_buffers", String.class)
                + " (zonky defaults)");
      }
      List<String> codes = AppNode.unitCodes(units);
      long setup = node.prepareOrganisation(codes);
      long start = System.nanoTime();
      node.openRound(AppNode.FIRST_YEAR, codes);
      RESULTS.add(
          section,
          "set-up (not in the throughput)",
          ms(setup)
              + " units, groups, users, grants; "
              + ms(System.nanoTime() - start)
              + " round announced, "
              + codes.size()
              + " reports started",
          null);
      WorkloadDriver.Shape shape = appShape(AppNode.FIRST_YEAR);
      javax.sql.DataSource appData = node.context.getBean(javax.sql.DataSource.class);
      freshPlans(appData);
      Map<String, long[]> before = tableWrites(appData);
      WorkloadDriver.Result result =
          new WorkloadDriver(node.engine(), shape, codes, nominations, BenchConfig.THREADS).run();
      reportWrites(section, before, tableWrites(appData), result);
      Integer accepted =
          node.jdbc()
              .queryForObject(
                  "select count(*) from unit_report where status = 'ACCEPTED'", Integer.class);
      Integer awarded =
          node.jdbc()
              .queryForObject(
                  "select count(*) from nomination where status = 'AWARDED'", Integer.class);
      if (accepted != codes.size() || awarded != nominations) {
        throw new IllegalStateException(
            "Expected "
                + codes.size()
                + " accepted reports and "
                + nominations
                + " awards, got "
                + accepted
                + " and "
                + awarded);
      }
      report(section, result, "accepted reports " + accepted + ", awarded nominations " + awarded);
      return result.tasksPerSecond();
    }
  }

  private static WorkloadDriver.Shape appShape(int year) {
    return new WorkloadDriver.Shape(
        "emulation-round",
        "award-nomination",
        year,
        (unitCode, number) -> Map.of(),
        taskKey -> null);
  }

  private double bareThroughput(
      String database,
      String url,
      String user,
      String password,
      int units,
      int nominations,
      boolean measured)
      throws Exception {
    String section = "throughput bare engine " + database;
    long start = System.nanoTime();
    try (BareEngine bare =
        new BareEngine(
            "bare-" + database.toLowerCase() + (measured ? "" : "-warm-up"), url, user, password)) {
      bare.deploy();
      bare.grant(units);
      bare.openRound(AppNode.FIRST_YEAR, units);
      if (!measured) {
        return new WorkloadDriver(
                bare.engine,
                bare.shape(AppNode.FIRST_YEAR),
                BareEngine.unitCodes(units),
                nominations,
                BenchConfig.THREADS)
            .run()
            .tasksPerSecond();
      }
      RESULTS.add(
          section,
          "set-up (not in the throughput)",
          ms(System.nanoTime() - start)
              + " engine, schema, models, grants, round with "
              + units
              + " reports",
          null);
      freshPlans(bare.dataSource);
      Map<String, long[]> before = tableWrites(bare.dataSource);
      WorkloadDriver.Result result =
          new WorkloadDriver(
                  bare.engine,
                  bare.shape(AppNode.FIRST_YEAR),
                  BareEngine.unitCodes(units),
                  nominations,
                  BenchConfig.THREADS)
              .run();
      reportWrites(section, before, tableWrites(bare.dataSource), result);
      long ended =
          bare.engine
              .getHistoryService()
              .createHistoricProcessInstanceQuery()
              .processDefinitionKey("bare-report")
              .finished()
              .count();
      report(section, result, "finished reports " + ended);
      return result.tasksPerSecond();
    }
  }

  /**
   * Before a measured run, on either engine: statistics of the data just set up ({@code ANALYZE})
   * and new connections. H2 plans a prepared statement once per connection and keeps the plan in
   * its statement cache for the connection's life (30 minutes in the pool); the engines start on
   * empty tables, so without this the measured run used plans made on them at start-up: in some
   * runs of the application the engine's read of an execution's variables took 7.6 ms instead of
   * 0.26 ms, and the nominations took twice as long.
   */
  private static void freshPlans(javax.sql.DataSource data) throws Exception {
    try (Connection connection = data.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("analyze");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    }
    data.unwrap(com.zaxxer.hikari.HikariDataSource.class)
        .getHikariPoolMXBean()
        .softEvictConnections();
  }

  private static void report(String section, WorkloadDriver.Result result, String check) {
    RESULTS.add(
        section,
        "tasks per second",
        num(result.tasksPerSecond()),
        result.tasks()
            + " task completions (+ "
            + result.starts()
            + " nomination starts) in "
            + String.format("%.1f s", result.wallNanos() / 1e9)
            + " with "
            + BenchConfig.THREADS
            + " threads");
    RESULTS.add(
        section,
        "completion latency p50 / p99",
        ms(result.latencies().percentile(50)) + " / " + ms(result.latencies().percentile(99)),
        "per TaskService.complete, retries included");
    RESULTS.add(
        section,
        "phases",
        String.format(
            "reports %.1f s, nominations %.1f s",
            result.reportNanos() / 1e9, result.nominationNanos() / 1e9),
        "optimistic-locking retries: "
            + result.retries()
            + "; round continuations: "
            + result.continuations()
            + "; "
            + check);
    StringBuilder byTask = new StringBuilder();
    result
        .byTask()
        .forEach(
            (key, latencies) ->
                byTask
                    .append(byTask.isEmpty() ? "" : ", ")
                    .append(key)
                    .append(' ')
                    .append(
                        String.format(
                            java.util.Locale.ROOT, "%.0f", latencies.percentile(50) / 1e6)));
    RESULTS.add(section, "completion latency p50 by task (ms)", byTask.toString(), null);
    RESULTS.write();
  }

  /**
   * Rows inserted, updated and deleted per table so far (PostgreSQL's statistics, empty on H2):
   * what the application writes beyond the bare engine, per task.
   */
  private static Map<String, long[]> tableWrites(javax.sql.DataSource data) throws Exception {
    Map<String, long[]> writes = new java.util.TreeMap<>();
    try (Connection connection = data.getConnection();
        Statement statement = connection.createStatement()) {
      if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
        return writes;
      }
      Thread.sleep(1500);
      statement.execute("select pg_stat_clear_snapshot()");
      try (var rows =
          statement.executeQuery(
              "select relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables")) {
        while (rows.next()) {
          writes.put(
              rows.getString(1).toLowerCase(),
              new long[] {rows.getLong(2), rows.getLong(3), rows.getLong(4)});
        }
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    }
    return writes;
  }

  private static void reportWrites(
      String section,
      Map<String, long[]> before,
      Map<String, long[]> after,
      WorkloadDriver.Result result) {
    if (after.isEmpty()) {
      return;
    }
    long[] total = new long[3];
    List<Map.Entry<String, Long>> tables = new ArrayList<>();
    after.forEach(
        (table, now) -> {
          long[] then = before.getOrDefault(table, new long[3]);
          long rows = 0;
          for (int i = 0; i < 3; i++) {
            total[i] += now[i] - then[i];
            rows += now[i] - then[i];
          }
          if (rows > 0) {
            tables.add(Map.entry(table, rows));
          }
        });
    tables.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    double per = result.tasks();
    StringBuilder top = new StringBuilder();
    for (Map.Entry<String, Long> table : tables.subList(0, Math.min(10, tables.size()))) {
      top.append(top.isEmpty() ? "" : ", ")
          .append(table.getKey())
          .append(' ')
          .append(String.format(java.util.Locale.ROOT, "%.1f", table.getValue() / per));
    }
    RESULTS.add(
        section,
        "rows written per task completion (insert / update / delete)",
        String.format(
            java.util.Locale.ROOT,
            "%.1f / %.1f / %.1f",
            total[0] / per,
            total[1] / per,
            total[2] / per),
        "nomination starts included; by table: " + top);
  }

  /** One insert and its commit per transaction, with the same number of threads. */
  private double databaseLimit(String url) throws Exception {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl(url);
      pool.setUsername(PG_USER);
      pool.setPassword(PG_PASSWORD);
      pool.setMaximumPoolSize(BenchConfig.THREADS);
      pool.setAutoCommit(false);
      try (Connection connection = pool.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute(
            "create table bench_scratch (id bigserial primary key, payload varchar(200) not null, "
                + "created_at timestamp not null default current_timestamp)");
        connection.commit();
      }
      int perThread = BenchConfig.DB_LIMIT_INSERTS / BenchConfig.THREADS;
      ExecutorService threads = Executors.newFixedThreadPool(BenchConfig.THREADS);
      long start = System.nanoTime();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < BenchConfig.THREADS; t++) {
        futures.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    try (Connection connection = pool.getConnection();
                        PreparedStatement insert =
                            connection.prepareStatement(
                                "insert into bench_scratch (payload) values (?)")) {
                      insert.setString(1, "Báo cáo kết quả thi đua " + i);
                      insert.executeUpdate();
                      connection.commit();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
      threads.shutdown();
      long nanos = System.nanoTime() - start;
      double perSecond = perThread * BenchConfig.THREADS / (nanos / 1e9);
      RESULTS.add(
          "database limit PostgreSQL",
          "inserts (one per transaction) per second",
          num(perSecond),
          perThread * BenchConfig.THREADS
              + " inserts in "
              + String.format("%.1f s", nanos / 1e9)
              + " with "
              + BenchConfig.THREADS
              + " threads");
      return perSecond;
    }
  }

  // --------------------------------------------------------------------------------------------
  // query latency

  @Test
  @Order(3)
  void queryLatency() throws Exception {
    if (!BenchConfig.runs("query")) {
      return;
    }
    String section = "query latency PostgreSQL";
    try (AppNode node =
        AppNode.start(EmbeddedPostgres.jdbcUrl("bench_query"), PG_USER, PG_PASSWORD, false)) {
      RESULTS.add(
          "footprint",
          "start-up, application context on PostgreSQL (query node)",
          ms(node.startNanos),
          null);
      List<String> codes = AppNode.unitCodes(BenchConfig.UNITS);
      node.prepareOrganisation(codes);
      long created = System.nanoTime();
      int started =
          BenchConfig.QUERY_STARTED <= 0
              ? BenchConfig.QUERY_TASKS
              : Math.min(BenchConfig.QUERY_TASKS, BenchConfig.QUERY_STARTED);
      int tasks = createOpenTasks(node.engine(), codes, started);
      long copied = copyOpenTasks(node.jdbc(), BenchConfig.QUERY_TASKS - started, started);
      node.jdbc().execute("analyze");
      long openTasks = node.jdbc().queryForObject("select count(*) from act_ru_task", Long.class);
      long taskGrants =
          node.jdbc()
              .queryForObject(
                  "select count(*) from act_ru_authorization where resource_type_ = 7", Long.class);
      RESULTS.add(
          section,
          "set-up (not measured)",
          ms(System.nanoTime() - created),
          tasks
              + " instances started "
              + "through the engine, "
              + copied
              + " copied in SQL; "
              + openTasks
              + " open tasks, "
              + taskGrants
              + " task authorizations; then ANALYZE");

      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      Random random = new Random(42);
      Latencies latencies = new Latencies();
      int returned = 0;
      for (int i = 0; i < 50 + BenchConfig.QUERY_REQUESTS; i++) {
        String unit = codes.get(random.nextInt(codes.size()));
        long start = System.nanoTime();
        HttpResponse<String> response = taskListRequest(http, node.port(), unit);
        long nanos = System.nanoTime() - start;
        if (i >= 50) {
          latencies.add(nanos);
          returned += countOccurrences(response.body(), "\"taskDefinitionKey\"");
        }
      }
      explainTaskListQuery(node, http, codes.get(codes.size() / 2));
      RESULTS.add(
          section,
          "GET /engine-rest/task (candidateGroup, sortBy dueDate, first 15) p50 / p99",
          ms(latencies.percentile(50)) + " / " + ms(latencies.percentile(99)),
          BenchConfig.QUERY_REQUESTS
              + " requests after 50 warm-up, HTTP Basic as a unit user, authorization checks on; "
              + String.format(
                  "%.1f tasks per answer", returned / (double) BenchConfig.QUERY_REQUESTS));
      RESULTS.line("query_p99_ms_postgres: " + num(latencies.percentile(99) / 1e6));
      RESULTS.write();
    }
  }

  private static HttpResponse<String> taskListRequest(HttpClient http, int port, String unit)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:"
                        + port
                        + "/engine-rest/task?candidateGroup=unit-"
                        + unit
                        + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15"))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((unit + ":demo").getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET /engine-rest/task answered " + response.statusCode() + ": " + response.body());
    }
    return response;
  }

  /**
   * The SQL the engine runs for one Tasklist request (taken from MyBatis' statement log while the
   * request is answered) and PostgreSQL's EXPLAIN ANALYZE of it with the same parameters.
   */
  private static void explainTaskListQuery(AppNode node, HttpClient http, String unit)
      throws Exception {
    ch.qos.logback.classic.Logger logger =
        (ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger(
                "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria");
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> captured =
        new ch.qos.logback.core.read.ListAppender<>();
    captured.start();
    ch.qos.logback.classic.Level level = logger.getLevel();
    logger.addAppender(captured);
    logger.setLevel(ch.qos.logback.classic.Level.DEBUG);
    try {
      taskListRequest(http, node.port(), unit);
    } finally {
      logger.setLevel(level);
      logger.detachAppender(captured);
    }
    String sql = null;
    String parameters = null;
    for (ch.qos.logback.classic.spi.ILoggingEvent event : captured.list) {
      String message = event.getFormattedMessage().strip();
      if (message.startsWith("==>  Preparing:")) {
        sql = message.substring("==>  Preparing:".length()).strip();
      } else if (message.startsWith("==> Parameters:")) {
        parameters = message.substring("==> Parameters:".length()).strip();
      }
    }
    if (sql == null) {
      RESULTS.note("The Tasklist query's SQL was not captured: no EXPLAIN ANALYZE");
      return;
    }
    StringBuilder plan =
        new StringBuilder("-- ")
            .append(sql)
            .append("\n-- parameters: ")
            .append(parameters)
            .append("\n");
    try (Connection connection = node.context.getBean(javax.sql.DataSource.class).getConnection();
        PreparedStatement explain =
            connection.prepareStatement("explain (analyze, buffers) " + sql)) {
      int index = 1;
      for (String parameter :
          parameters == null || parameters.isEmpty() ? new String[0] : parameters.split(", ")) {
        int type = parameter.lastIndexOf('(');
        String value = parameter.substring(0, type);
        switch (parameter.substring(type + 1, parameter.length() - 1)) {
          case "Integer" -> explain.setInt(index++, Integer.parseInt(value));
          case "Long" -> explain.setLong(index++, Long.parseLong(value));
          case "Boolean" -> explain.setBoolean(index++, Boolean.parseBoolean(value));
          default -> explain.setString(index++, value);
        }
      }
      try (var rows = explain.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
    }
    RESULTS.block(
        "Tasklist query: EXPLAIN ANALYZE on PostgreSQL ("
            + BenchConfig.QUERY_TASKS
            + " open tasks, unit "
            + unit
            + ")",
        plan.toString());
  }

  /**
   * Starts open tasks the way the application's reports look to Tasklist (a user task with the
   * unit's candidate group and a due date, authorized per task by the engine), several hundred per
   * transaction, with the benchmark's threads.
   */
  private static int createOpenTasks(ProcessEngine engine, List<String> codes, int count)
      throws Exception {
    engine
        .getRepositoryService()
        .createDeployment()
        .name("bench-open-tasks")
        .addModelInstance(
            "bench-open-task.bpmn",
            Bpmn.createExecutableProcess("bench-open-task")
                .camundaHistoryTimeToLive(1825)
                .startEvent()
                .userTask("prepareReport")
                .name("Lập báo cáo kết quả")
                .camundaCandidateGroups("unit-${unitCode}")
                .camundaDueDate("${due}")
                .endEvent()
                .done())
        .deploy();
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    RuntimeService runtime = engine.getRuntimeService();
    int batch = 500;
    AtomicInteger next = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(BenchConfig.THREADS);
    List<Future<?>> futures = new ArrayList<>();
    Instant now = Instant.now();
    for (int t = 0; t < BenchConfig.THREADS; t++) {
      futures.add(
          threads.submit(
              () -> {
                for (int from = next.getAndAdd(batch); from < count; from = next.getAndAdd(batch)) {
                  int first = from;
                  configuration
                      .getCommandExecutorTxRequired()
                      .execute(
                          context -> {
                            for (int i = first; i < Math.min(count, first + batch); i++) {
                              runtime.startProcessInstanceByKey(
                                  "bench-open-task",
                                  "open-" + i,
                                  WorkloadDriver.vars(
                                      "unitCode", codes.get(i % codes.size()),
                                      "due",
                                          Date.from(
                                              now.plus(
                                                  1 + (i * 7919L) % (90 * 24), ChronoUnit.HOURS))));
                            }
                            return null;
                          });
                }
                return null;
              }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    threads.shutdown();
    return count;
  }

  /**
   * Makes {@code count} more open tasks by copying, in SQL, the runtime rows of the instances
   * started through the engine: process instance, task, candidate-group link, the task's
   * authorization and the variables, with new ids and spread due dates. These are the rows the
   * Tasklist query reads; the copies have no history rows, which the query does not read.
   */
  private static long copyOpenTasks(
      org.springframework.jdbc.core.JdbcTemplate jdbc, int count, int started) {
    if (count <= 0) {
      return 0;
    }
    String definition =
        jdbc.queryForObject(
            "select id_ from act_re_procdef where key_ = 'bench-open-task'", String.class);
    int rounds = (count + started - 1) / started;
    long copied = 0;
    for (int round = 1; round <= rounds; round++) {
      int copies = (int) Math.min(started, count - copied);
      String seeds =
          "(select id_ from act_ru_execution where proc_def_id_ = '"
              + definition
              + "' and id_ not like '%-%-%-%-%-%'"
              + " order by id_ limit "
              + copies
              + ")";
      String suffix = "'-c" + round + "'";
      copy(jdbc, "act_ru_execution", "s.id_ in " + seeds, suffix);
      copy(jdbc, "act_ru_task", "s.proc_inst_id_ in " + seeds, suffix);
      copy(
          jdbc,
          "act_ru_identitylink",
          "s.task_id_ in (select id_ from act_ru_task where proc_inst_id_ in " + seeds + ")",
          suffix);
      copy(
          jdbc,
          "act_ru_authorization",
          "s.resource_type_ = 7 and s.resource_id_ in (select id_ from act_ru_task "
              + "where proc_inst_id_ in "
              + seeds
              + ")",
          suffix);
      copy(jdbc, "act_ru_variable", "s.proc_inst_id_ in " + seeds, suffix);
      copied += copies;
    }
    return copied;
  }

  private static final Set<String> COPIED_IDS =
      Set.of(
          "id_",
          "proc_inst_id_",
          "execution_id_",
          "task_id_",
          "root_proc_inst_id_",
          "var_scope_",
          "act_inst_id_",
          "business_key_");

  private static void copy(
      org.springframework.jdbc.core.JdbcTemplate jdbc, String table, String where, String suffix) {
    List<String> columns =
        jdbc.queryForList(
            "select column_name from information_schema.columns where table_name = ? "
                + "order by ordinal_position",
            String.class,
            table);
    List<String> values = new ArrayList<>();
    for (String column : columns) {
      String name = column.toLowerCase();
      if (COPIED_IDS.contains(name)
          || "act_ru_authorization".equals(table) && "resource_id_".equals(name)) {
        values.add("s." + name + " || " + suffix);
      } else if ("act_ru_task".equals(table) && "due_date_".equals(name)) {
        values.add(
            "s.due_date_ + ((('x' || substr(md5(s.id_ || "
                + suffix
                + "), 1, 6))::bit(24)::int % 2160) "
                + "* interval '1 hour')");
      } else {
        values.add("s." + name);
      }
    }
    jdbc.update(
        "insert into "
            + table
            + " ("
            + String.join(", ", columns)
            + ") select "
            + String.join(", ", values)
            + " from "
            + table
            + " s where "
            + where);
  }

  private static int countOccurrences(String text, String needle) {
    int count = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      count++;
    }
    return count;
  }

  // ------------------------------------------------------------------------------------------------- fan-out

  @Test
  @Order(4)
  void reminderFanOut() throws Exception {
    if (!BenchConfig.runs("fanout")) {
      return;
    }
    String url = EmbeddedPostgres.jdbcUrl("bench_fanout");
    List<String> codes = AppNode.unitCodes(Math.min(BenchConfig.UNITS, BenchConfig.FANOUT));
    long setupStart = System.nanoTime();
    try (AppNode setup = AppNode.start(url, PG_USER, PG_PASSWORD, false)) {
      setup.prepareOrganisation(codes);
      // the rounds (one a year) are opened two at a time, each in its own transactions (one round's
      // announcement starts all its reports in one transaction: more at once would not fit in
      // -Xmx512m)
      ExecutorService threads = Executors.newFixedThreadPool(Math.min(2, BenchConfig.THREADS));
      List<Future<?>> rounds = new ArrayList<>();
      int left = BenchConfig.FANOUT;
      for (int year = AppNode.FIRST_YEAR; left > 0; year++) {
        List<String> units = codes.subList(0, Math.min(left, codes.size()));
        int roundYear = year;
        rounds.add(threads.submit(() -> setup.openRound(roundYear, units)));
        left -= units.size();
      }
      try {
        for (Future<?> round : rounds) {
          round.get();
        }
      } finally {
        threads.shutdownNow();
      }
    }
    RESULTS.add(
        "fan-out",
        "set-up (not measured)",
        ms(System.nanoTime() - setupStart),
        BenchConfig.FANOUT
            + " unit-report instances ("
            + codes.size()
            + " units per round), each with two reminder timers");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    GreenMail smtp =
        new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    smtp.start();
    try {
      List<String> nodeArgs =
          new ArrayList<>(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port));
      for (String setting : BenchConfig.JOB_EXECUTOR.split(",")) {
        if (!setting.isBlank()) {
          nodeArgs.add("--camunda.bpm.job-execution." + setting.trim());
        }
      }
      String[] args = nodeArgs.toArray(String[]::new);
      try (AppNode node = AppNode.start(url, PG_USER, PG_PASSWORD, true, args)) {
        fanOut("one node", "firstReminder", "REMINDER_FIRST", smtp, node);
      }
      smtp.purgeEmailFromAllMailboxes();
      // started one after the other: Spring Boot's logging system is static and does not start
      // twice at once
      try (AppNode one = AppNode.start(url, PG_USER, PG_PASSWORD, true, args);
          AppNode two = AppNode.start(url, PG_USER, PG_PASSWORD, true, args)) {
        RESULTS.add(
            "footprint",
            "start-up, second and third node on PostgreSQL (job executor on)",
            ms(one.startNanos) + " / " + ms(two.startNanos),
            null);
        fanOut("two nodes", "lastReminder", "REMINDER_LAST", smtp, one);
      }
    } finally {
      smtp.stop();
    }
  }

  private void fanOut(String label, String timer, String kind, GreenMail smtp, AppNode node)
      throws Exception {
    String section = "fan-out PostgreSQL, " + label;
    Instant due = Instant.now().minusSeconds(1);
    long start = System.nanoTime();
    int timers =
        node.jdbc()
            .update(
                "update act_ru_job set duedate_ = ? where job_def_id_ in "
                    + "(select id_ from act_ru_jobdef where act_id_ = ?)",
                Timestamp.from(due),
                timer);
    long deadline =
        start + Duration.ofMinutes(Long.getLong("bench.fanoutTimeoutMinutes", 12)).toNanos();
    int received = 0;
    while (System.nanoTime() < deadline) {
      received = smtp.getReceivedMessages().length;
      if (received >= timers) {
        break;
      }
      Thread.sleep(100);
    }
    long nanos = System.nanoTime() - start;
    Thread.sleep(3000);
    MimeMessage[] mails = smtp.getReceivedMessages();
    Set<String> ids = new HashSet<>();
    for (MimeMessage mail : mails) {
      ids.add(mail.getMessageID());
    }
    int duplicates = mails.length - ids.size();
    Integer recorded =
        node.jdbc()
            .queryForObject(
                "select count(*) from notification where kind = ?", Integer.class, kind);
    Integer incidents =
        node.jdbc().queryForObject("select count(*) from act_ru_incident", Integer.class);
    Integer failing =
        node.jdbc()
            .queryForObject(
                "select count(*) from act_ru_job where exception_msg_ is not null", Integer.class);
    RESULTS.add(
        section,
        "time until every reminder is delivered",
        received >= timers
            ? String.format("%.1f s", nanos / 1e9)
            : "NOT DONE after " + String.format("%.0f s", nanos / 1e9),
        String.format(
            "%d timers due at once, %d mails received (%.0f mails/s); job executor %s",
            timers,
            mails.length,
            received / (nanos / 1e9),
            BenchConfig.JOB_EXECUTOR.isBlank() ? "defaults" : BenchConfig.JOB_EXECUTOR));
    RESULTS.add(
        section,
        "duplicates (same Message-ID twice)",
        String.valueOf(duplicates),
        "notification rows "
            + recorded
            + ", incidents "
            + incidents
            + ", jobs with an exception "
            + failing);
    RESULTS.line("duplicates: " + duplicates);
    RESULTS.write();
  }

  // ------------------------------------------------------------------------------------------------- helpers

  private static void resetHeapPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static void deleteDirectory(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static String h2Settings() {
    try (var in = ThiduaBenchmark.class.getResourceAsStream("/application.yaml")) {
      String yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      var url = java.util.regex.Pattern.compile("url: jdbc:h2:file:[^;\\s]*(;\\S*)").matcher(yaml);
      if (!url.find()) {
        throw new IllegalStateException("no H2 URL in application.yaml");
      }
      return url.group(1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
