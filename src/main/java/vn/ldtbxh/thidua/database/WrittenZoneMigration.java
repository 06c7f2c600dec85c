package vn.ldtbxh.thidua.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Migration 15: the moments of a database written before the application pinned its default zone to
 * UTC ({@link HostZone}) are converted to UTC. Until then every {@code timestamp} (without time
 * zone) column, the application's and the engine's ({@code ACT_*}), held the wall time of the
 * writing node's zone. That zone is {@code thidua.database.written-zone}
 * (THIDUA_DATABASE_WRITTENZONE), by default the host's zone as the JVM found it; nothing is done
 * when it is UTC, nor on a database that Flyway creates in this very start (its rows are written in
 * UTC already).
 *
 * <p>Every such column of the schema is converted, found in the information schema (the history
 * table of Flyway excepted). A zone whose offset did not change over the stored moments
 * (Asia/Ho_Chi_Minh: +07:00 since 1975) is a shift in SQL; otherwise each row is converted by its
 * primary key, a local time falling twice in a daylight saving change taken as the earlier instant,
 * one in the gap shifted by its length.
 */
@Component
public class WrittenZoneMigration implements JavaMigration, Callback {

  static final String SETTING = "thidua.database.written-zone";
  private static final Logger LOG = LoggerFactory.getLogger(WrittenZoneMigration.class);
  private static final int BATCH = 500;

  private final ZoneId configured;

  /**
   * Whether the database had applied migrations before this run of Flyway; null: not known
   * (converted).
   */
  private volatile Boolean existingDatabase;

  public WrittenZoneMigration(@Value("${" + SETTING + ":}") String writtenZone) {
    this.configured =
        writtenZone == null || writtenZone.isBlank() ? null : ZoneId.of(writtenZone.trim());
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("15");
  }

  @Override
  public String getDescription() {
    return "timestamps written in the host zone to UTC";
  }

  @Override
  public Integer getChecksum() {
    return 15;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  // Flyway callback: before migrating, whether this database had been migrated by an earlier start.

  @Override
  public boolean supports(Event event, org.flywaydb.core.api.callback.Context context) {
    return event == Event.BEFORE_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(
      Event event, org.flywaydb.core.api.callback.Context context) {
    return true;
  }

  @Override
  public void handle(Event event, org.flywaydb.core.api.callback.Context context) {
    String table = context.getConfiguration().getTable();
    try {
      existingDatabase = hasAppliedMigrations(context.getConnection(), table);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read Flyway's history table " + table, e);
    }
  }

  @Override
  public String getCallbackName() {
    return "existing database check";
  }

  private static boolean hasAppliedMigrations(Connection connection, String table)
      throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String name : List.of(table, table.toUpperCase(), table.toLowerCase())) {
      try (ResultSet tables =
          meta.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
        if (tables.next()) {
          try (Statement statement = connection.createStatement();
              ResultSet rows =
                  statement.executeQuery(
                      "select count(*) from "
                          + quote(tables.getString("TABLE_NAME"))
                          + " where "
                          + quote("success")
                          + " = true and "
                          + quote("version")
                          + " is not null")) {
            rows.next();
            return rows.getLong(1) > 0;
          }
        }
      }
    }
    return false;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    ZoneId zone = configured != null ? configured : HostZone.host();
    String source = configured != null ? SETTING : "the host's time zone";
    if (Boolean.FALSE.equals(existingDatabase)) {
      LOG.info("New database: its moments are written in UTC, nothing to convert");
      return;
    }
    if (isUtc(zone)) {
      LOG.info("Moments written in {} ({}): nothing to convert", zone.getId(), source);
      return;
    }
    Connection connection = context.getConnection();
    String database = CamundaSchemaMigration.databaseType(connection.getMetaData());
    Map<String, List<String>> columns =
        timestampColumns(connection, database, context.getConfiguration().getTable());
    LocalDateTime[] range = range(connection, columns);
    if (range == null) {
      LOG.info("No stored moment to convert from {} ({})", zone.getId(), source);
      return;
    }
    ZoneOffset offset = fixedOffset(zone.getRules(), range[0], range[1]);
    LOG.info(
        "Converting the moments stored from {} to {} from {} ({}) to UTC, {}",
        range[0],
        range[1],
        zone.getId(),
        source,
        offset != null
            ? "shifted by " + offset.getId()
            : "row by row (the offset changed meanwhile)");
    long total = 0;
    for (Map.Entry<String, List<String>> table : columns.entrySet()) {
      long rows =
          offset != null
              ? shift(connection, database, table.getKey(), table.getValue(), offset)
              : convertRows(connection, table.getKey(), table.getValue(), zone);
      if (rows > 0) {
        LOG.info(
            "Converted {} rows of {} ({}) to UTC",
            rows,
            table.getKey(),
            String.join(", ", table.getValue()));
      }
      total += rows;
    }
    LOG.info(
        "Converted {} rows of the {} tables holding moments from {} to UTC",
        total,
        columns.size(),
        zone.getId());
  }

  static boolean isUtc(ZoneId zone) {
    ZoneRules rules = zone.getRules();
    return rules.isFixedOffset() && rules.getOffset(Instant.EPOCH).getTotalSeconds() == 0;
  }

