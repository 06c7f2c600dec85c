package vn.ldtbxh.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import vn.ldtbxh.thidua.ThiduaApplication;

/**
 * The prod profile, the default one, refuses to start without the administrator's password and an
 * external database, and names each missing setting.
 */
class ProdProfileTest {

  @Test
  void prodWithoutAdminPasswordFailsToStartWithAClearMessage() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(ThiduaApplication.class)
                    .web(WebApplicationType.NONE)
                    .profiles("prod")
                    .run(
                        "--spring.datasource.url=jdbc:postgresql://db.example:5432/thidua",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--thidua.admin.password=")
                    .close())
        .hasStackTraceContaining("THIDUA_ADMIN_PASSWORD")
        .satisfies(
            failure -> assertThat(stackTraceOf(failure)).doesNotContain("SPRING_DATASOURCE_URL"));
  }

  @Test
  void withoutAProfileTheApplicationIsProdAndNamesEveryMissingSetting() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(ThiduaApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--thidua.admin.password=", "--camunda.bpm.job-execution.enabled=false")
                    .close())
        .hasStackTraceContaining("prod profile")
        .hasStackTraceContaining("THIDUA_ADMIN_PASSWORD")
        .hasStackTraceContaining("SPRING_DATASOURCE_URL");
  }

  @Test
  void prodRefusesTheEmbeddedDatabase() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(ThiduaApplication.class)
                    .web(WebApplicationType.NONE)
                    .profiles("prod")
                    .run(
                        "--spring.datasource.url=jdbc:h2:mem:prod-check",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--thidua.admin.password=mat-khau-dai")
                    .close())
        .hasStackTraceContaining("SPRING_DATASOURCE_URL")
        .hasStackTraceContaining("embedded database (jdbc:h2:mem:prod-check)")
        .satisfies(
            failure -> assertThat(stackTraceOf(failure)).doesNotContain("THIDUA_ADMIN_PASSWORD"));
  }

  @Test
  void prodWithBothSettingsPassesTheCheck() {
    assertThatCode(
            () ->
                new ProductionSettingsCheck()
                    .postProcessEnvironment(
                        environment(
                            "prod",
                            Map.of(
                                "thidua.admin.password",
                                "mat-khau-dai",
                                "spring.datasource.url",
                                "jdbc:postgresql://db:5432/thidua")),
                        new SpringApplication()))
        .doesNotThrowAnyException();
    assertThat(
            ProductionSettingsCheck.missingSettings(
                "mat-khau-dai", "jdbc:h2:tcp://db-h2:9092/thidua"))
        .isEmpty();
    assertThat(
            ProductionSettingsCheck.missingSettings("mat-khau-dai", "jdbc:h2:file:./data/thidua"))
        .hasSize(1);
    assertThat(ProductionSettingsCheck.missingSettings(" ", null)).hasSize(2);
  }

  @Test
  void theDemoIsNotChecked() {
    assertThatCode(
            () ->
                new ProductionSettingsCheck()
                    .postProcessEnvironment(environment("demo", Map.of()), new SpringApplication()))
        .doesNotThrowAnyException();
  }

  private static StandardEnvironment environment(String profile, Map<String, Object> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.setActiveProfiles(profile);
    environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    return environment;
  }

  private static String stackTraceOf(Throwable failure) {
    java.io.StringWriter text = new java.io.StringWriter();
    failure.printStackTrace(new java.io.PrintWriter(text));
    return text.toString();
  }
}
