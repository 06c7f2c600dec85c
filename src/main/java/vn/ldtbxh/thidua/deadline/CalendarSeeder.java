package vn.ldtbxh.thidua.deadline;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.StartupStep;

/**
 * At start-up, under the start-up lock (one node at a time), seeds the database's calendar table
 * with the years of the shipped table and of the overrides file that it does not know yet. A year
 * the office has edited or checked is never seeded again: the database is the source.
 */
@Component
@Order(60)
public class CalendarSeeder implements StartupStep {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarSeeder.class);

  private final CalendarStore store;
  private final CalendarSeed seed;

  public CalendarSeeder(CalendarStore store, CalendarSeed seed) {
    this.store = store;
    this.seed = seed;
  }

  @Override
  public void apply() {
    List<Integer> seeded = store.seed(seed.entries());
    if (!seeded.isEmpty()) {
      LOG.info("Calendar table seeded for the years {}", seeded);
    }
  }
}
