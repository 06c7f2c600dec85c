package vn.ldtbxh.thidua.nomination;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ldtbxh.thidua.OwnApplication;
import vn.ldtbxh.thidua.postgres.EmbeddedPostgres;

/** The same paths as {@link AwardNominationProcessTest}, on a real PostgreSQL server. */
@OwnApplication
class AwardNominationProcessPostgresIT extends AwardNominationProcessTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry, "thidua_awardnomination");
  }
}
