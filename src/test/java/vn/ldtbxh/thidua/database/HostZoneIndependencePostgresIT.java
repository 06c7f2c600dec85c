package vn.ldtbxh.thidua.database;

import vn.ldtbxh.thidua.postgres.EmbeddedPostgres;

/** {@link HostZoneIndependenceBase} on PostgreSQL. */
class HostZoneIndependencePostgresIT extends HostZoneIndependenceBase {

  @Override
  String newDatabase(String name) {
    return EmbeddedPostgres.jdbcUrl(name);
  }

  @Override
  String user() {
    return "postgres";
  }

  @Override
  String password() {
    return "postgres";
  }
}
