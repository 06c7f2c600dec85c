package vn.ldtbxh.thidua.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** The JVM's default zone is pinned to UTC and the host's zone is kept. */
@Isolated
class HostZoneTest {

  private final TimeZone original = TimeZone.getDefault();

  @AfterEach
  void restoreDefaultZone() {
    TimeZone.setDefault(original);
  }

  @Test
  void pinsUtcAndKeepsTheHostZone() {
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));

    assertThat(HostZone.pinToUtc()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
    assertThat(HostZone.host()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(System.getProperty(HostZone.PROPERTY)).isEqualTo("Asia/Ho_Chi_Minh");

    // a second start in the same JVM finds its own UTC: the host's zone stays what it was
    assertThat(HostZone.pinToUtc()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(HostZone.host()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));

    // a host whose zone is UTC under another name
    TimeZone.setDefault(TimeZone.getTimeZone("Etc/UTC"));
    assertThat(HostZone.pinToUtc()).isEqualTo(ZoneId.of("Etc/UTC"));
    assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
    assertThat(System.getProperty(HostZone.PROPERTY)).isEqualTo("Etc/UTC");
  }

  @Test
  void thePostProcessorPinsWhenTheEnvironmentIsPrepared() {
    TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));

    new UtcDefaultZone(new DeferredLogs())
        .postProcessEnvironment(new StandardEnvironment(), new SpringApplication());

    assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
    assertThat(HostZone.host()).isEqualTo(ZoneId.of("America/New_York"));
  }

  @Test
  void thePostProcessorIsRegisteredForEveryStart() {
    var processors =
        SpringFactoriesLoader.forDefaultResourceLocation()
            .load(
                EnvironmentPostProcessor.class,
                SpringFactoriesLoader.ArgumentResolver.of(
                    DeferredLogFactory.class, new DeferredLogs()));

    assertThat(processors).hasAtLeastOneElementOfType(UtcDefaultZone.class);
  }
}
