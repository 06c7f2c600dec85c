package vn.ldtbxh.thidua.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ldtbxh.thidua.ThiduaApplication;
import vn.ldtbxh.thidua.notification.Notice;
import vn.ldtbxh.thidua.notification.NotificationKind;
import vn.ldtbxh.thidua.notification.NotificationRepository;
import vn.ldtbxh.thidua.report.ReportContent;
import vn.ldtbxh.thidua.report.UnitReport;
import vn.ldtbxh.thidua.report.UnitReportRepository;

/**
 * What a node writes reads the same on a node of another host zone, and rows written in Vietnam's
 * zone before the pin read right after migration 15. The host's zone is simulated by the JVM's
 * default zone when the application starts, which is what the JVM takes from the host.
 */
@Isolated
abstract class HostZoneIndependenceBase {

  static final String VIETNAM = "Asia/Ho_Chi_Minh";
  static final String UTC_HOST = "Etc/UTC";
  private static final Instant DUE = Instant.parse("2019-12-16T10:00:00Z");
  // 23:30 in Vietnam, the day before in UTC
  private static final Instant SUBMITTED = Instant.parse("2019-12-10T16:30:00Z");
  private static final Instant ABOUT = Instant.parse("2019-12-09T01:00:00Z");
  private static final Instant TIMER = Instant.parse("2030-01-01T17:00:00Z");

  private final TimeZone original = TimeZone.getDefault();
  private final List<ConfigurableApplicationContext> started = new ArrayList<>();
  private int nodes;

  /** A new, empty database. */
  abstract String newDatabase(String name);

  abstract String user();

  abstract String password();

  @AfterEach
  void stopAndRestoreDefaultZone() {
    started.forEach(ConfigurableApplicationContext::close);
    TimeZone.setDefault(original);
  }

  @Test
  void whatANodeInUtcWroteReadsTheSameOnANodeInVietnam() {
    String url = newDatabase("zone_nodes");
    Notice notice =
        new Notice(
            "unit-dongxoai",
            NotificationKind.REMINDER_FIRST,
            "pi-zone",
            "bk-zone",
            ABOUT,
            "Nhắc hạn nộp báo cáo",
            "");
    String taskId;
    Instant taskCreated;
    String instanceId;
    try (ConfigurableApplicationContext utc = start(UTC_HOST, url)) {
      JdbcTemplate jdbc = utc.getBean(JdbcTemplate.class);
      jdbc.update(
          "insert into round (round_key, movement_code, round_year, round_type, deadline, status, started_at) "
              + "values ('zone-2019', 'vi-nguoi-ngheo-2018-2020', 2019, 'ANNUAL', date '2019-12-15', 'OPEN', ?)",
          Timestamp.from(DUE));
      UnitReportRepository reports = utc.getBean(UnitReportRepository.class);
      reports.insert("zone-2019", "dongxoai", "zone-2019-dongxoai", "pi-zone", "Đồng Xoài", DUE);
      UnitReport report = reports.find("zone-2019", "dongxoai").orElseThrow();
      reports.submit(report, new ReportContent(Map.of(), Map.of()), SUBMITTED, "dongxoai", false);
      NotificationRepository notifications = utc.getBean(NotificationRepository.class);
      notifications.insert(notice, SUBMITTED, "LOG", 1, "m-zone");

      ProcessEngine engine = utc.getBean(ProcessEngine.class);
      Task task = engine.getTaskService().newTask();
      task.setName("Việc thử múi giờ");
      task.setDueDate(Date.from(DUE));
      engine.getTaskService().saveTask(task);
      taskId = task.getId();
      taskCreated =
          engine
              .getTaskService()
              .createTaskQuery()
              .taskId(taskId)
              .singleResult()
              .getCreateTime()
              .toInstant();
      instanceId = startTimer(engine);

      // stored as UTC wall times
      assertThat(
              jdbc.queryForObject(
                  "select submitted_at from unit_report where round_key = 'zone-2019'",
                  LocalDateTime.class))
          .isEqualTo(LocalDateTime.parse("2019-12-10T16:30:00"));
      assertThat(
              jdbc.queryForObject(
                  "select about_at from notification where process_instance_id = 'pi-zone'",
                  LocalDateTime.class))
          .isEqualTo(LocalDateTime.parse("2019-12-09T01:00:00"));
    }

    try (ConfigurableApplicationContext vietnam = start(VIETNAM, url)) {
      UnitReport report =
          vietnam.getBean(UnitReportRepository.class).find("zone-2019", "dongxoai").orElseThrow();
      assertThat(report.dueAt()).isEqualTo(DUE);
      assertThat(report.submittedAt()).isEqualTo(SUBMITTED);
      NotificationRepository notifications = vietnam.getBean(NotificationRepository.class);
      assertThat(notifications.exists(notice)).isTrue();
      assertThat(
              ((Timestamp) notifications.findByBusinessKey("bk-zone").get(0).get("about_at"))
                  .toInstant())
          .isEqualTo(ABOUT);

      ProcessEngine engine = vietnam.getBean(ProcessEngine.class);
      Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
      assertThat(task.getCreateTime().toInstant()).isEqualTo(taskCreated);
      assertThat(task.getDueDate().toInstant()).isEqualTo(DUE);
      Job timer =
          engine
              .getManagementService()
              .createJobQuery()
              .processInstanceId(instanceId)
              .singleResult();
      assertThat(timer.getDuedate().toInstant()).isEqualTo(TIMER);
      assertThat(
              engine
                  .getManagementService()
                  .createJobQuery()
                  .timers()
                  .duedateLowerThan(Date.from(TIMER.plusSeconds(60)))
                  .duedateHigherThan(Date.from(TIMER.minusSeconds(60)))
                  .count())
          .isEqualTo(1);
    }
  }

