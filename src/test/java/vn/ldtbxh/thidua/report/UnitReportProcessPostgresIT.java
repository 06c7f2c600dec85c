package vn.ldtbxh.thidua.report;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ldtbxh.thidua.OwnApplication;
import vn.ldtbxh.thidua.postgres.EmbeddedPostgres;

/** The same paths as {@link UnitReportProcessTest}, on a real PostgreSQL server. */
@OwnApplication
class UnitReportProcessPostgresIT extends UnitReportProcessTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry, "thidua_unitreport");
  }
}
