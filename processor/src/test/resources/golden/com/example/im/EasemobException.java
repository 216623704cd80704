package com.example.im;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * An error response of the Easemob REST API.
 *
 * <p>Built by {@link EasemobErrorMatcher#from(int, String)}; catch the subclass of the status or of the
 * catalogue entry you care about. {@link #getMessage()} and {@link #toString()} tell the facts,
 * the same on every JVM and in every locale: the status, the error code, the entry's id and
 * the server's description; {@link #explanation(Locale)} and {@link #help(Locale)} give the
 * localized texts.
 */
@Generated("org.easemoberrors.processor.EasemobErrorsProcessor")
public class EasemobException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final EasemobErrorMatch match;

  EasemobException(EasemobErrorMatch match) {
    super(match.summary());
    this.match = match;
  }

  /**
   * The match this exception was built from.
   */
  public final EasemobErrorMatch match() {
    return match;
  }

  /**
   * The HTTP status as received.
   */
  public final int status() {
    return match.status();
  }

  /**
   * The status's constant, or its class when the catalogue does not list it.
   */
  public final EasemobStatus statusType() {
    return match.statusType();
  }

  /**
   * The {@code error} field of the response body as received, or null.
   */
  public final String errorCode() {
    return match.errorCode();
  }

  /**
   * The {@code error_description} field of the response body as received, or null.
   */
  public final String description() {
    return match.description();
  }

  /**
   * The catalogue entry that matched, or null when only the status did.
   */
  public final EasemobError entry() {
    return match.entry();
  }

  /**
   * How specific the match was.
   */
  public final EasemobMatchLevel level() {
    return match.level();
  }

  /**
   * The id of the catalogue entry that matched, or null when only the status did.
   */
  public final String entryId() {
    return match.entryId();
  }

  /**
   * The recommended action.
   */
  public final EasemobAction action() {
    return match.action();
  }

  /**
   * The raw response body, or null when it was not given.
   */
  public final String body() {
    return match.body();
  }

  /**
   * The values of the description template's placeholders, by name, in template order.
   */
  public final Map<String, String> params() {
    return match.params();
  }

  /**
   * How long the server asked to wait before the next request, or null when it did not say.
   */
  public final Duration retryAfter() {
    return match.retryAfter();
  }

  /**
   * Whether sending the same request again later can succeed: the action is {@code RETRY} or {@code BACKOFF}.
   */
  public final boolean isRetryable() {
    return match.isRetryable();
  }

  /**
   * Whether the server is shedding load: status 429 or 503, or the action {@code BACKOFF}.
   */
  public final boolean isThrottled() {
    return match.isThrottled();
  }

  /**
   * The likely causes in {@code locale}, placeholders filled; never empty.
   */
  public final List<String> explanations(Locale locale) {
    return match.explanations(locale);
  }

  /**
   * The explanations in {@code locale} as one text.
   */
  public final String explanation(Locale locale) {
    return match.explanation(locale);
  }

  /**
   * What to change or do, in {@code locale}: the entry's help, else the status's, else its class's; never null.
   */
  public final String help(Locale locale) {
    return match.help(locale);
  }

  /**
   * The value of the placeholder {@code name} in the description, or null: the way to the values
   * where the entry has no class of its own ({@code exceptionClasses = STATUS_ONLY}).
   */
  public final String param(String name) {
    return match.param(name);
  }
}
