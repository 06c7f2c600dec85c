package vn.ldtbxh.thidua.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The {@code prod} profile, the default of the packaged application, starts only with the settings
 * a real installation needs: the administrator's password ({@code THIDUA_ADMIN_PASSWORD}) and an
 * external database ({@code SPRING_DATASOURCE_URL}, e.g. PostgreSQL; not the embedded H2 of the
 * demo). Checked once the configuration is read, before anything starts, and every missing setting
 * is named at once.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

  static final String PROFILE = "prod";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
      return;
    }
    List<String> problems =
        missingSettings(
            environment.getProperty("thidua.admin.password"),
            environment.getProperty("spring.datasource.url"));
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The prod profile (the default) cannot start: "
              + String.join("; ", problems)
              + ". Set them in the environment, or run the demonstration with SPRING_PROFILES_ACTIVE=demo.");
    }
  }

  static List<String> missingSettings(String adminPassword, String datasourceUrl) {
    List<String> problems = new ArrayList<>();
    if (adminPassword == null || adminPassword.isBlank()) {
      problems.add(
          "no administrator password, set THIDUA_ADMIN_PASSWORD (property thidua.admin.password)");
    }
    if (datasourceUrl == null || datasourceUrl.isBlank()) {
      problems.add(
          "no database, set SPRING_DATASOURCE_URL (property spring.datasource.url, e.g. "
              + "jdbc:postgresql://host:5432/thidua) with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD");
    } else if (isEmbedded(datasourceUrl)) {
      problems.add(
          "SPRING_DATASOURCE_URL (property spring.datasource.url) names an embedded database ("
              + datasourceUrl
              + "), set it to an external one (e.g. jdbc:postgresql://host:5432/thidua)");
    }
    return problems;
  }

  /**
   * An in-process database: H2 other than a server (tcp, ssl), HSQLDB in memory or file, Derby
   * embedded.
   */
  static boolean isEmbedded(String url) {
    String lower = url.trim().toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return !(lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:"));
    }
    if (lower.startsWith("jdbc:hsqldb:")) {
      return lower.startsWith("jdbc:hsqldb:mem:")
          || lower.startsWith("jdbc:hsqldb:file:")
          || lower.startsWith("jdbc:hsqldb:res:");
    }
    return lower.startsWith("jdbc:derby:") && !lower.startsWith("jdbc:derby://");
  }

  /**
   * After the configuration files are read and the profiles known
   * (ConfigDataEnvironmentPostProcessor).
   */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
