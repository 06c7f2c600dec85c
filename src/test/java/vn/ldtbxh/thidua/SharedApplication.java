package vn.ldtbxh.thidua;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running application (random port, in-memory H2, the demo users), started once for every
 * integration test class that carries this annotation: they declare the same configuration, so
 * Spring's context cache serves them one application, and Failsafe runs them in one JVM (execution
 * {@code shared-application} in {@code pom.xml}). They share its database: each class opens the
 * rounds of its own year ({@link TestYears}) and never counts rows it did not create. A class that
 * needs other settings does not carry it, and gets a JVM of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Tag(SharedApplication.TAG)
public @interface SharedApplication {

  /** The JUnit tag Failsafe selects these classes by. */
  String TAG = "shared-application";
}
