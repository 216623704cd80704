package com.example.im;

import javax.annotation.processing.Generated;

/**
 * Maps an Easemob error response to the most specific catalogue entry and its exception.
 *
 * <p>Precedence, most specific first, each match saying which it was ({@link EasemobMatchLevel}):
 * <ol>
 * <li>status, error code and description template (a template without placeholders before one
 * with them);
 * <li>status and template, with any error code;
 * <li>status and error code, when the description fits no template (a reworded one, or none):
 * an entry without templates that names the code, else the one entry with templates that names
 * it; a code that several entries with templates share at the status picks none of them;
 * <li>the status, when the catalogue lists it;
 * <li>its class: 4xx, 5xx or not an error.
 * </ol>
 * Typographic quotes and runs of white space in descriptions match their plain forms; the
 * placeholders' values are the description's own characters as received.
 * No method returns null or throws, whatever the input. Safe to use from many threads.
 */
@Generated("org.easemoberrors.processor.EasemobErrorsProcessor")
public final class EasemobErrorMatcher {
  private static final EasemobError[] ENTRIES = EasemobError.values();

  private static final EasemobIndex INDEX = index();

  private static final String[] NO_VALUES = new String[0];

  private EasemobErrorMatcher() {
  }

  /**
   * Matches a response by its HTTP status and raw body (the JSON object with {@code error} and
   * {@code error_description}). A body that is missing, empty or not JSON matches on the status.
   * The body is read with Jackson's streaming parser.
   */
  public static EasemobErrorMatch match(int status, String body) {
    return match(status, body, null);
  }

  /**
   * Matches a response by its HTTP status, raw body and {@code Retry-After} header (seconds or an
   * HTTP-date, read at the time of this call; null when the response had none), as
   * {@link #match(int, String)} does.
   */
  public static EasemobErrorMatch match(int status, String body, String retryAfter) {
    String[] fields = EasemobJacksonBody.read(body);
    if (fields == null) {
      return new EasemobErrorMatch(status, null, null, null, body, NO_VALUES, unmatched(status), EasemobRetryAfter.parse(retryAfter));
    }
    return find(status, fields[0], fields[1], body, retryAfter);
  }

  /**
   * Matches a response by its HTTP status, error code and error description, either of which may be null.
   */
  public static EasemobErrorMatch matchFields(int status, String error, String description) {
    return find(status, error, description, null, null);
  }

  /**
   * Matches a response by its HTTP status, error code, error description and {@code Retry-After}
   * header, any of which may be null.
   */
  public static EasemobErrorMatch matchFields(int status, String error, String description,
      String retryAfter) {
    return find(status, error, description, null, retryAfter);
  }

  /**
   * The exception for a response's HTTP status and raw body; never null.
   */
  public static EasemobException from(int status, String body) {
    return match(status, body).toException();
  }

  /**
   * The exception for a response's HTTP status, raw body and {@code Retry-After} header; never null.
   */
  public static EasemobException from(int status, String body, String retryAfter) {
    return match(status, body, retryAfter).toException();
  }

  /**
   * The exception for a response's HTTP status, error code and description; never null.
   */
  public static EasemobException fromFields(int status, String error, String description) {
    return matchFields(status, error, description).toException();
  }

  /**
   * The exception for a response's HTTP status, error code, description and {@code Retry-After} header; never null.
   */
  public static EasemobException fromFields(int status, String error, String description,
      String retryAfter) {
    return matchFields(status, error, description, retryAfter).toException();
  }

  private static EasemobErrorMatch find(int status, String error, String description, String body,
      String retryAfter) {
    EasemobIndex.Hit hit = INDEX.find(status, error, description);
    if (hit == null) {
      // The status, or its class.
      return new EasemobErrorMatch(status, null, error, description, body, NO_VALUES, unmatched(status), EasemobRetryAfter.parse(retryAfter));
    }
    return new EasemobErrorMatch(status, ENTRIES[hit.entry], error, description, body, hit.values, hit.level, EasemobRetryAfter.parse(retryAfter));
  }

  /**
   * The level of a match that found no entry: the status, or only its class.
   */
  private static EasemobMatchLevel unmatched(int status) {
    switch (EasemobStatus.of(status)) {
      case CLIENT_ERROR:
      case SERVER_ERROR:
      case NOT_AN_ERROR:
        return EasemobMatchLevel.STATUS_CLASS;
      default:
        return EasemobMatchLevel.STATUS;
    }
  }

  /**
   * The index of the entries' tables, each indexed by entry ordinal.
   */
  private static EasemobIndex index() {
    return new EasemobIndex(EasemobError.Table.STATUSES, EasemobError.Table.CODES, EasemobError.Table.TEMPLATES, EasemobError.Table.PLACEHOLDERS);
  }
}
