package vn.ldtbxh.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every integration test that starts the application through Spring's test support says how: the
 * shared application ({@link SharedApplication}) or one of its own that it closes when it ends
 * ({@link OwnApplication}). Failsafe runs several classes in one JVM, where an application left
 * open would register a second engine named "default" beside the next one.
 */
class IntegrationTestGroupsTest {

  @Test
  void everySpringIntegrationTestSharesTheApplicationOrClosesItsOwn() throws Exception {
    List<Class<?>> springTests =
        integrationTests().stream()
            .filter(c -> AnnotatedElementUtils.hasAnnotation(c, SpringBootTest.class))
            .toList();
    assertThat(springTests).hasSizeGreaterThan(10);
    assertThat(springTests)
        .allSatisfy(
            test ->
                assertThat(
                        AnnotatedElementUtils.hasAnnotation(test, SharedApplication.class)
                            ^ AnnotatedElementUtils.hasAnnotation(test, OwnApplication.class))
                    .as(
                        "%s carries exactly one of @SharedApplication and @OwnApplication",
                        test.getSimpleName())
                    .isTrue());
  }

  @Test
  void everyClassOfTheSharedApplicationWithRoundsHasAYearOfItsOwn() throws Exception {
    List<Class<?>> withRounds =
        integrationTests().stream()
            .filter(c -> AnnotatedElementUtils.hasAnnotation(c, SharedApplication.class))
            .filter(
                c ->
                    java.util.Arrays.stream(c.getDeclaredFields())
                        .anyMatch(f -> f.getName().equals("YEAR")))
            .toList();
    assertThat(withRounds).hasSizeGreaterThan(10);
    for (Class<?> test : withRounds) {
      assertThat(TestYears.of(test)).isGreaterThan(java.time.Year.now().getValue());
    }
  }

  private static List<Class<?>> integrationTests() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*IT")));
    List<Class<?>> classes = new java.util.ArrayList<>();
    for (var candidate : scanner.findCandidateComponents("vn.ldtbxh.thidua")) {
      classes.add(ClassUtils.forName(candidate.getBeanClassName(), null));
    }
    return classes;
  }
}
