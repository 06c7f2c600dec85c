package vn.ldtbxh.thidua.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The calendar table kept in the database, and the one every deadline of this node is computed on
 * ({@link WorkingDayCalendar}). A change (a year replaced, a year marked checked) locks the version
 * row, is recorded, counts the version up and is put in force on this node at once; the other nodes
 * see the version change within {@code thidua.deadlines.calendar-refresh} (30 s) and reload. A
 * change of the days is published as {@link CalendarChanged} inside its transaction, so that open
 * deadlines follow it.
 */
@Service
public class CalendarStore implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarStore.class);

  private final CalendarRepository repository;
  private final WorkingDayCalendar calendar;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private volatile long loadedVersion = -1;
  private volatile boolean refreshFailing;

  public CalendarStore(
      CalendarRepository repository,
      WorkingDayCalendar calendar,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.calendar = calendar;
    this.events = events;
    this.clock = clock;
  }

  /** What a change of a year did. */
  public record Change(int year, List<CalendarEntry> before, List<CalendarEntry> after) {
    public boolean changed() {
      return !before.equals(after);
    }
  }

  /** Before the engine runs its jobs: the table of the database, once it has been seeded. */
  @Override
  public void afterSingletonsInstantiated() {
    reload();
  }

  /**
   * Puts the database's table in force on this node; until the first start has seeded it, the
   * shipped table stays in force.
   */
  public void reload() {
    long version = repository.version();
    if (repository.hasAnyYear()) {
      calendar.replaceOverrides(CalendarEntry.toOverrides(repository.entries()));
    }
    loadedVersion = version;
  }

  /** Reloads the table when another node changed it. */
  @Scheduled(
      fixedDelayString = "${thidua.deadlines.calendar-refresh:PT30S}",
      initialDelayString = "${thidua.deadlines.calendar-refresh:PT30S}")
  public void refresh() {
    try {
      long version = repository.version();
      if (version != loadedVersion) {
        reload();
        LOG.info("Calendar table reloaded from the database (version {})", version);
      }
      refreshFailing = false;
    } catch (RuntimeException e) {
      if (!refreshFailing) {
        LOG.warn("Could not check the calendar table's version: {}", e.getMessage());
      }
      refreshFailing = true;
    }
  }

  public long loadedVersion() {
    return loadedVersion;
  }

  public List<CalendarEntry> entries(int year) {
    return repository.entries(year);
  }

  public CalendarCoverage coverage() {
    return new CalendarCoverage(repository.filledYears(), repository.checkedYears());
  }

  /**
   * Replaces the year's entries (checked already by {@link CalendarYearRules}), records the change
   * and puts the new table in force; nothing is recorded when nothing changes.
   */
  @Transactional
  public Change replace(int year, List<CalendarEntry> entries, String user) {
    repository.lockVersion();
    List<CalendarEntry> before = repository.entries(year);
    List<CalendarEntry> after = List.copyOf(entries);
    Change change = new Change(year, before, after);
    if (!change.changed()) {
      return change;
    }
    CalendarOverrides tableBefore = CalendarEntry.toOverrides(repository.entries());
    Instant now = clock.instant();
    repository.replace(year, after);
    repository.touch(year, "OFFICE", now, user);
    repository.recordChange(year, "REPLACE", now, user, before, after);
    repository.bumpVersion();
    CalendarOverrides tableAfter = CalendarEntry.toOverrides(repository.entries());
    putInForce(tableAfter);
    events.publishEvent(new CalendarChanged(year, tableBefore, tableAfter, user));
    LOG.info(
        "Calendar of {} changed by {}: {} entries before, {} after",
        year,
        user,
        before.size(),
        after.size());
    return change;
  }

  /** Marks the year "checked, no change", and records it. */
  @Transactional
  public void markChecked(int year, String user) {
    repository.lockVersion();
    Instant now = clock.instant();
    List<CalendarEntry> entries = repository.entries(year);
    repository.check(year, now, user);
    repository.recordChange(
        year,
        "CHECKED",
        now,
        user,
        entries,
        Map.of("checked", true, "entries", CalendarRepository.describe(entries)));
    repository.bumpVersion();
    putInForce(calendar.overrides());
    LOG.info("Calendar of {} marked checked by {}", year, user);
  }

  /**
   * Seeds the years of {@code seed} that the database does not know yet (neither seeded, edited nor
   * checked before), recording each; answers the years seeded.
   */
  @Transactional
  public List<Integer> seed(List<CalendarEntry> seed) {
    repository.lockVersion();
    var known = repository.knownYears();
    Map<Integer, List<CalendarEntry>> byYear = new TreeMap<>();
    seed.forEach(
        entry -> byYear.computeIfAbsent(entry.date().getYear(), y -> new ArrayList<>()).add(entry));
    Instant now = clock.instant();
    List<Integer> seeded = new ArrayList<>();
    byYear.forEach(
        (year, entries) -> {
          if (known.contains(year)) {
            return;
          }
          List<CalendarEntry> sorted =
              entries.stream().sorted(java.util.Comparator.comparing(CalendarEntry::date)).toList();
          repository.replace(year, sorted);
          repository.touch(year, "SEED", now, CalendarRepository.SYSTEM);
          repository.recordChange(year, "SEED", now, CalendarRepository.SYSTEM, null, sorted);
          seeded.add(year);
        });
    if (!seeded.isEmpty()) {
      repository.bumpVersion();
    }
    putInForce(CalendarEntry.toOverrides(repository.entries()));
    return seeded;
  }

  /**
   * Puts the table in force on this node now, inside the transaction (so that what the transaction
   * computes, and the notices its jobs send, use it); should the transaction roll back, the
   * database's table is put back.
   */
  private void putInForce(CalendarOverrides table) {
    calendar.replaceOverrides(table);
    long version = repository.version();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              if (status == STATUS_COMMITTED) {
                loadedVersion = version;
              } else {
                reload();
              }
            }
          });
    } else {
      loadedVersion = version;
    }
  }
}
