package vn.ldtbxh.thidua.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.ldtbxh.thidua.common.Rows;

/** The record of every notification sent. */
@Repository
public class NotificationRepository {

  private final JdbcTemplate jdbc;

  public NotificationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean exists(Notice notice) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from notification where process_instance_id = ? and kind = ? and about_at = ? and recipient = ?",
            Integer.class,
            notice.processInstanceId(),
            notice.kind().name(),
            Timestamp.from(notice.aboutAt()),
            notice.recipientGroup());
    return count != null && count > 0;
  }

  public void insert(
      Notice notice, Instant sentAt, String channel, int recipients, String messageId) {
    jdbc.update(
        "insert into notification (recipient, kind, process_instance_id, business_key, about_at, sent_at, "
            + "channel, recipients_count, subject, message_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        notice.recipientGroup(),
        notice.kind().name(),
        notice.processInstanceId(),
        notice.businessKey(),
        Timestamp.from(notice.aboutAt()),
        Timestamp.from(sentAt),
        channel,
        recipients,
        truncate(notice.subject()),
        messageId);
  }

  public List<Map<String, Object>> findByBusinessKey(String businessKey) {
    return Rows.lowerCaseKeys(
        jdbc.queryForList(
            "select recipient, kind, about_at, sent_at, channel, subject from notification "
                + "where business_key = ? order by sent_at, id",
            businessKey));
  }

  public int countByInstanceAndKind(String processInstanceId, NotificationKind kind) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from notification where process_instance_id = ? and kind = ?",
            Integer.class,
            processInstanceId,
            kind.name());
    return count == null ? 0 : count;
  }

  private static String truncate(String subject) {
    return subject.length() <= 500 ? subject : subject.substring(0, 500);
  }
}
