package org.easemoberrors.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  /** Sun, 06 Nov 1994 08:49:30 GMT. */
  private static final Instant NOW = Instant.parse("1994-11-06T08:49:30Z");

  private static Duration parse(String value) {
  return EasemobRetryAfter.parse(value, NOW);
  }

  @Test
  void delaySecondsAreTheWait() {
  assertEquals(Duration.ofSeconds(120), parse("120"));
  assertEquals(Duration.ZERO, parse("0"));
  assertEquals(Duration.ofSeconds(7), parse(" \t007 "));
  assertEquals(Duration.ofSeconds(EasemobRetryAfter.MAX_SECONDS), parse(String.valueOf(EasemobRetryAfter.MAX_SECONDS)));
  }

  @Test
  void anImfFixdateIsTheTimeUntilIt() {
  assertEquals(Duration.ofSeconds(7), parse("Sun, 06 Nov 1994 08:49:37 GMT"));
  assertEquals(Duration.ofDays(1), parse("Mon, 07 Nov 1994 08:49:30 GMT"));
  assertEquals(Duration.ofSeconds(3600), parse("Sun, 6 Nov 1994 09:49:30 GMT"));
  }

  @Test
  void theObsoleteFormsAreReadToo() {
  assertEquals(Duration.ofSeconds(7), parse("Sunday, 06-Nov-94 08:49:37 GMT"));
  assertEquals(Duration.ofSeconds(7), parse("Sun Nov  6 08:49:37 1994"));
  assertEquals(Duration.ofDays(4), parse("Thu Nov 10 08:49:30 1994"));
  }

  @Test
  void aTwoDigitYearIsNoMoreThanFiftyYearsAhead() {
  Instant now = Instant.parse("2030-01-01T00:00:00Z");
  // 81 would be 2081, more than 50 years after 2030: it is 1981, long past.
  assertEquals(Duration.ZERO, EasemobRetryAfter.parse("Thursday, 01-Jan-81 00:00:00 GMT", now));
  assertEquals(Duration.ofDays(1), EasemobRetryAfter.parse("Wednesday, 02-Jan-30 00:00:00 GMT", now));
  }

  @Test
  void aDateInThePastIsNoWait() {
  assertEquals(Duration.ZERO, parse("Sun, 06 Nov 1994 08:00:00 GMT"));
  assertEquals(Duration.ZERO, parse("Thu, 01 Jan 1970 00:00:00 GMT"));
  }

  @Test
  void anythingElseIsNoRetryAfter() {
  String[] bad = {
    null, "", "  ", "-5", "+5", "1.5", "1e3", "soon", "５", "12 34",
    "Sun, 06 Nov 1994 08:49:37 UTC", "Sun, 06 Nov 1994 08:49:37 +0000", "Sun, 06 Nov 94 08:49:37 GMT",
    "Mon, 06 Nov 1994 08:49:37 GMT", "Sun, 31 Feb 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT",
    "Sunday, 06-Nov-1994 08:49:37 GMT", "Sunday, 06-Nov-9x 08:49:37 GMT", "-", "Sunday, -",
    "Sun Nov 6 08:49:37 1994", "Sun, 06 Nov 1994 08:49:37 GMT and more text after the date",
  };
  for (String value : bad) {
    assertNull(parse(value), value);
  }
  }

  @Test
  void anAbsurdlyLongWaitIsNoRetryAfter() {
  assertNull(parse(String.valueOf(EasemobRetryAfter.MAX_SECONDS + 1)));
  assertNull(parse("99999999999999999999999999"));
  assertNull(parse("Fri, 06 Nov 2099 08:49:37 GMT"));
  }

  @Test
  void withoutANowThereIsNoWait() {
  assertNull(EasemobRetryAfter.parse("5", null));
  }

  @Test
  void withoutAGivenNowTheWaitIsFromTheClock() {
  assertEquals(Duration.ofSeconds(5), EasemobRetryAfter.parse("5"));
  assertEquals(Duration.ZERO, EasemobRetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT"));
  assertNull(EasemobRetryAfter.parse("Fri, 06 Nov 2099 08:49:37 GMT"));
  }
}
