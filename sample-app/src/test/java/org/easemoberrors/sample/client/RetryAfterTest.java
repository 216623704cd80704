package org.easemoberrors.sample.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private final Clock clock = Clock.fixed(Instant.parse("1994-11-06T08:49:30Z"), ZoneOffset.UTC);

  @Test
  void readsDelaySeconds() {
    assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", clock));
    assertEquals(Duration.ZERO, RetryAfter.parse(" 0 ", clock));
  }

  @Test
  void readsAnHttpDateAgainstTheClock() {
    assertEquals(Duration.ofSeconds(7), RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", clock));
    assertEquals(Duration.ofSeconds(3600), RetryAfter.parse("Sun, 6 Nov 1994 09:49:30 GMT", clock));
  }

  @Test
  void aDateInThePastMeansNow() {
    assertEquals(Duration.ZERO, RetryAfter.parse("Sun, 06 Nov 1994 08:00:00 GMT", clock));
  }

  @Test
  void anythingElseIsNoRetryAfter() {
    assertNull(RetryAfter.parse(null, clock));
    assertNull(RetryAfter.parse("-5", clock));
    assertNull(RetryAfter.parse("soon", clock));
    assertNull(RetryAfter.parse("1.5", clock));
  }
}
