package vn.ldtbxh.thidua;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.ldtbxh.thidua.common.VietnameseFormats;

/**
 * Engine access (one shared application context with an in-memory H2 database), the engine clock in
 * Vietnam's time and job helpers for process tests.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
public abstract class ProcessTestSupport {

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtime;
  @Autowired protected TaskService tasks;
  @Autowired protected ManagementService management;
  @Autowired protected JdbcTemplate jdbc;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  /** Removes every instance and the application's round and report rows. */
  protected void deleteAllRounds() {
    runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("emulation-round")
        .list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test"));
    runtime
        .createProcessInstanceQuery()
        .list()
        .forEach(
            pi ->
                runtime.deleteProcessInstanceIfExists(
                    pi.getId(), "test", false, true, false, false));
    jdbc.update("delete from award_decision");
    jdbc.update("delete from director_decision");
    jdbc.update("delete from task_submission");
    jdbc.update("delete from nomination_version");
    jdbc.update("delete from nomination_event");
    jdbc.update("delete from nomination");
    jdbc.update("delete from report_review");
    jdbc.update("delete from unit_report");
    jdbc.update("delete from round_target");
    jdbc.update("delete from round_unit");
    jdbc.update("delete from round");
    jdbc.update("delete from council_member_change");
    jdbc.update("delete from council_member");
  }

  /** Sets the engine clock to a local time in Asia/Ho_Chi_Minh, e.g. "2018-12-03T09:00". */
  protected static Instant setClock(String vietnamLocalDateTime) {
    Instant instant = vietnam(vietnamLocalDateTime);
    ClockUtil.setCurrentTime(Date.from(instant));
    return instant;
  }

  protected static Instant vietnam(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(VietnameseFormats.ZONE).toInstant();
  }

  protected static ZonedDateTime inVietnam(Date date) {
    return date.toInstant().atZone(VietnameseFormats.ZONE);
  }

  /**
   * Runs every job of the instance (and of its sub-instances) that is due now, until none is left.
   */
  protected void runDueJobs() {
    var authentication = engine.getIdentityService().getCurrentAuthentication();
    engine.getIdentityService().clearAuthentication();
    try {
      runDueJobsAsEngine();
    } finally {
      if (authentication != null) {
        engine.getIdentityService().setAuthentication(authentication);
      }
    }
  }

  private void runDueJobsAsEngine() {
    for (int count = 0; count < 500; count++) {
      List<Job> due = management.createJobQuery().executable().listPage(0, 1);
      if (due.isEmpty()) {
        return;
      }
      management.executeJob(due.get(0).getId());
    }
    throw new IllegalStateException("jobs keep coming");
  }

  protected Job timer(ProcessInstance instance, String activityId) {
    return management
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .activityId(activityId)
        .singleResult();
  }

  /** Moves the clock to the timer's due date and runs what is due. */
  protected void fire(Job timer) {
    ClockUtil.setCurrentTime(timer.getDuedate());
    runDueJobs();
  }

  /** The open task of that key, whoever the current user is. */
  protected Task taskOf(ProcessInstance instance, String taskKey) {
    var authentication = engine.getIdentityService().getCurrentAuthentication();
    engine.getIdentityService().clearAuthentication();
    try {
      return tasks
          .createTaskQuery()
          .processInstanceId(instance.getId())
          .taskDefinitionKey(taskKey)
          .singleResult();
    } finally {
      if (authentication != null) {
        engine.getIdentityService().setAuthentication(authentication);
      }
    }
  }

  protected static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  /**
   * A valid district report, as the form sends it (numbers untyped: here Integers and a Double).
   */
  protected static Map<String, Object> districtReport() {
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

  protected static Map<String, Object> divisionReport() {
    return vars(
        "summary",
        "Tham mưu triển khai phong trào, kiểm tra 11 huyện.",
        "activities",
        "Hội nghị, kiểm tra",
        "fundContribution",
        15000000);
  }

  /**
   * The HTTP status of the application's refusal that {@code work} raises (wrapped or not by the
   * engine).
   */
  protected static int refusal(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException error) {
      return vn.ldtbxh.thidua.common.ThiduaException.findIn(error).status();
    }
    throw new AssertionError("expected a refusal");
  }
}
