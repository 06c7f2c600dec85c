package vn.ldtbxh.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;
import vn.ldtbxh.thidua.OwnApplication;
import vn.ldtbxh.thidua.ProcessTestSupport;

/**
 * Notifications over real SMTP (GreenMail): the right people get each mail once, in Vietnamese; an
 * SMTP outage makes the job retry and then raise an incident, and a retry after SMTP is back
 * delivers.
 */
@TestPropertySource(
    properties = {
      "spring.mail.host=127.0.0.1",
      "spring.mail.properties.mail.smtp.connectiontimeout=2000",
      "spring.mail.properties.mail.smtp.timeout=2000"
    })
@OwnApplication
class NotificationMailIT extends ProcessTestSupport {

  /** A free port: these tests may run beside others that receive mail too. */
  static final int SMTP_PORT = StallingSmtp.freePort();

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
          .withPerMethodLifecycle(true);

  @org.springframework.beans.factory.annotation.Autowired Notifier notifier;

  @org.springframework.test.context.DynamicPropertySource
  static void smtpPort(org.springframework.test.context.DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  ProcessInstance round;

  @BeforeEach
  void openRound() {
    deleteAllRounds();
    jdbc.update("delete from notification");
    setClock("2018-11-20T09:00");
    round =
        runtime.startProcessInstanceByKey(
            "emulation-round",
            vars(
                "movement",
                "vi-nguoi-ngheo-2018-2020",
                "year",
                2018,
                "unitCodes",
                "dongxoai,budang"));
  }

  @Test
  void theAnnouncementReachesEveryMemberOfEachUnitOnceInVietnamese() throws Exception {
    runDueJobs();
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(recipients(mails))
        .containsExactlyInAnyOrder(
            "dongxoai@demo.ldtbxh.binhphuoc.gov.vn", "budang@demo.ldtbxh.binhphuoc.gov.vn");
    assertThat(mails[0].getSubject())
        .isEqualTo(
            "Thông báo đợt thi đua hằng năm năm 2018: báo cáo kết quả trước 17/12/2018 17:00");
    assertThat(GreenMailUtil.getBody(mails[0])).isNotBlank();
    assertThat(mails[0].getMessageID()).startsWith("<" + round.getId() + ".announcement.");

    // the same notice again, as a job retried after a crash would send it: nothing more is sent
    Notice again =
        new Notice(
            "unit-dongxoai",
            NotificationKind.ANNOUNCEMENT,
            round.getId(),
            "round-2018",
            vietnam("2018-12-17T17:00"),
            "lặp lại",
            "lặp lại");
    assertThat(notifier.send(again)).isFalse();
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from notification where kind = 'ANNOUNCEMENT'", Integer.class))
        .isEqualTo(2);
  }

  @Test
  void anSmtpOutageRaisesAnIncidentAndARetryDeliversExactlyOnce() throws Exception {
    smtp.stop();
    Job announce = management.createJobQuery().processInstanceId(round.getId()).singleResult();
    for (int attempt = 0; attempt < 5; attempt++) {
      String id = announce.getId();
      assertThatThrownBy(() -> management.executeJob(id)).isNotNull();
    }
    Incident incident =
        engine
            .getRuntimeService()
            .createIncidentQuery()
            .processInstanceId(round.getId())
            .singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getActivityId()).isEqualTo("announceRound");
    assertThat(jdbc.queryForObject("select count(*) from notification", Integer.class)).isZero();

    smtp.start();
    management.setJobRetries(announce.getId(), 1);
    management.executeJob(announce.getId());
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    assertThat(
            engine
                .getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(round.getId())
                .count())
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from notification where channel = 'EMAIL'", Integer.class))
        .isEqualTo(2);
  }

  private static List<String> recipients(MimeMessage[] mails) throws Exception {
    return Arrays.stream(mails)
        .flatMap(
            mail -> {
              try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }
}
