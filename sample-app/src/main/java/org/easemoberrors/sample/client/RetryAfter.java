package org.easemoberrors.sample.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a Retry-After header: delay-seconds or an HTTP date (RFC 9110, section 10.2.3). */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * How long to wait, from {@code clock}'s now: the seconds, or the time until the date (zero when
   * it has passed); null when the header is absent or neither form.
   */
  public static Duration parse(String header, Clock clock) {
    if (header == null) {
      return null;
    }
    String value = header.trim();
    if (value.matches("\\d{1,10}")) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    try {
      // RFC 1123 covers the IMF-fixdate form that servers send today.
      Instant when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), when);
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
