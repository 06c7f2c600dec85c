package vn.ldtbxh.thidua.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ldtbxh.thidua.ThiduaApplication;

/**
 * Two application nodes starting at the same moment on one empty PostgreSQL database both come up,
 * and nothing is created twice: tables, groups, users, authorizations, filters, deployments.
 */
class TwoNodesStartIT {

  @Test
  void twoNodesStartingTogetherOnAnEmptyDatabaseBothComeUpAndCreateNothingTwice() throws Exception {
    String url = EmbeddedPostgres.jdbcUrl("thidua_two_nodes");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<ConfigurableApplicationContext>> nodes = List.of(pool.submit(() -> start(url)),
          pool.submit(() -> start(url)));
      ConfigurableApplicationContext first = nodes.get(0).get(3, TimeUnit.MINUTES);
      ConfigurableApplicationContext second = nodes.get(1).get(3, TimeUnit.MINUTES);
      try {
        ProcessEngine engine = first.getBean(ProcessEngine.class);
        assertThat(engine.getIdentityService().createGroupQuery().count()).isEqualTo(26);
        assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(26);
        assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(3);
        for (String key : List.of("emulation-round", "unit-report", "award-nomination")) {
          assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count())
              .as(key).isEqualTo(1);
        }
        JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from unit", Integer.class)).isEqualTo(20);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_authorization where group_id_ = 'managers' "
            + "and resource_type_ = 6 and resource_id_ = '*'", Integer.class)).isEqualTo(1);
        assertThat(second.getBean(ProcessEngine.class).getIdentityService().createGroupQuery().groupId("unit-dongxoai")
            .singleResult().getName()).isEqualTo("Phòng Lao động - Thương binh và Xã hội thành phố Đồng Xoài");
      } finally {
        first.close();
        second.close();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(ThiduaApplication.class)
        .profiles("demo")
        .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres", "--camunda.bpm.job-execution.enabled=false",
            "--spring.jmx.enabled=false");
  }
}
