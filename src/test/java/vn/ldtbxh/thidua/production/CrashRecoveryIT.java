package vn.ldtbxh.thidua.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.ldtbxh.thidua.JarNode;
import vn.ldtbxh.thidua.OwnApplication;
import vn.ldtbxh.thidua.Waits;
import vn.ldtbxh.thidua.deadline.VietnamTime;
import vn.ldtbxh.thidua.postgres.EmbeddedPostgres;

/**
 * A node (the packaged application in its own JVM) killed with SIGKILL while announcements are
 * being mailed and tasks completed: after a restart every notice is delivered and recorded once, a
 * mail sent twice in the crash window carries the same Message-ID, and every completed task stays
 * completed.
 */
@OwnApplication
class CrashRecoveryIT {

  static final int ROUNDS = 12;
  static final int UNITS = 20;
  static final int COPIES_PER_ROUND = UNITS + 2; // unit-btxh and unit-vp have two members each

  /**
   * Years from now on: rounds open against the real clock, with years no other test of this
   * database uses.
   */
  static final int YEARS_AHEAD = 20;

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(3927, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void aNodeKilledMidWayLosesNothingAfterRestart() throws Exception {
    Assumptions.assumeTrue(
        JarNode.JAR.isFile(), "the packaged application (target/thidua.jar) is needed");
    String url = EmbeddedPostgres.jdbcUrl("thidua_crash");
    JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
    int port = JarNode.freePort();
    Process node = start(url, port);
    List<String> completed = new ArrayList<>();
    try {
      JarNode.awaitUp(node, port, Duration.ofSeconds(120));
      int first = Year.now(VietnamTime.VN_ZONE).getValue() + YEARS_AHEAD;
      jdbc.update(
          "insert into movement (code, name, first_year, last_year, lead_group) values (?, ?, ?, ?, ?)",
          "kiem-thu-su-co",
          "Kiểm thử sự cố",
          first,
          first + ROUNDS - 1,
          "social-protection");
      // every unit takes part, as in the movement of plan 179
      jdbc.update(
          "insert into movement_unit (movement_code, unit_code) select 'kiem-thu-su-co', code"
              + " from unit");
      startRound(port, first);
      awaitMails(COPIES_PER_ROUND, Duration.ofSeconds(90));
      List<String> units = List.of("dongxoai", "budang", "binhlong", "locninh", "budop");
      List<String> keys = units.stream().map(unit -> first + "-" + unit).toList();
      // a notice job that lost a race for the same notice is retried minutes later: wait only for
      // the tasks used
      Waits.until(
          "the report tasks of " + keys,
          Duration.ofMinutes(3),
          () ->
              jdbc.queryForObject(
                      "select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_ "
                          + "where e.business_key_ in (?, ?, ?, ?, ?)",
                      Integer.class,
                      keys.toArray())
                  == keys.size());
      for (String unit : units) {
        String taskId =
            jdbc.queryForObject(
                "select t.id_ from act_ru_task t join act_ru_execution e on e.id_ = "
                    + "t.proc_inst_id_ where e.business_key_ = ?",
                String.class,
                first + "-" + unit);
        HttpResponse<String> done =
            post(
                port,
                "/engine-rest/task/" + taskId + "/complete",
                unit,
                """
            {"variables": {"householdsTotal": {"value": 9000}, "poorStart": {"value": 300}, "poorEnd": {"value": 250},
             "nearPoorStart": {"value": 200}, "nearPoorEnd": {"value": 190}, "leftPoverty": {"value": 60},
             "newlyPoor": {"value": 5}, "relapsed": {"value": 5}, "summary": {"value": "Hoàn thành"}}}""");
        assertThat(done.statusCode()).isEqualTo(204);
        completed.add(taskId);
      }
      for (int year = first + 1; year < first + ROUNDS; year++) {
        startRound(port, year);
      }
      awaitMails(COPIES_PER_ROUND * 3, Duration.ofSeconds(120));
      JarNode.kill(node);
      int beforeRestart = smtp.getReceivedMessages().length;
      assertThat(beforeRestart).isLessThan(COPIES_PER_ROUND * ROUNDS);

      node = start(url, port);
      JarNode.awaitUp(node, port, Duration.ofSeconds(120));
      awaitMails(COPIES_PER_ROUND * ROUNDS, Duration.ofMinutes(4));
      // every job due has run to its end: a mail sent twice would be in by now
      Waits.until(
          "no job due, running or waiting to run",
          Duration.ofMinutes(2),
          () ->
              jdbc.queryForObject(
                      "select count(*) from act_ru_job where retries_ > 0 and (lock_owner_ is not null or duedate_ is null "
                          + "or duedate_ <= ?)",
                      Integer.class,
                      new Timestamp(System.currentTimeMillis()))
                  == 0);
    } finally {
      JarNode.kill(node);
    }
    MimeMessage[] mails = smtp.getReceivedMessages();
    Map<String, Long> copies =
        Arrays.stream(mails)
            .collect(Collectors.groupingBy(CrashRecoveryIT::messageId, Collectors.counting()));
    assertThat(copies).hasSize(ROUNDS * UNITS);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from notification where kind = 'ANNOUNCEMENT'", Integer.class))
        .isEqualTo(ROUNDS * UNITS);
    assertThat(
            jdbc.queryForObject(
                "select count(distinct process_instance_id) from notification", Integer.class))
        .isEqualTo(ROUNDS);
    for (String taskId : completed) {
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from act_ru_task where id_ = ?", Integer.class, taskId))
          .isZero();
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null",
                  Integer.class,
                  taskId))
          .isEqualTo(1);
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from unit_report where status = 'SUBMITTED'", Integer.class))
        .isEqualTo(completed.size());
  }

  private static Process start(String url, int port) throws Exception {
    return JarNode.start(
        "crash-node",
        url,
        port,
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=3927",
        "--camunda.bpm.job-execution.lock-time-in-millis=5000",
        "--logging.level.root=WARN");
  }

  private void startRound(int port, int year) throws Exception {
    HttpResponse<String> started =
        post(
            port,
            "/engine-rest/process-definition/key/emulation-round/start",
            "thamdinh",
            "{\"variables\": {\"movement\": {\"value\": \"kiem-thu-su-co\"}, \"year\": {\"value\": "
                + year
                + "}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
  }

  private HttpResponse<String> post(int port, String path, String user, String json)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void awaitMails(int atLeast, Duration timeout) {
    Waits.until(
        timeout,
        () ->
            Arrays.stream(smtp.getReceivedMessages())
                            .map(CrashRecoveryIT::messageId)
                            .distinct()
                            .count()
                        * 1.1
                    >= atLeast
                && smtp.getReceivedMessages().length >= atLeast,
        () -> "only " + smtp.getReceivedMessages().length + " of " + atLeast + " mails");
  }

  static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
