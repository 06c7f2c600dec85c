package vn.ldtbxh.thidua.nomination;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ldtbxh.thidua.OwnApplication;
import vn.ldtbxh.thidua.postgres.EmbeddedPostgres;

/** The same races as {@link NominationRaceTest}, on a real PostgreSQL server. */
@OwnApplication
class NominationRacePostgresIT extends NominationRaceTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry, "thidua_nominationrace");
  }
}