  @Test
  void rowsWrittenInVietnamBeforeThePinReadRightAfterTheMigration() {
    String url = newDatabase("zone_upgrade");
    // the database as the previous version left it: wall times of Asia/Ho_Chi_Minh
    Migrations.migrate(url, user(), password(), "14", null);
    org.springframework.jdbc.datasource.DriverManagerDataSource old =
        new org.springframework.jdbc.datasource.DriverManagerDataSource(url, user(), password());
    JdbcTemplate before = new JdbcTemplate(old);
    before.update(
        "insert into notification (recipient, kind, process_instance_id, business_key, about_at, sent_at, "
            + "channel, recipients_count, subject, message_id) values ('unit-dongxoai', 'REMINDER_FIRST', 'pi-old', "
            + "'bk-old', timestamp '2019-12-09 08:00:00', timestamp '2019-12-10 23:30:00', 'LOG', 1, 'Nhắc hạn', 'm-old')");
    before.update(
        "insert into ACT_HI_TASKINST (ID_, NAME_, START_TIME_, DUE_DATE_) values ('zone-old-task', "
            + "'Lập báo cáo', timestamp '2019-12-01 06:15:00', timestamp '2019-12-16 17:00:00')");

    try (ConfigurableApplicationContext upgraded =
        start(UTC_HOST, url, "--" + WrittenZoneMigration.SETTING + "=" + VIETNAM)) {
      NotificationRepository notifications = upgraded.getBean(NotificationRepository.class);
      // the notification-once key finds the reminder sent before the upgrade
      assertThat(
              notifications.exists(
                  new Notice(
                      "unit-dongxoai",
                      NotificationKind.REMINDER_FIRST,
                      "pi-old",
                      "bk-old",
                      ABOUT,
                      "Nhắc hạn",
                      "")))
          .isTrue();
      assertThat(
              ((Timestamp) notifications.findByBusinessKey("bk-old").get(0).get("sent_at"))
                  .toInstant())
          .isEqualTo(SUBMITTED);
      var task =
          upgraded
              .getBean(ProcessEngine.class)
              .getHistoryService()
              .createHistoricTaskInstanceQuery()
              .taskId("zone-old-task")
              .singleResult();
      assertThat(task.getStartTime().toInstant()).isEqualTo(Instant.parse("2019-11-30T23:15:00Z"));
      assertThat(task.getDueDate().toInstant()).isEqualTo(DUE);
    }
  }

  private String startTimer(ProcessEngine engine) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("zoneCheck")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("wait")
            .boundaryEvent("timer")
            .timerWithDate("${dueAt}")
            .endEvent()
            .moveToActivity("wait")
            .endEvent()
            .done();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("zone-check.bpmn", model)
        .deploy();
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey("zoneCheck", Map.of("dueAt", Date.from(TIMER)))
        .getId();
  }

  /**
   * The application on the database, started by a host in the zone; without web server and job
   * executor.
   */
  private ConfigurableApplicationContext start(String hostZone, String url, String... extra) {
    TimeZone.setDefault(TimeZone.getTimeZone(hostZone));
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user(),
                "--spring.datasource.password=" + password(),
                "--camunda.bpm.process-engine-name=zone" + (++nodes),
                "--spring.main.web-application-type=none",
                "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration,"
                    + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                "--spring.jmx.enabled=false",
                "--camunda.bpm.job-execution.enabled=false"));
    arguments.addAll(List.of(extra));
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(ThiduaApplication.class)
            .profiles("demo")
            .run(arguments.toArray(String[]::new));
    started.add(context);
    assertThat(HostZone.host()).isEqualTo(ZoneId.of(hostZone));
    assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
    return context;
  }
}
