package vn.ldtbxh.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.ldtbxh.thidua.common.StartupSetup;

/**
 * The demo data: a round due in 14 days with reports and nominations in every state, created once.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo", "demo-data"})
class DemoDataTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;
  @Autowired StartupSetup setup;

  @Test
  void aLivingRoundWithReportsAndNominationsInEveryState() {
    int year = LocalDate.now().getYear();
    assertThat(
            jdbc.queryForObject(
                "select deadline from round where round_key = ?", LocalDate.class, "round-" + year))
        .isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(14));
    Map<String, Long> reports =
        jdbc.queryForList("select status, count(*) n from unit_report group by status").stream()
            .collect(
                Collectors.toMap(
                    row -> (String) row.get("status"), row -> ((Number) row.get("n")).longValue()));
    assertThat(reports)
        .containsEntry("ACCEPTED", 2L)
        .containsEntry("RETURNED", 1L)
        .containsEntry("SUBMITTED", 2L)
        .containsEntry("PREPARING", 15L);
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("reviseReport").count())
        .isEqualTo(1);
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(year + "-budop")
                .taskDefinitionKey("prepareReport")
                .dueBefore(new java.util.Date())
                .count())
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from notification where kind = 'OVERDUE'", Integer.class))
        .isEqualTo(2);
    Map<String, Long> nominations =
        jdbc.queryForList("select status, count(*) n from nomination group by status").stream()
            .collect(
                Collectors.toMap(
                    row -> (String) row.get("status"), row -> ((Number) row.get("n")).longValue()));
    assertThat(nominations)
        .containsEntry("INELIGIBLE", 1L)
        .containsEntry("VERIFYING", 1L)
        .containsEntry("INCOMPLETE", 1L)
        .containsEntry("COUNCIL", 1L)
        .containsEntry("DIRECTOR", 1L)
        .containsEntry("AWARDED", 1L)
        .containsEntry("CHECKING", 1L);

    setup.onEngineDeployed();
    assertThat(jdbc.queryForObject("select count(*) from round", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from nomination", Integer.class)).isEqualTo(7);
  }
}
