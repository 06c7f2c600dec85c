package vn.ldtbxh.thidua.deadline;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the calendar table (announced days off, make-up working days, the day
 * adjacent to National Day) has neither an entry for the current or the next year nor the office's
 * mark "checked, no change" ({@link CalendarCoverage}): deadlines in those years follow the Labour
 * Code's rules alone until the office fills the year in Cockpit ("Lịch làm việc"). Cockpit shows
 * the same warning ({@code GET /api/calendar}).
 */
@Component
public class CalendarCoverageWarning {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarCoverageWarning.class);

  private final Supplier<CalendarCoverage> coverage;
  private final Clock clock;

  @Autowired
  public CalendarCoverageWarning(CalendarStore store, Clock clock) {
    this(store::coverage, clock);
  }

  CalendarCoverageWarning(Supplier<CalendarCoverage> coverage, Clock clock) {
    this.coverage = coverage;
    this.clock = clock;
  }

  /** The current and the next year (in Vietnam) neither filled nor checked. */
  public List<Integer> missingYears() {
    return coverage.get().missingYears(clock);
  }

  @EventListener(ApplicationReadyEvent.class)
  public void warn() {
    List<Integer> missing = missingYears();
    if (!missing.isEmpty()) {
      LOG.warn(
          "The calendar table has no entry for {} and the office has not marked it checked:"
              + " deadlines there follow the Labour Code's rules alone. The office fills the year"
              + " from the Government's announcement in Cockpit (Lịch làm việc, /api/calendar).",
          missing);
    }
  }
}
