package vn.ldtbxh.thidua;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.test.annotation.DirtiesContext;

/**
 * An integration test with an application of its own (settings or a database that no other class
 * shares), or with nodes of its own in other JVMs. Failsafe runs these classes in two JVMs
 * (execution {@code own-application} in {@code pom.xml}), each taking the next class when it is
 * free, so that each class finds a warm JVM. Camunda registers every engine in one static registry
 * under the name "default", so each class closes its application when it ends, before the next one
 * starts in that JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Tag(OwnApplication.TAG)
public @interface OwnApplication {

  /** The JUnit tag Failsafe selects these classes by. */
  String TAG = "own-application";
}
