package org.easemoberrors.engine;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Reads the value of a {@code Retry-After} header (RFC 9110, section 10.2.3): delay-seconds, or an
 * HTTP-date in any of its three forms (section 5.6.7), as the time left until it. Never throws.
 */
final class EasemobRetryAfter {
  /** A wait longer than this is no sensible advice but a mistake: a year. */
  static final long MAX_SECONDS = 366L * 24 * 60 * 60;

  /**
   * The preferred form, {@code Sun, 06 Nov 1994 08:49:37 GMT}; a day of one digit, which some
   * servers send, is read too.
   */
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss 'GMT'", Locale.US);

  /**
   * The obsolete RFC 850 form, {@code Sunday, 06-Nov-94 08:49:37 GMT}, once its year is written
   * out in full.
   */
  private static final DateTimeFormatter RFC_850 =
      DateTimeFormatter.ofPattern("EEEE, dd-MMM-yyyy HH:mm:ss 'GMT'", Locale.US);

  /** The obsolete form of C's asctime(): {@code Sun Nov  6 08:49:37 1994}. */
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);

  private EasemobRetryAfter() {
  }

  /** The wait from now; see {@link #parse(String, Instant)}. */
  static Duration parse(String value) {
    // Most responses have no Retry-After: no clock is read for them.
    return value == null ? null : parse(value, Instant.now());
  }

  /**
   * The wait that {@code value} asks for, from {@code now}: its seconds, or the time until its
   * date, {@link Duration#ZERO} when that has passed. Null when the value is null, not one of the
   * forms, negative, or a wait of more than {@link #MAX_SECONDS}.
   */
  static Duration parse(String value, Instant now) {
    if (value == null || now == null) {
      return null;
    }
    String v = trim(value);
    if (v.isEmpty()) {
      return null;
    }
    if (digits(v)) {
      // More than 10 digits is more than 300 years: not worth reading.
      if (v.length() > 10) {
        return null;
      }
      long seconds = Long.parseLong(v);
      return seconds > MAX_SECONDS ? null : Duration.ofSeconds(seconds);
    }
    Instant when = date(v, now);
    if (when == null) {
      return null;
    }
    Duration wait = Duration.between(now, when);
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.getSeconds() > MAX_SECONDS ? null : wait;
  }

  /** Optional white space around the value (OWS: spaces and tabs) is no part of it. */
  private static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The instant of an HTTP-date in one of its forms, or null. */
  private static Instant date(String v, Instant now) {
    // Every form is short; a long value is none of them, and is not worth a parser's time.
    if (v.length() > 40) {
      return null;
    }
    try {
      if (v.length() > 3 && v.charAt(3) == ',') {
        return LocalDateTime.parse(v, IMF_FIXDATE).toInstant(ZoneOffset.UTC);
      }
      if (v.indexOf(',') > 3) {
        return rfc850(v, now);
      }
      return LocalDateTime.parse(v, ASCTIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * An RFC 850 date, whose two-digit year is the one in the century that puts it no more than 50
   * years after now (RFC 9110, section 5.6.7).
   */
  private static Instant rfc850(String v, Instant now) {
    int dash = v.lastIndexOf('-');
    if (dash < 0) {
      return null;
    }
    // "yy HH:mm:ss GMT" follows the last dash.
    String rest = v.substring(dash + 1);
    if (rest.length() != 15 || !rest.endsWith(" GMT") || rest.charAt(2) != ' '
        || !digits(rest.substring(0, 2))) {
      return null;
    }
    int yy = Integer.parseInt(rest.substring(0, 2));
    int thisYear = now.atOffset(ZoneOffset.UTC).getYear();
    int year = thisYear - Math.floorMod(thisYear, 100) + yy;
    if (year > thisYear + 50) {
      year -= 100;
    }
    String full = v.substring(0, dash + 1) + year + rest.substring(2);
    return LocalDateTime.parse(full, RFC_850).toInstant(ZoneOffset.UTC);
  }
}
