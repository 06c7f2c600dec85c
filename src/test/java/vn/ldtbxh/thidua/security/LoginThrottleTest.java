package vn.ldtbxh.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2030-12-10T02:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }
  }

  final MovingClock clock = new MovingClock();
  final LoginThrottle throttle =
      new LoginThrottle(
          3, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(5), 100, clock);

  @Test
  void anAddressIsBlockedAfterTheLimitAndOnlyThatAddress() {
    throttle.failure("203.0.113.7");
    throttle.failure("203.0.113.7");
    assertThat(throttle.blocked("203.0.113.7")).isEmpty();
    throttle.failure("203.0.113.7");
    assertThat(throttle.blocked("203.0.113.7")).contains(Duration.ofMinutes(1));
    assertThat(throttle.blocked("198.51.100.1")).isEmpty();
    clock.advance(Duration.ofSeconds(59));
    assertThat(throttle.blocked("203.0.113.7")).contains(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.blocked("203.0.113.7")).isEmpty();
  }

  @Test
  void failuresOutsideTheWindowAreForgotten() {
    throttle.failure("203.0.113.7");
    throttle.failure("203.0.113.7");
    clock.advance(Duration.ofMinutes(16));
    throttle.failure("203.0.113.7");
    assertThat(throttle.blocked("203.0.113.7")).isEmpty();
  }

  @Test
  void eachNewBlockIsLongerUpToTheMaximum() {
    Duration[] expected = {
      Duration.ofMinutes(1),
      Duration.ofMinutes(2),
      Duration.ofMinutes(4),
      Duration.ofMinutes(5),
      Duration.ofMinutes(5)
    };
    for (Duration length : expected) {
      for (int i = 0; i < 3; i++) {
        throttle.failure("203.0.113.7");
      }
      assertThat(throttle.blocked("203.0.113.7")).contains(length);
      clock.advance(length);
    }
    // a whole quiet window after the last block: back to the shortest
    clock.advance(Duration.ofMinutes(16));
    for (int i = 0; i < 3; i++) {
      throttle.failure("203.0.113.7");
    }
    assertThat(throttle.blocked("203.0.113.7")).contains(Duration.ofMinutes(1));
  }

  @Test
  void theMapIsBounded() {
    LoginThrottle small =
        new LoginThrottle(
            1, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(5), 2, clock);
    small.failure("10.0.0.1");
    small.failure("10.0.0.2");
    small.failure("10.0.0.3");
    assertThat(small.blocked("10.0.0.1")).isEmpty();
    assertThat(small.blocked("10.0.0.3")).isPresent();
  }

  @Test
  void theMessageIsVietnameseWithTheTimeLeft() {
    assertThat(LoginThrottle.message(Duration.ofMillis(29_500)))
        .isEqualTo("Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau 30 giây.");
    assertThat(LoginThrottle.message(Duration.ofMinutes(4))).endsWith("sau 4 phút.");
    assertThat(LoginThrottle.retryAfterSeconds(Duration.ofMillis(29_500))).isEqualTo(30);
  }
}
