package vn.ldtbxh.thidua.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Migration 15 on H2, without the application: which rows it converts and how. */
@Isolated
class WrittenZoneMigrationTest {

  private final TimeZone original = TimeZone.getDefault();
  private final String url = "jdbc:h2:mem:zone-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  @BeforeEach
  void pin() {
    HostZone.pinToUtc();
  }

  @AfterEach
  void restoreDefaultZone() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute("shutdown");
    }
    TimeZone.setDefault(original);
  }

  @Test
  void aNewDatabaseIsLeftAsWrittenWhateverTheWrittenZone() throws SQLException {
    Migrations.migrate(url, "sa", "", "latest", new WrittenZoneMigration("Asia/Ho_Chi_Minh"));

    // written by migration 2 in this run, through the pinned UTC
    assertThat(value("select min(updated_at) from unit"))
        .isCloseTo(LocalDateTime.now(ZoneOffset.UTC), within(5, ChronoUnit.MINUTES));
  }

  @Test
  void rowsWrittenInVietnamAreShiftedToUtc() throws SQLException {
    Migrations.migrate(url, "sa", "", "14", null);
    LocalDateTime seeded = value("select min(updated_at) from unit");
    insertNotification("2026-03-02 15:00:00", "2026-03-02 23:30:00");
    execute(
        "insert into ACT_HI_TASKINST (ID_, NAME_, START_TIME_, DUE_DATE_) "
            + "values ('zone-task', 'Lập báo cáo', timestamp '2026-01-01 06:15:00', timestamp '2026-01-05 17:00:00')");

    Migrations.migrate(url, "sa", "", "latest", new WrittenZoneMigration("Asia/Ho_Chi_Minh"));

    assertThat(value("select about_at from notification"))
        .isEqualTo(LocalDateTime.parse("2026-03-02T08:00:00"));
    assertThat(value("select sent_at from notification"))
        .isEqualTo(LocalDateTime.parse("2026-03-02T16:30:00"));
    assertThat(value("select START_TIME_ from ACT_HI_TASKINST"))
        .isEqualTo(LocalDateTime.parse("2025-12-31T23:15:00"));
    assertThat(value("select DUE_DATE_ from ACT_HI_TASKINST"))
        .isEqualTo(LocalDateTime.parse("2026-01-05T10:00:00"));
    assertThat(value("select END_TIME_ from ACT_HI_TASKINST")).isNull();
    assertThat(value("select min(updated_at) from unit")).isEqualTo(seeded.minusHours(7));
  }

  @Test
  void aZoneWithDaylightSavingIsConvertedRowByRow() throws SQLException {
    Migrations.migrate(url, "sa", "", "14", null);
    insertNotification("2026-01-15 10:00:00", "2026-07-15 10:00:00");

    Migrations.migrate(url, "sa", "", "latest", new WrittenZoneMigration("America/New_York"));

    assertThat(value("select about_at from notification"))
        .isEqualTo(LocalDateTime.parse("2026-01-15T15:00:00"));
    assertThat(value("select sent_at from notification"))
        .isEqualTo(LocalDateTime.parse("2026-07-15T14:00:00"));
  }

  @Test
  void rowsWrittenInUtcAreLeftAsTheyAre() throws SQLException {
    Migrations.migrate(url, "sa", "", "14", null);
    insertNotification("2026-03-02 15:00:00", "2026-03-02 23:30:00");

    Migrations.migrate(url, "sa", "", "latest", new WrittenZoneMigration("Etc/UTC"));

    assertThat(value("select about_at from notification"))
        .isEqualTo(LocalDateTime.parse("2026-03-02T15:00:00"));
  }

  @Test
  void theOffsetIsFixedOnlyWhenNoTransitionFallsAmongTheStoredMoments() {
    var vietnam = ZoneId.of("Asia/Ho_Chi_Minh").getRules();
    assertThat(
            WrittenZoneMigration.fixedOffset(
                vietnam,
                LocalDateTime.parse("2000-01-01T00:00"),
                LocalDateTime.parse("2030-01-01T00:00")))
        .isEqualTo(ZoneOffset.ofHours(7));
    assertThat(
            WrittenZoneMigration.fixedOffset(
                vietnam,
                LocalDateTime.parse("1970-01-01T00:00"),
                LocalDateTime.parse("2030-01-01T00:00")))
        .isNull();
    var newYork = ZoneId.of("America/New_York").getRules();
    assertThat(
            WrittenZoneMigration.fixedOffset(
                newYork,
                LocalDateTime.parse("2026-01-01T00:00"),
                LocalDateTime.parse("2026-01-31T00:00")))
        .isEqualTo(ZoneOffset.ofHours(-5));
    assertThat(
            WrittenZoneMigration.fixedOffset(
                newYork,
                LocalDateTime.parse("2026-01-01T00:00"),
                LocalDateTime.parse("2026-07-01T00:00")))
        .isNull();
    assertThat(WrittenZoneMigration.isUtc(ZoneId.of("Etc/UTC"))).isTrue();
    assertThat(WrittenZoneMigration.isUtc(ZoneId.of("Europe/London"))).isFalse();
  }

  private void insertNotification(String aboutAt, String sentAt) throws SQLException {
    execute(
        "insert into notification (recipient, kind, process_instance_id, business_key, about_at, sent_at, channel, "
            + "recipients_count, subject, message_id) values ('unit-dongxoai', 'REMINDER', 'pi-1', 'bk-1', timestamp '"
            + aboutAt
            + "', timestamp '"
            + sentAt
            + "', 'LOG', 1, 'Nhắc hạn', 'm-1')");
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private LocalDateTime value(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getObject(1, LocalDateTime.class);
    }
  }
}