  /** The zone's offset if it is the same for every moment between the two wall times, else null. */
  static ZoneOffset fixedOffset(ZoneRules rules, LocalDateTime first, LocalDateTime last) {
    Instant from = first.toInstant(ZoneOffset.UTC).minus(Duration.ofDays(1));
    Instant to = last.toInstant(ZoneOffset.UTC).plus(Duration.ofDays(1));
    ZoneOffsetTransition next = rules.nextTransition(from);
    return next == null || next.getInstant().isAfter(to) ? rules.getOffset(from) : null;
  }

  /** Table to its timestamp (without time zone) columns, in the connection's schema. */
  static Map<String, List<String>> timestampColumns(
      Connection connection, String database, String historyTable) throws SQLException {
    String type = "postgres".equals(database) ? "timestamp without time zone" : "TIMESTAMP";
    Map<String, List<String>> columns = new LinkedHashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select c.table_name, c.column_name "
                + "from information_schema.columns c join information_schema.tables t "
                + "on t.table_schema = c.table_schema and t.table_name = c.table_name "
                + "where c.table_schema = ? and t.table_type = 'BASE TABLE' and c.data_type = ? "
                + "order by c.table_name, c.ordinal_position")) {
      statement.setString(1, connection.getSchema());
      statement.setString(2, type);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String table = rows.getString(1);
          if (!table.equalsIgnoreCase(historyTable)) {
            columns.computeIfAbsent(table, t -> new ArrayList<>()).add(rows.getString(2));
          }
        }
      }
    }
    return columns;
  }

  /** The earliest and latest wall time stored in the columns, or null when they are all empty. */
  private static LocalDateTime[] range(Connection connection, Map<String, List<String>> columns)
      throws SQLException {
    LocalDateTime first = null;
    LocalDateTime last = null;
    for (Map.Entry<String, List<String>> table : columns.entrySet()) {
      String select =
          table.getValue().stream()
              .map(c -> "min(" + quote(c) + "), max(" + quote(c) + ")")
              .collect(Collectors.joining(", "));
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery("select " + select + " from " + quote(table.getKey()))) {
        rows.next();
        for (int i = 1; i <= table.getValue().size() * 2; i++) {
          LocalDateTime value = rows.getObject(i, LocalDateTime.class);
          if (value != null) {
            first = first == null || value.isBefore(first) ? value : first;
            last = last == null || value.isAfter(last) ? value : last;
          }
        }
      }
    }
    return first == null ? null : new LocalDateTime[] {first, last};
  }

  private static long shift(
      Connection connection, String database, String table, List<String> columns, ZoneOffset offset)
      throws SQLException {
    int seconds = -offset.getTotalSeconds();
    String set =
        columns.stream()
            .map(
                c ->
                    quote(c)
                        + " = "
                        + ("postgres".equals(database)
                            ? quote(c) + " + interval '" + seconds + " seconds'"
                            : "dateadd(second, " + seconds + ", " + quote(c) + ")"))
            .collect(Collectors.joining(", "));
    String anyValue =
        columns.stream().map(c -> quote(c) + " is not null").collect(Collectors.joining(" or "));
    try (Statement statement = connection.createStatement()) {
      return statement.executeUpdate(
          "update " + quote(table) + " set " + set + " where " + anyValue);
    }
  }

  private static long convertRows(
      Connection connection, String table, List<String> columns, ZoneId zone) throws SQLException {
    List<String> keys = primaryKey(connection, table);
    if (keys.isEmpty()) {
      throw new IllegalStateException(
          "Table "
              + table
              + " has no primary key: its moments cannot be converted row "
              + "by row from "
              + zone.getId()
              + " to UTC. Convert them by other means and set "
              + SETTING
              + "=UTC");
    }
    String select =
        "select "
            + String.join(", ", keys.stream().map(WrittenZoneMigration::quote).toList())
            + ", "
            + String.join(", ", columns.stream().map(WrittenZoneMigration::quote).toList())
            + " from "
            + quote(table);
    String update =
        "update "
            + quote(table)
            + " set "
            + columns.stream().map(c -> quote(c) + " = ?").collect(Collectors.joining(", "))
            + " where "
            + keys.stream().map(k -> quote(k) + " = ?").collect(Collectors.joining(" and "));
    long converted = 0;
    try (Statement reading = connection.createStatement();
        ResultSet rows = reading.executeQuery(select);
        PreparedStatement writing = connection.prepareStatement(update)) {
      int pending = 0;
      while (rows.next()) {
        boolean any = false;
        for (int i = 0; i < columns.size(); i++) {
          LocalDateTime local = rows.getObject(keys.size() + i + 1, LocalDateTime.class);
          if (local == null) {
            writing.setNull(i + 1, Types.TIMESTAMP);
          } else {
            any = true;
            writing.setObject(
                i + 1, local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
          }
        }
        if (!any) {
          writing.clearParameters();
          continue;
        }
        for (int k = 0; k < keys.size(); k++) {
          writing.setObject(columns.size() + k + 1, rows.getObject(k + 1));
        }
        writing.addBatch();
        converted++;
        if (++pending == BATCH) {
          writing.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        writing.executeBatch();
      }
    }
    return converted;
  }

  private static List<String> primaryKey(Connection connection, String table) throws SQLException {
    Map<Short, String> keys = new TreeMap<>();
    try (ResultSet rows =
        connection
            .getMetaData()
            .getPrimaryKeys(connection.getCatalog(), connection.getSchema(), table)) {
      while (rows.next()) {
        keys.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME"));
      }
    }
    return new ArrayList<>(keys.values());
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
