package vn.ldtbxh.thidua.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The working-day calendar of Vietnam (Labour Code holidays, lunar dates at UTC+7, compensatory
 * days) with the yearly table shipped in the application, plus an optional file of the Department's
 * own additions ({@code thidua.deadlines.overrides-file}), and the deadline rules built on it.
 */
@Configuration
public class DeadlineConfig {

  @Bean
  public WorkingDayCalendar workingDayCalendar(DeadlineProperties properties) throws IOException {
    CalendarOverrides overrides = CalendarOverridesLoader.loadDefault();
    if (properties.overridesFile() != null && !properties.overridesFile().isBlank()) {
      Path file = Path.of(properties.overridesFile());
      try (InputStream in = Files.newInputStream(file)) {
        overrides = overrides.merge(CalendarOverridesLoader.load(in, file.toString()));
      }
    }
    return new WorkingDayCalendar(overrides);
  }

  @Bean
  public DeadlineCalculator deadlineCalculator(
      WorkingDayCalendar calendar, DeadlineProperties properties) {
    return new DeadlineCalculator(calendar, properties.toSettings());
  }
}
