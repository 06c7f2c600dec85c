package vn.ldtbxh.thidua.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ldtbxh.thidua.ProcessTestSupport;

/**
 * On H2 the sub-queries of an authorization check read the covering index of the user or of the
 * groups, also under the statistics a province's data gives the table (measured at 1,000 units: the
 * task authorizations make {@code RESOURCE_ID_} look unique, the many group grants make {@code
 * USER_ID_} look constant).
 */
class H2AuthorizationCheckIndexesTest extends ProcessTestSupport {

  private static final String USER_CHECK =
      "select ID_ from ACT_RU_AUTHORIZATION A where A.TYPE_ = 1 "
          + "and A.USER_ID_ = 'dongxoai' and BITAND(A.PERMS_, CAST(2 AS BIGINT)) = 2 and A.RESOURCE_TYPE_ = 8 "
          + "and A.RESOURCE_ID_ = '*'";
  private static final String GROUP_CHECK =
      "select A.RESOURCE_ID_ from ACT_RU_AUTHORIZATION A where A.TYPE_ = 1 "
          + "and A.GROUP_ID_ in ('directors', 'managers') and BITAND(A.PERMS_, CAST(2 AS BIGINT)) = 2 "
          + "and A.RESOURCE_TYPE_ = 6 and A.RESOURCE_ID_ = 'award-nomination'";

  @AfterEach
  void freshStatistics() {
    jdbc.execute("analyze table ACT_RU_AUTHORIZATION");
  }

  @Test
  void theIndexesHoldEveryColumnACheckReadsAndReplaceTheResourceAndUserIndex() {
    assertThat(columns("THIDUA_AUTH_CHECK_USER_IDX"))
        .containsExactly("USER_ID_", "RESOURCE_ID_", "RESOURCE_TYPE_", "TYPE_", "PERMS_", "ID_");
    assertThat(columns("THIDUA_AUTH_CHECK_GROUP_IDX"))
        .containsExactly("GROUP_ID_", "RESOURCE_ID_", "RESOURCE_TYPE_", "TYPE_", "PERMS_", "ID_");
    assertThat(columns("THIDUA_AUTH_RESOURCE_USER_IDX")).isEmpty();
  }

  @Test
  void theChecksUseThemWithTheStatisticsOfTheMoment() {
    assertThat(plan(USER_CHECK)).contains("THIDUA_AUTH_CHECK_USER_IDX");
    assertThat(plan(GROUP_CHECK)).contains("THIDUA_AUTH_CHECK_GROUP_IDX");
  }

  @Test
  void theChecksUseThemWithTheStatisticsOfAProvince() {
    for (String[] selectivity :
        new String[][] {
          {"TYPE_", "1"},
          {"GROUP_ID_", "78"},
          {"USER_ID_", "2"},
          {"RESOURCE_TYPE_", "2"},
          {"RESOURCE_ID_", "82"},
          {"PERMS_", "1"}
        }) {
      jdbc.execute(
          "alter table ACT_RU_AUTHORIZATION alter column "
              + selectivity[0]
              + " selectivity "
              + selectivity[1]);
    }
    assertThat(plan(USER_CHECK)).contains("THIDUA_AUTH_CHECK_USER_IDX");
    assertThat(plan(GROUP_CHECK)).contains("THIDUA_AUTH_CHECK_GROUP_IDX");
  }

  private List<String> columns(String index) {
    return jdbc.queryForList(
        "select column_name from information_schema.index_columns where index_name = ? "
            + "order by ordinal_position",
        String.class,
        index);
  }

  private String plan(String query) {
    return jdbc.queryForObject("explain " + query, String.class);
  }
}
