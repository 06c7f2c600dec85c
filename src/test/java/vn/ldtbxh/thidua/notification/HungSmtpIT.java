package vn.ldtbxh.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ldtbxh.thidua.OwnApplication;
import vn.ldtbxh.thidua.ProcessTestSupport;

/**
 * An SMTP server that accepts connections and never answers: the notification job fails within the
 * mail timeouts (1 s here, 10 s in production), is retried, raises an incident only when its
 * retries are spent, and once the server answers again every notice is mailed exactly once. A slow
 * server: the job stops after its time limit and the retry sends the rest.
 */
@OwnApplication
class HungSmtpIT extends ProcessTestSupport {

  static final int REAL_PORT = StallingSmtp.freePort();
  static final StallingSmtp SMTP = new StallingSmtp(0, REAL_PORT);
  static final Duration JOB_TIME_LIMIT = Duration.ofMillis(1500);

  @RegisterExtension
  static GreenMailExtension real =
      new GreenMailExtension(new ServerSetup(REAL_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
          .withPerMethodLifecycle(true);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", SMTP::port);
    registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "1000");
    registry.add("spring.mail.properties.mail.smtp.timeout", () -> "1000");
    registry.add("spring.mail.properties.mail.smtp.writetimeout", () -> "1000");
    registry.add("thidua.mail.job-time-limit", () -> JOB_TIME_LIMIT.toString());
  }

  @AfterAll
  static void stopSmtp() throws Exception {
    SMTP.close();
  }

  ProcessInstance round;
  Job announce;

  @BeforeEach
  void openRound() {
    deleteAllRounds();
    jdbc.update("delete from notification");
    setClock("2018-11-20T09:00");
  }

  void open(String unitCodes) {
    round =
        runtime.startProcessInstanceByKey(
            "emulation-round",
            vars("movement", "vi-nguoi-ngheo-2018-2020", "year", 2018, "unitCodes", unitCodes));
    announce =
        management
            .createJobQuery()
            .processInstanceId(round.getId())
            .activityId("announceRound")
            .singleResult();
    assertThat(announce.getRetries()).isEqualTo(5);
  }

  @Test
  void aHungServerFailsTheJobInTimeItIsRetriedAndEachNoticeIsMailedOnce() throws Exception {
    open("dongxoai,budang");

    SMTP.hang();
    failsWithinTheTimeout("timed out");
    Job failed = job();
    assertThat(failed.getRetries()).isEqualTo(4);
    assertThat(failed.getExceptionMessage()).contains("timed out");
    assertThat(incidents()).isZero();
    assertThat(recorded()).isZero();

    // the first mail goes through, the server hangs on the second: the first is recorded at once
    SMTP.passOnThenHang(1);
    failsWithinTheTimeout("timed out");
    assertThat(real.getReceivedMessages()).hasSize(1);
    assertThat(recorded()).isEqualTo(1);
    assertThat(job().getRetries()).isEqualTo(3);
    assertThat(incidents()).isZero();

    // still hung: the retries run out, and only then an incident
    SMTP.hang();
    for (int retries = 2; retries >= 0; retries--) {
      failsWithinTheTimeout("timed out");
      assertThat(job().getRetries()).isEqualTo(retries);
      assertThat(incidents()).isEqualTo(retries == 0 ? 1 : 0);
    }

    // the server answers again: the retry mails only the notice not sent yet
    SMTP.passOnAll(0);
    management.setJobRetries(announce.getId(), 1);
    management.executeJob(announce.getId());
    assertThat(job()).isNull();
    assertThat(incidents()).isZero();
    assertThat(recipients(real.getReceivedMessages()))
        .containsExactlyInAnyOrder(
            "dongxoai@demo.ldtbxh.binhphuoc.gov.vn", "budang@demo.ldtbxh.binhphuoc.gov.vn");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from notification where kind = 'ANNOUNCEMENT' and channel = 'EMAIL'",
                Integer.class))
        .isEqualTo(2);
  }

  @Test
  void aSlowServerStopsTheJobAfterItsTimeLimitAndTheRetrySendsTheRest() throws Exception {
    open("dongxoai,budang,phuoclong,binhlong,chonthanh");
    // each mail waits 600 ms for its connection: the limit (1.5 s) passes before the five are sent
    SMTP.passOnAll(600);
    assertThatThrownBy(() -> management.executeJob(announce.getId())).hasMessageContaining("limit");
    int sent = real.getReceivedMessages().length;
    assertThat(sent).isBetween(1, 4);
    assertThat(recorded()).isEqualTo(sent);
    assertThat(job().getRetries()).isEqualTo(4);
    assertThat(job().getExceptionMessage()).contains("stopped after mailing");

    SMTP.passOnAll(0);
    while (job() != null) {
      management.executeJob(announce.getId());
    }
    List<String> recipients = recipients(real.getReceivedMessages());
    assertThat(recipients).hasSize(5).doesNotHaveDuplicates();
    assertThat(recorded()).isEqualTo(5);
  }

  private void failsWithinTheTimeout(String message) {
    long start = System.nanoTime();
    assertThatThrownBy(() -> management.executeJob(announce.getId()))
        .hasStackTraceContaining(message);
    // 1 s of read timeout, and some room for a busy machine; without timeouts it would hang for
    // ever
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
  }

  private Job job() {
    return management.createJobQuery().jobId(announce.getId()).singleResult();
  }

  private long incidents() {
    return runtime.createIncidentQuery().processInstanceId(round.getId()).count();
  }

  private int recorded() {
    return jdbc.queryForObject("select count(*) from notification", Integer.class);
  }

  private static List<String> recipients(MimeMessage[] mails) throws Exception {
    List<String> recipients = new ArrayList<>();
    for (MimeMessage mail : mails) {
      for (var address : mail.getRecipients(Message.RecipientType.TO)) {
        recipients.add(address.toString());
      }
    }
    return recipients;
  }
}
