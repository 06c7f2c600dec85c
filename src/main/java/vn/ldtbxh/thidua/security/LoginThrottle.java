package vn.ldtbxh.thidua.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins counted per client address, whatever the account: unit user ids are public (unit
 * codes), so the count is kept per address, never per account, and a stranger's failures do not
 * stop a unit's own officer from signing in from elsewhere. After {@code max-failures-per-address}
 * failures within {@code window}, the address is refused for {@code block}, doubled at each new
 * block (at most {@code max-block}), before any password is checked.
 *
 * <p>The counts are kept in memory, on each node separately (a restart forgets them), in a map
 * bounded to {@code max-addresses} entries: the least recently seen address is dropped first.
 */
@Component
public class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

  private final int maxFailures;
  private final Duration window;
  private final Duration block;
  private final Duration maxBlock;
  private final Clock clock;
  private final Map<String, Entry> entries;

  private static final class Entry {
    int failures;
    Instant windowStart;
    Instant blockedUntil;
    int blocks;
    Instant lastSeen;
  }

  @Autowired
  public LoginThrottle(
      @Value("${thidua.login.max-failures-per-address:10}") int maxFailures,
      @Value("${thidua.login.window:PT15M}") Duration window,
      @Value("${thidua.login.block:PT1M}") Duration block,
      @Value("${thidua.login.max-block:PT1H}") Duration maxBlock,
      @Value("${thidua.login.max-addresses:10000}") int maxAddresses) {
    this(maxFailures, window, block, maxBlock, maxAddresses, Clock.systemUTC());
  }

  LoginThrottle(
      int maxFailures,
      Duration window,
      Duration block,
      Duration maxBlock,
      int maxAddresses,
      Clock clock) {
    if (maxFailures < 1 || maxAddresses < 1 || window.isNegative() || block.isNegative()) {
      throw new IllegalArgumentException("thidua.login.*: invalid settings");
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.block = block;
    this.maxBlock = maxBlock.compareTo(block) < 0 ? block : maxBlock;
    this.clock = clock;
    this.entries =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > maxAddresses;
          }
        };
  }

  /** How long {@code address} is still refused, if it is. */
  public synchronized Optional<Duration> blocked(String address) {
    Entry entry = entries.get(key(address));
    Instant now = clock.instant();
    if (entry == null || entry.blockedUntil == null || !entry.blockedUntil.isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, entry.blockedUntil));
  }

  /** A failed sign-in from {@code address}; blocks the address once it reaches the limit. */
  public synchronized void failure(String address) {
    Instant now = clock.instant();
    Entry entry = entries.computeIfAbsent(key(address), a -> new Entry());
    if (entry.lastSeen != null
        && entry.blocks > 0
        && entry.blockedUntil != null
        && Duration.between(entry.blockedUntil, now).compareTo(window) > 0) {
      entry.blocks =
          0; // quiet for a whole window after the last block: start again from the shortest
    }
    entry.lastSeen = now;
    if (entry.windowStart == null
        || Duration.between(entry.windowStart, now).compareTo(window) > 0) {
      entry.windowStart = now;
      entry.failures = 0;
    }
    entry.failures++;
    if (entry.failures >= maxFailures) {
      Duration length = block.multipliedBy(1L << Math.min(entry.blocks, 20));
      if (length.compareTo(maxBlock) > 0) {
        length = maxBlock;
      }
      entry.blocks++;
      entry.blockedUntil = now.plus(length);
      entry.failures = 0;
      entry.windowStart = null;
      LOG.warn(
          "Sign-in refused from {} for {} s after {} failed attempts",
          address,
          length.toSeconds(),
          maxFailures);
    }
  }

  private static String key(String address) {
    return address == null ? "" : address;
  }

  /** The refusal's message, in Vietnamese, with the time left. */
  public static String message(Duration left) {
    long seconds = Math.max(1, left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0));
    String wait = seconds < 120 ? seconds + " giây" : ((seconds + 59) / 60) + " phút";
    return "Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau " + wait + ".";
  }

  /** Retry-After, in whole seconds (at least 1). */
  public static long retryAfterSeconds(Duration left) {
    return Math.max(1, left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0));
  }
}
