package vn.ldtbxh.thidua.postgres;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.test.annotation.DirtiesContext;

/**
 * An integration test whose application runs on the embedded PostgreSQL server ({@link
 * EmbeddedPostgres}, a database of its own on it). Failsafe runs these classes in one JVM
 * (execution {@code shared-postgres} in {@code pom.xml}), so one server serves them all; the
 * classes that start nodes of their own in other JVMs point them at it too. Their applications
 * differ, and Camunda registers each engine in a static registry under the name "default": each
 * class closes its application when it ends, so that the next one's engine is the only one
 * registered.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Tag(SharedPostgres.TAG)
public @interface SharedPostgres {

  /** The JUnit tag Failsafe selects these classes by. */
  String TAG = "shared-postgres";
}
