package vn.ldtbxh.thidua.database;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link HostZoneIndependenceBase} on an H2 file database. */
class HostZoneIndependenceH2IT extends HostZoneIndependenceBase {

  @TempDir Path directory;

  @Override
  String newDatabase(String name) {
    return "jdbc:h2:file:"
        + directory.resolve(name).toAbsolutePath()
        + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256";
  }

  @Override
  String user() {
    return "sa";
  }

  @Override
  String password() {
    return "";
  }
}
