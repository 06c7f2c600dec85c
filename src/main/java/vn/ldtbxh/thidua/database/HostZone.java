package vn.ldtbxh.thidua.database;

import java.time.ZoneId;
import java.util.TimeZone;

/**
 * The application runs with the JVM's default time zone set to UTC, whatever the host's zone: the
 * JDBC drivers (H2, PostgreSQL) and the engine's MyBatis mappings turn every {@code
 * java.sql.Timestamp} and {@code java.util.Date} into a {@code timestamp} (without time zone) value
 * through that zone, so with UTC every node writes and reads the same wall time for the same
 * instant. Dates shown to users are formatted in Asia/Ho_Chi_Minh explicitly ({@code
 * VietnameseFormats.ZONE}), never with the default zone.
 *
 * <p>The host's own zone, as the JVM found it before the pin, is kept here and in the system
 * property {@value #PROPERTY}: the rows of a database written before the pin are in that zone
 * ({@link WrittenZoneMigration}).
 */
public final class HostZone {

  /** System property holding the id of the host's zone. */
  public static final String PROPERTY = "thidua.host-zone";

  static final String UTC = "UTC";

  private static ZoneId host;

  private HostZone() {}

  /**
   * Records the JVM's current default zone as the host's and sets the default to UTC. A default
   * that is already the UTC this class set keeps the zone recorded before; any other default (the
   * host's, or one set since) is recorded.
   *
   * @return the host's zone
   */
  public static synchronized ZoneId pinToUtc() {
    TimeZone current = TimeZone.getDefault();
    if (host == null || !UTC.equals(current.getID())) {
      host = current.toZoneId();
      System.setProperty(PROPERTY, host.getId());
    }
    TimeZone.setDefault(TimeZone.getTimeZone(UTC));
    forgetH2CachedZone();
    return host;
  }

  /**
   * H2 keeps the default zone it saw first for the sessions it opens later: a JVM that used H2
   * before the pin (another program embedding the application, a test) must not keep the old zone
   * there.
   */
  private static void forgetH2CachedZone() {
    try {
      Class.forName("org.h2.util.DateTimeUtils", true, HostZone.class.getClassLoader())
          .getMethod("resetCalendar")
          .invoke(null);
    } catch (ReflectiveOperationException | LinkageError e) {
      // no H2 here: nothing cached
    }
  }

  /**
   * The host's zone recorded by {@link #pinToUtc()}; the JVM's default zone when nothing was pinned
   * yet.
   */
  public static synchronized ZoneId host() {
    return host != null ? host : ZoneId.systemDefault();
  }
}
