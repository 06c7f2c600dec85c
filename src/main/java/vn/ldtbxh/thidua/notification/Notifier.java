package vn.ldtbxh.thidua.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ldtbxh.thidua.organization.Unit;
import vn.ldtbxh.thidua.organization.UnitSuccession;

/**
 * Sends a notice to the members of a group by e-mail and records it. Call it only from an engine
 * job (an asynchronous continuation or a timer): identity look-ups inside a user's call would run
 * under that user's authorizations. Each notice is recorded in its own transaction as soon as it is
 * sent, and a notice already recorded is not sent again: a job that sends several notices and fails
 * after some of them sends, when retried, only the others. When SMTP fails the job fails, and the
 * engine retries it (then raises an incident). Without {@code spring.mail.host} the notice is
 * logged and recorded. Between a mail's sending and its record a crash can only repeat that one
 * mail, with the same Message-ID. A job (one engine transaction) starts no new mail after {@code
 * thidua.mail.job-time-limit}: it fails and its retry sends the rest, so the job ends well within
 * the engine's lock time.
 */
@Service
public class Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

  private final NotificationRepository notifications;
  private final IdentityService identity;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final String from;
  private final TransactionTemplate ownTransaction;
  private final Duration jobTimeLimit;
  private final Clock clock;
  private final UnitSuccession succession;

  /** The key under which the start of the current job's first mail is bound to its transaction. */
  private final Object jobStartKey = new Object();

  public Notifier(
      NotificationRepository notifications,
      IdentityService identity,
      ObjectProvider<JavaMailSender> mailSender,
      PlatformTransactionManager transactions,
      @Value("${thidua.mail.from:thidua@ldtbxh.binhphuoc.gov.vn}") String from,
      @Value("${thidua.mail.job-time-limit:60s}") Duration jobTimeLimit,
      Clock clock,
      UnitSuccession succession) {
    this.succession = succession;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.notifications = notifications;
    this.identity = identity;
    this.mailSender = mailSender;
    this.from = from;
    this.jobTimeLimit = jobTimeLimit;
    this.clock = clock;
  }

  /** Sends the notice unless it was sent before; returns whether it was sent now. */
  public boolean send(Notice notice) {
    if (Boolean.TRUE.equals(ownTransaction.execute(status -> notifications.exists(notice)))) {
      LOG.info(
          "Notice {} for {} about {} already sent, skipped",
          notice.kind(),
          notice.recipientGroup(),
          notice.aboutAt());
      return false;
    }
    List<String> addresses =
        recipientGroups(notice.recipientGroup()).stream()
            .flatMap(group -> identity.createUserQuery().memberOfGroup(group).list().stream())
            .map(User::getEmail)
            .filter(Objects::nonNull)
            .filter(address -> !address.isBlank())
            .distinct()
            .toList();
    String messageId = messageId(notice);
    JavaMailSender sender = mailSender.getIfAvailable();
    String channel;
    if (sender != null && !addresses.isEmpty()) {
      checkJobTime(notice);
      sender.send(compose(sender, notice, addresses, messageId));
      channel = "EMAIL";
    } else {
      channel = "LOG";
    }
    String sentChannel = channel;
    ownTransaction.executeWithoutResult(
        status ->
            notifications.insert(
                notice, clock.instant(), sentChannel, addresses.size(), messageId));
    LOG.info(
        "Notice {} to group {} ({} addresses, {}) about {}: {}",
        notice.kind(),
        notice.recipientGroup(),
        addresses.size(),
        channel,
        notice.aboutAt(),
        notice.businessKey());
    return true;
  }

  /**
   * The groups whose members receive a notice to {@code group}: the group, and for a unit that
   * ended into another, the groups of the units that took over its work.
   */
  private List<String> recipientGroups(String group) {
    if (!group.startsWith(Unit.GROUP_PREFIX)) {
      return List.of(group);
    }
    return succession.actingUnits(group.substring(Unit.GROUP_PREFIX.length())).stream()
        .map(Unit::groupIdOf)
        .toList();
  }

  /**
   * Fails the job when it has been mailing for longer than the limit, before it starts another
   * mail. The time counts from the first mail of the current transaction (one job); without a
   * transaction, no limit.
   */
  private void checkJobTime(Notice notice) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    Long startedAt = (Long) TransactionSynchronizationManager.getResource(jobStartKey);
    long now = System.nanoTime();
    if (startedAt == null) {
      TransactionSynchronizationManager.bindResource(jobStartKey, now);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(jobStartKey);
            }
          });
      return;
    }
    Duration spent = Duration.ofNanos(now - startedAt);
    if (spent.compareTo(jobTimeLimit) >= 0) {
      throw new JobTimeLimitException(
          ("Notification job stopped after mailing for %d s (limit %d s) before notice %s "
                  + "to %s; the notices sent are recorded and its retry sends the others")
              .formatted(
                  spent.toSeconds(),
                  jobTimeLimit.toSeconds(),
                  notice.kind(),
                  notice.recipientGroup()));
    }
  }

  /**
   * The same notice always carries the same Message-ID, so a mail re-sent after a crash is
   * recognisable.
   */
  static String messageId(Notice notice) {
    return "<%s.%s.%d.%s@thidua>"
        .formatted(
            notice.processInstanceId(),
            notice.kind().name().toLowerCase(),
            notice.aboutAt().getEpochSecond(),
            notice.recipientGroup());
  }

  private MimeMessage compose(
      JavaMailSender sender, Notice notice, List<String> addresses, String messageId) {
    try {
      MimeMessage message = new FixedIdMimeMessage(sender.createMimeMessage(), messageId);
      MimeMessageHelper helper =
          new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(
          new InternetAddress(from, "Thi đua - khen thưởng", StandardCharsets.UTF_8.name()));
      helper.setTo(addresses.toArray(String[]::new));
      helper.setSubject(notice.subject());
      helper.setText(
          notice.body()
              + "\n\n--\nHệ thống Thi đua - khen thưởng, Sở Lao động - Thương binh và Xã hội"
              + "\nThư gửi tự động, vui lòng không trả lời thư này.");
      return message;
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailPreparationException(e);
    }
  }

  /** A notification job ran out of time; the engine retries it. */
  static class JobTimeLimitException extends RuntimeException {
    JobTimeLimitException(String message) {
      super(message);
    }
  }

  static class MailPreparationException extends MailException {
    MailPreparationException(Exception cause) {
      super("Could not prepare the notification mail", cause);
    }
  }
}
