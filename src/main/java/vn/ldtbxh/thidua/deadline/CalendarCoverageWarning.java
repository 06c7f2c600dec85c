package vn.ldtbxh.thidua.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the yearly calendar table (announced days off, make-up working days, the
 * day adjacent to National Day) has no entry for the current or the next year: deadlines in those
 * years follow the Labour Code's rules alone until the Government's announcement is added ({@code
 * calendar-overrides.csv}, or the file of {@code thidua.deadline.overrides-file}).
 */
@Component
public class CalendarCoverageWarning {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarCoverageWarning.class);

  private final WorkingDayCalendar calendar;
  private final Clock clock;

  public CalendarCoverageWarning(WorkingDayCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The current and the next year (in Vietnam) that the table does not cover. */
  public List<Integer> missingYears() {
    int year = LocalDate.now(clock.withZone(VietnamTime.VN_ZONE)).getYear();
    return IntStream.of(year, year + 1)
        .filter(y -> !calendar.overrides().covers(y))
        .boxed()
        .toList();
  }

  @EventListener(ApplicationReadyEvent.class)
  public void warn() {
    List<Integer> missing = missingYears();
    if (!missing.isEmpty()) {
      LOG.warn(
          "The yearly calendar table has no entry for {}: deadlines there follow the Labour Code's"
              + " rules alone. Add the Government's announced days off and make-up days"
              + " (calendar-overrides.csv or thidua.deadline.overrides-file).",
          missing);
    }
  }
}
