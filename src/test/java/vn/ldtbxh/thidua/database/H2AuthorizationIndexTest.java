package vn.ldtbxh.thidua.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ldtbxh.thidua.ProcessTestSupport;

/** On H2 the authorization checks on all resources of a type read the one row they need. */
class H2AuthorizationIndexTest extends ProcessTestSupport {

  @Test
  void theCheckForAGrantOnEveryResourceUsesTheResourceAndUserIndex() {
    assertThat(jdbc.queryForList("select column_name from information_schema.index_columns "
        + "where index_name = 'THIDUA_AUTH_RESOURCE_USER_IDX' order by ordinal_position", String.class))
        .containsExactly("RESOURCE_ID_", "USER_ID_");
    String plan = jdbc.queryForObject("explain select ID_ from ACT_RU_AUTHORIZATION A where A.TYPE_ = 1 "
        + "and A.USER_ID_ = 'dongxoai' and BITAND(A.PERMS_, 2) = 2 and A.RESOURCE_TYPE_ = 8 and A.RESOURCE_ID_ = '*'",
        String.class);
    assertThat(plan).containsAnyOf("THIDUA_AUTH_RESOURCE_USER_IDX", "ACT_UNIQ_AUTH_USER").doesNotContain("ACT_IDX_AUTH_RESOURCE_ID");
  }
}
