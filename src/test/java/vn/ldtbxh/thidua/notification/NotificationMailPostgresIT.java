package vn.ldtbxh.thidua.notification;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ldtbxh.thidua.OwnApplication;
import vn.ldtbxh.thidua.postgres.EmbeddedPostgres;

/**
 * The same mail tests as {@link NotificationMailIT} (SMTP outage, incident, retry), on PostgreSQL.
 */
@OwnApplication
class NotificationMailPostgresIT extends NotificationMailIT {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry, "thidua_mail");
  }
}
