package vn.ldtbxh.thidua.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives the throughput workload through the Java API with a fixed number of threads, on the
 * application's engine or on the bare engine: every unit's report is prepared (as the unit's user)
 * and approved (as a reviewer of social protection), then each nomination is started (as the unit's
 * user) and taken through verification, the dossier check, the council's vote and the Director's
 * signature. Each task is completed under an authenticated user, so authorization checks run as in
 * Tasklist. A completion that meets an optimistic-locking conflict is retried, as a user would
 * after "reload".
 */
final class WorkloadDriver {

  static final String REVIEWER = "bench-thamdinh";
  static final String OFFICE = "bench-vanphong";
  static final String COUNCIL = "bench-hoidong";
  static final String DIRECTOR = "bench-giamdoc";

  /**
   * What differs between the application and the bare engine: the round's and the nomination's
   * processes, and what the application's listeners compute that the bare engine must be given
   * (start variables, task outcomes).
   */
  record Shape(
      String roundKey,
      String nominationKey,
      int year,
      BiFunction<String, Integer, Map<String, Object>> startExtra,
      Function<String, Map<String, Object>> taskExtra) {

    String reportBusinessKey(String unitCode) {
      return year + "-" + unitCode;
    }

    Map<String, Object> nominationStart(String unitCode, int number) {
      Map<String, Object> variables = nominationVariables("round-" + year, unitCode, number);
      variables.putAll(startExtra.apply(unitCode, number));
      return variables;
    }

    Map<String, Object> extra(String taskKey) {
      return taskExtra.apply(taskKey);
    }
  }

  record Result(
      int tasks,
      int starts,
      long reportNanos,
      long nominationNanos,
      Latencies latencies,
      int retries,
      int continuations,
      Map<String, Latencies> byTask) {
    long wallNanos() {
      return reportNanos + nominationNanos;
    }

    double tasksPerSecond() {
      return tasks / (wallNanos() / 1e9);
    }
  }

  private final ProcessEngine engine;
  private final Shape shape;
  private final List<String> units;
  private final int nominations;
  private final int threads;
  private final Latencies latencies = new Latencies();
  private final Map<String, Latencies> byTask = new java.util.concurrent.ConcurrentSkipListMap<>();
  private final AtomicInteger tasks = new AtomicInteger();
  private final AtomicInteger starts = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();

  WorkloadDriver(
      ProcessEngine engine, Shape shape, List<String> units, int nominations, int threads) {
    this.engine = engine;
    this.shape = shape;
    this.units = units;
    this.nominations = nominations;
    this.threads = threads;
  }

  Result run() throws Exception {
    long start = System.nanoTime();
    AtomicBoolean reportsDriven = new AtomicBoolean();
    ExecutorService continuationThread = Executors.newSingleThreadExecutor();
    Future<Integer> continuations =
        continuationThread.submit(() -> runRoundContinuations(reportsDriven));
    try {
      parallel(
          thread -> {
            for (int i = thread; i < units.size(); i += threads) {
              reportCycle(units.get(i));
            }
          });
    } finally {
      reportsDriven.set(true);
      continuationThread.shutdown();
    }
    int continued = continuations.get();
    long compilations =
        engine
            .getTaskService()
            .createTaskQuery()
            .processDefinitionKey(shape.roundKey())
            .taskDefinitionKey("compileResults")
            .count();
    if (compilations != 1) {
      throw new IllegalStateException(
          "The round is not at its compilation after every report: " + compilations);
    }
    long reportsDone = System.nanoTime();
    parallel(
        thread -> {
          // every nomination of one unit is driven by the same thread: its sequence number is taken
          // in order
          for (int n = 0; n < nominations; n++) {
            if ((n % units.size()) % threads == thread) {
              nominationCycle(units.get(n % units.size()), n + 1);
            }
          }
        });
    long end = System.nanoTime();
    return new Result(
        tasks.get(),
        starts.get(),
        reportsDone - start,
        end - reportsDone,
        latencies,
        retries.get(),
        continued,
        byTask);
  }

  /**
   * Runs the round's continuations (one job of the round per ended report) one after another in one
   * thread, as the job executor runs the exclusive jobs of one process instance, until every report
   * has been driven and none is left. The job executor itself is off in both engines, so that no
   * notification is sent.
   */
  private int runRoundContinuations(AtomicBoolean reportsDriven) throws InterruptedException {
    ManagementService management = engine.getManagementService();
    int executed = 0;
    while (true) {
      boolean lastLook = reportsDriven.get();
      List<Job> due =
          management
              .createJobQuery()
              .processDefinitionKey(shape.roundKey())
              .executable()
              .listPage(0, 100);
      for (Job job : due) {
        management.executeJob(job.getId());
        executed++;
      }
      if (due.isEmpty()) {
        if (lastLook) {
          return executed;
        }
        Thread.sleep(5);
      }
    }
  }

  private void reportCycle(String unitCode) {
    String businessKey = shape.reportBusinessKey(unitCode);
    Task prepare = task(businessKey, null, "prepareReport");
    complete(
        prepare,
        unitCode,
        List.of("unit-" + unitCode),
        with(districtReport(), shape.extra("prepareReport")));
    Task review = task(businessKey, null, "reviewReport");
    complete(
        review,
        REVIEWER,
        List.of("social-protection"),
        with(vars("reviewOutcome", "APPROVED"), shape.extra("reviewReport")));
  }

  private void nominationCycle(String unitCode, int number) {
    IdentityService identity = engine.getIdentityService();
    RuntimeService runtime = engine.getRuntimeService();
    identity.setAuthentication(unitCode, List.of("unit-" + unitCode));
    String instance;
    try {
      instance =
          runtime
              .startProcessInstanceByKey(
                  shape.nominationKey(), shape.nominationStart(unitCode, number))
              .getId();
      starts.incrementAndGet();
    } finally {
      identity.clearAuthentication();
    }
    complete(
        task(null, instance, "verifyAchievements"),
        REVIEWER,
        List.of("social-protection"),
        with(vars("verifyOutcome", "APPROVED"), shape.extra("verifyAchievements")));
    complete(
        task(null, instance, "checkDossier"),
        OFFICE,
        List.of("office"),
        with(
            vars("dossierOutcome", "COMPLETE", "documentsChecked", "[\"TO_TRINH\"]"),
            shape.extra("checkDossier")));
    complete(
        task(null, instance, "councilVote"),
        COUNCIL,
        List.of("council"),
        with(
            vars(
                "membersTotal",
                15,
                "membersPresent",
                12,
                "votesFor",
                8,
                "minutesNumber",
                "12/BB-HĐTĐKT"),
            shape.extra("councilVote")));
    complete(
        task(null, instance, "signDecision"),
        DIRECTOR,
        List.of("directors", "managers"),
        with(
            vars("decisionNumber", number + "/QĐ-LĐTBXH", "decisionDate", decisionDate()),
            shape.extra("signDecision")));
  }

  private String decisionDate() {
    return java.time.LocalDate.now().toString();
  }

  private Task task(String businessKey, String instanceId, String key) {
    var query = engine.getTaskService().createTaskQuery().taskDefinitionKey(key);
    if (businessKey != null) {
      query.processInstanceBusinessKey(businessKey);
    } else {
      query.processInstanceId(instanceId);
    }
    Task task = query.singleResult();
    if (task == null) {
      throw new IllegalStateException(
          "No task " + key + " for " + (businessKey != null ? businessKey : instanceId));
    }
    return task;
  }

  private void complete(
      Task task, String user, List<String> groups, Map<String, Object> variables) {
    TaskService taskService = engine.getTaskService();
    IdentityService identity = engine.getIdentityService();
    long start = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      identity.setAuthentication(user, groups);
      try {
        taskService.complete(task.getId(), variables);
        long nanos = System.nanoTime() - start;
        latencies.add(nanos);
        byTask.computeIfAbsent(task.getTaskDefinitionKey(), key -> new Latencies()).add(nanos);
        tasks.incrementAndGet();
        return;
      } catch (RuntimeException e) {
        if (!optimisticLock(e) || attempt >= 50) {
          throw e;
        }
        retries.incrementAndGet();
      } finally {
        identity.clearAuthentication();
      }
    }
  }

  static boolean optimisticLock(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }

  private void parallel(IntConsumer work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int thread = 0; thread < threads; thread++) {
        int t = thread;
        futures.add(pool.submit(() -> work.accept(t)));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  private static Map<String, Object> with(Map<String, Object> base, Map<String, Object> extra) {
    if (extra != null) {
      base.putAll(extra);
    }
    return base;
  }

  /** A valid district report, as the form sends it. */
  static Map<String, Object> districtReport() {
    return vars(
        "householdsTotal",
        25000,
        "poorStart",
        1000,
        "poorEnd",
        850.0,
        "nearPoorStart",
        900,
        "nearPoorEnd",
        880,
        "leftPoverty",
        200,
        "newlyPoor",
        40,
        "relapsed",
        10,
        "allowanceEntitled",
        1200,
        "allowanceReceiving",
        1200,
        "childrenSpecial",
        60,
        "childrenProtected",
        60,
        "summary",
        "Huy động nguồn lực hỗ trợ 200 hộ thoát nghèo; xã điểm Tân Thành.");
  }

  static Map<String, Object> nominationVariables(String roundKey, String unitCode, int number) {
    return vars(
        "roundKey",
        roundKey,
        "nomineeKind",
        "INDIVIDUAL",
        "nomineeName",
        "Nguyễn Văn " + unitCode + " " + number,
        "nomineePosition",
        "Chuyên viên",
        "awardForm",
        "GIAY_KHEN_GIAM_DOC",
        "achievements",
        "Hoàn thành xuất sắc nhiệm vụ giảm nghèo 3 năm liền.",
        "unitMinutesNumber",
        "05/BB-LĐTBXH",
        "underDisciplinaryReview",
        false);
  }
}
