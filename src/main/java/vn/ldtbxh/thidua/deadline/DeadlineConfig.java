package vn.ldtbxh.thidua.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The working-day calendar of Vietnam (Labour Code holidays, lunar dates at UTC+7, compensatory
 * days) with the yearly table of the database ({@link CalendarStore}), seeded from the table
 * shipped in the application plus an optional file of the Department's own additions ({@code
 * thidua.deadlines.overrides-file}), and the deadline rules built on it. Scheduling is on for the
 * calendar's reload on every node.
 */
@Configuration
@EnableScheduling
public class DeadlineConfig {

  /** The shipped table and the overrides file, which seed the database's table. */
  @Bean
  public CalendarSeed calendarSeed(DeadlineProperties properties) throws IOException {
    List<CalendarEntry> file = List.of();
    if (properties.overridesFile() != null && !properties.overridesFile().isBlank()) {
      Path path = Path.of(properties.overridesFile());
      try (InputStream in = Files.newInputStream(path)) {
        file = CalendarOverridesLoader.entries(in, path.toString());
      }
    }
    return CalendarSeed.of(CalendarOverridesLoader.defaultEntries(), file);
  }

  /**
   * The calendar of this node: the seed until {@link CalendarStore} puts the database's table in
   * force, before the engine runs any job.
   */
  @Bean
  public WorkingDayCalendar workingDayCalendar(CalendarSeed seed) {
    return new WorkingDayCalendar(seed.overrides());
  }

  @Bean
  public DeadlineCalculator deadlineCalculator(
      WorkingDayCalendar calendar, DeadlineProperties properties) {
    return new DeadlineCalculator(calendar, properties.toSettings());
  }
}
