package vn.ldtbxh.thidua.database;

import java.time.ZoneId;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Pins the JVM's default zone to UTC ({@link HostZone}) when the application's environment is
 * prepared, before any bean, data source or engine exists: this is how every start of the
 * application (the main method, a test context, a node started by another program) gets it.
 * Registered in {@code META-INF/spring.factories}.
 */
public class UtcDefaultZone implements EnvironmentPostProcessor, Ordered {

  private static ZoneId logged;

  private final Log log;

  public UtcDefaultZone(DeferredLogFactory logs) {
    this.log = logs.getLog(UtcDefaultZone.class);
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    ZoneId host = HostZone.pinToUtc();
    synchronized (UtcDefaultZone.class) {
      if (!host.equals(logged)) {
        logged = host;
        log.info(
            "Host time zone is "
                + host.getId()
                + "; the JVM default time zone is set to UTC: every moment "
                + "is stored and read in UTC");
      }
    }
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
