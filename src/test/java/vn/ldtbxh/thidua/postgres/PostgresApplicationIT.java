package vn.ldtbxh.thidua.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ldtbxh.thidua.OwnApplication;

/**
 * The whole application on a real PostgreSQL server, configured the way docker-compose.yml does it
 * (SPRING_DATASOURCE_URL/USERNAME/PASSWORD): Flyway migrates the application's tables, the engine
 * creates its schema, and groups, units, users, filters and deployments are all there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@OwnApplication
class PostgresApplicationIT {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> EmbeddedPostgres.jdbcUrl("thidua_app"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
    registry.add("camunda.bpm.job-execution.enabled", () -> "false");
  }

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  @Test
  void startsOnPostgresWithTheOrganisationAndTheDeployments() {
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    assertThat(jdbc.queryForObject("select count(*) from unit", Integer.class)).isEqualTo(20);
    IdentityService identity = engine.getIdentityService();
    assertThat(identity.createGroupQuery().groupId("unit-dongxoai").singleResult().getName())
        .isEqualTo("Phòng Lao động - Thương binh và Xã hội thành phố Đồng Xoài");
    for (String role :
        new String[] {
          "social-protection", "office", "directors", "council", "managers", "camunda-admin"
        }) {
      assertThat(identity.createGroupQuery().groupId(role).count()).as(role).isEqualTo(1);
    }
    assertThat(identity.createUserQuery().memberOfGroup("unit-budang").userId("budang").count())
        .isEqualTo(1);
    RepositoryService repository = engine.getRepositoryService();
    assertThat(
            repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("emulation-round")
                .count())
        .isEqualTo(1);
    assertThat(
            repository.createProcessDefinitionQuery().processDefinitionKey("unit-report").count())
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from act_re_camformdef", Integer.class))
        .isGreaterThanOrEqualTo(8);
    FilterService filters = engine.getFilterService();
    assertThat(filters.createFilterQuery().filterName("Việc của đơn vị").count()).isEqualTo(1);
    assertThat(
            http.withBasicAuth("dongxoai", "demo")
                .getForEntity("/engine-rest/task", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(200);
  }

  @Test
  void everyMigrationRanAndTheH2OnlyIndexesAreNotHere() {
    assertThat(
            jdbc.queryForList(
                "select version from app_schema_history where success order by installed_rank",
                String.class))
        .contains("5", "7", "9", "10", "11");
    assertThat(
            jdbc.queryForList(
                "select indexname from pg_indexes where tablename = 'act_ru_authorization'",
                String.class))
        .contains("thidua_auth_user_idx")
        .doesNotContain(
            "thidua_auth_resource_user_idx",
            "thidua_auth_check_user_idx",
            "thidua_auth_check_group_idx");
  }
}
