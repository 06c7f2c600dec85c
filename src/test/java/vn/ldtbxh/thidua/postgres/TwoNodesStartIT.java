package vn.ldtbxh.thidua.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.ldtbxh.thidua.JarNode;
import vn.ldtbxh.thidua.OwnApplication;

/**
 * Two application nodes starting at the same moment on one empty PostgreSQL database both come up,
 * and nothing is created twice: tables, groups, users, authorizations, filters, deployments.
 *
 * <p>Each node is the packaged application in a JVM of its own, as on two servers. Two Spring Boot
 * applications started at once in one JVM share static state that is not made for it: Camunda's
 * engine registry ({@code ProcessEngines}, a static {@code HashMap} that every engine writes itself
 * into, without a lock, while it is built; here both under the name "default"), the webapps'
 * runtime delegates, and the logging system that each start resets and configures. Started in one
 * JVM the test failed now and then with a ConcurrentModificationException that said nothing about
 * the application.
 */
@OwnApplication
class TwoNodesStartIT {

  @Test
  void twoNodesStartingTogetherOnAnEmptyDatabaseBothComeUpAndCreateNothingTwice() throws Exception {
    Assumptions.assumeTrue(
        JarNode.JAR.isFile(), "the packaged application (target/thidua.jar) is needed");
    String url = EmbeddedPostgres.jdbcUrl("thidua_two_nodes");
    int firstPort = JarNode.freePort();
    int secondPort = JarNode.freePort();
    String[] settings = {
      "--camunda.bpm.job-execution.enabled=false",
      "--spring.jmx.enabled=false",
      "--logging.level.root=WARN"
    };
    Process first = JarNode.start("two-nodes-1", url, firstPort, settings);
    Process second = JarNode.start("two-nodes-2", url, secondPort, settings);
    try {
      JarNode.awaitUp(first, firstPort, Duration.ofMinutes(3));
      JarNode.awaitUp(second, secondPort, Duration.ofMinutes(3));
      JdbcTemplate jdbc =
          new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
      assertThat(jdbc.queryForObject("select count(*) from act_id_group", Integer.class))
          .isEqualTo(26);
      assertThat(jdbc.queryForObject("select count(*) from act_id_user", Integer.class))
          .isEqualTo(26);
      assertThat(jdbc.queryForObject("select count(*) from act_ru_filter", Integer.class))
          .isEqualTo(3);
      for (String key : List.of("emulation-round", "unit-report", "award-nomination")) {
        assertThat(
                jdbc.queryForObject(
                    "select count(*) from act_re_procdef where key_ = ?", Integer.class, key))
            .as(key)
            .isEqualTo(1);
      }
      assertThat(jdbc.queryForObject("select count(*) from unit", Integer.class)).isEqualTo(20);
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from act_ru_authorization where group_id_ = 'managers' "
                      + "and resource_type_ = 6 and resource_id_ = '*'",
                  Integer.class))
          .isEqualTo(1);
      assertThat(
              jdbc.queryForObject(
                  "select name_ from act_id_group where id_ = 'unit-dongxoai'", String.class))
          .isEqualTo("Phòng Lao động - Thương binh và Xã hội thành phố Đồng Xoài");
      assertThat(first.isAlive() && second.isAlive()).as("both nodes still running").isTrue();
    } finally {
      JarNode.kill(first);
      JarNode.kill(second);
    }
  }
}
