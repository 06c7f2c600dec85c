package vn.ldtbxh.thidua.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ldtbxh.thidua.OwnApplication;
import vn.ldtbxh.thidua.Waits;
import vn.ldtbxh.thidua.deadline.DeadlineCalculator;
import vn.ldtbxh.thidua.deadline.VietnamTime;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.MovementRepository;
import vn.ldtbxh.thidua.postgres.EmbeddedPostgres;

/**
 * Two nodes, one PostgreSQL, both job executors on: 1,000 reminders falling due at once are each
 * recorded and mailed exactly once, and both nodes see the same tasks.
 */
@OwnApplication
class TwoNodesFanOutIT {

  static final int ROUNDS = 50;
  static final int UNITS = 20;

  /**
   * Years from now on: rounds open against the real clock, with years no other test of this
   * database uses.
   */
  static final int YEARS_AHEAD = 40;

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(3926, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  ConfigurableApplicationContext first;
  ConfigurableApplicationContext second;

  @AfterEach
  void stop() {
    ClockUtil.reset();
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
  }

  @Test
  void aThousandRemindersDueAtOnceAreMailedExactlyOnceByTwoNodes() throws Exception {
    String url = EmbeddedPostgres.jdbcUrl("thidua_fan_out");
    String[] smtpSettings = {"--spring.mail.host=127.0.0.1", "--spring.mail.port=3926"};
    first = Nodes.start("node1", url, smtpSettings);
    second = Nodes.start("node2", url, smtpSettings);
    ProcessEngine engine = first.getBean(ProcessEngine.class);
    int firstYear = Year.now(VietnamTime.VN_ZONE).getValue() + YEARS_AHEAD;
    LocalDate deadline = LocalDate.of(firstYear, 12, 15);
    first
        .getBean(MovementRepository.class)
        .save(
            new Movement(
                "kiem-thu-tai",
                "Kiểm thử tải",
                firstYear,
                firstYear + ROUNDS - 1,
                "social-protection"));
    for (int year = firstYear; year < firstYear + ROUNDS; year++) {
      engine
          .getRuntimeService()
          .startProcessInstanceByKey(
              "emulation-round",
              Map.of("movement", "kiem-thu-tai", "year", year, "deadline", deadline.toString()));
    }
    int reports = ROUNDS * UNITS;
    awaitMails(
        ROUNDS * (UNITS + 2),
        mail -> subject(mail).startsWith("Thông báo đợt thi đua"),
        Duration.ofMinutes(4));

    // every first reminder (08:00, the earliest working day before the deadline that reminds) falls
    // due at once
    Instant firstReminder =
        first.getBean(DeadlineCalculator.class).schedule(deadline).reminders().get(0);
    Date now = Date.from(firstReminder.plusSeconds(30));
    ClockUtil.setCurrentTime(now);
    int copiesExpected = ROUNDS * (UNITS + 2);
    awaitMails(copiesExpected, mail -> subject(mail).startsWith("Nhắc hạn"), Duration.ofMinutes(4));
    // every job due has run to its end on both nodes: a reminder sent twice would be in by now
    JdbcTemplate database = first.getBean(JdbcTemplate.class);
    Waits.until(
        "no job due, running or waiting to run",
        Duration.ofMinutes(2),
        () ->
            database.queryForObject(
                    "select count(*) from act_ru_job where retries_ > 0 and (lock_owner_ is not null or duedate_ is null "
                        + "or duedate_ <= ?)",
                    Integer.class,
                    new Timestamp(now.getTime()))
                == 0);
    MimeMessage[] reminders =
        Arrays.stream(smtp.getReceivedMessages())
            .filter(mail -> subject(mail).startsWith("Nhắc hạn"))
            .toArray(MimeMessage[]::new);
    Set<String> ids =
        Arrays.stream(reminders).map(TwoNodesFanOutIT::messageId).collect(Collectors.toSet());
    JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
    assertThat(ids)
        .as(
            "distinct Message-IDs; notices by kind: %s",
            jdbc.queryForList("select kind, count(*) from notification group by kind"))
        .hasSize(reports);
    // GreenMail keeps one copy per recipient: a group of two members (unit-btxh, unit-vp) gets two
    // copies
    // of one message. A notice sent twice would show as more copies than recipients.
    Map<String, Long> copies =
        Arrays.stream(reminders)
            .collect(Collectors.groupingBy(TwoNodesFanOutIT::messageId, Collectors.counting()));
    long duplicates =
        Arrays.stream(reminders)
            .collect(
                Collectors.toMap(
                    TwoNodesFanOutIT::messageId, TwoNodesFanOutIT::recipients, (a, b) -> a))
            .entrySet()
            .stream()
            .mapToLong(entry -> Math.max(0, copies.get(entry.getKey()) - entry.getValue()))
            .sum();
    assertThat(duplicates).isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from notification where kind = 'REMINDER_FIRST'", Integer.class))
        .isEqualTo(reports);
    assertThat(
            jdbc.queryForObject(
                "select count(distinct process_instance_id) from notification "
                    + "where kind = 'REMINDER_FIRST'",
                Integer.class))
        .isEqualTo(reports);

    // both nodes see the same tasks; one completed on the first is gone on the second
    ProcessEngine other = second.getBean(ProcessEngine.class);
    assertThat(other.getTaskService().createTaskQuery().taskDefinitionKey("prepareReport").count())
        .isEqualTo(reports);
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(firstYear + "-budang")
            .singleResult();
    engine
        .getTaskService()
        .complete(
            task.getId(),
            Map.of(
                "householdsTotal",
                900,
                "poorStart",
                90,
                "poorEnd",
                80,
                "nearPoorStart",
                50,
                "nearPoorEnd",
                45,
                "leftPoverty",
                12,
                "newlyPoor",
                2,
                "relapsed",
                0,
                "summary",
                "Đạt"));
    assertThat(other.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
    assertThat(
            other
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(firstYear + "-budang")
                .taskDefinitionKey("reviewReport")
                .count())
        .isEqualTo(1);
  }

  private static void awaitMails(int expected, Predicate<MimeMessage> kind, Duration timeout) {
    Waits.until(
        timeout,
        () -> Arrays.stream(smtp.getReceivedMessages()).filter(kind).count() >= expected,
        () ->
            "only "
                + Arrays.stream(smtp.getReceivedMessages()).filter(kind).count()
                + " of "
                + expected
                + " mails arrived");
  }

  static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static long recipients(MimeMessage mail) {
    try {
      return mail.getRecipients(jakarta.mail.Message.RecipientType.TO).length;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
