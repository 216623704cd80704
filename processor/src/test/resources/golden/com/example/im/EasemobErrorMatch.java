package com.example.im;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * What {@link EasemobErrorMatcher} made of one error response: the catalogue entry (or only the status),
 * the values of the template's placeholders, the recommended action, the localized explanations
 * and help, and the wait the server asked for.
 *
 * <p>Immutable and safe to share between threads.
 */
@Generated("org.easemoberrors.processor.EasemobErrorsProcessor")
public final class EasemobErrorMatch implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final EasemobTexts TEXTS = new EasemobTexts(EasemobErrorMatch.class, "EasemobMessages", "", "_zh_CN", "_en");

  private final int status;

  private final EasemobStatus statusType;

  private final EasemobError entry;

  private final String errorCode;

  private final String description;

  private final String body;

  private final String[] values;

  private final EasemobMatchLevel level;

  private final Duration retryAfter;

  EasemobErrorMatch(int status, EasemobError entry, String errorCode, String description,
      String body, String[] values, EasemobMatchLevel level, Duration retryAfter) {
    this.status = status;
    this.statusType = EasemobStatus.of(status);
    this.entry = entry;
    this.errorCode = errorCode;
    this.description = description;
    this.body = body;
    this.values = values;
    this.level = level;
    this.retryAfter = retryAfter;
  }

  /**
   * The HTTP status as received.
   */
  public int status() {
    return status;
  }

  /**
   * The status's constant, or its class ({@code CLIENT_ERROR}, {@code SERVER_ERROR}, {@code NOT_AN_ERROR}) when the catalogue does not list it.
   */
  public EasemobStatus statusType() {
    return statusType;
  }

  /**
   * The catalogue entry that matched, or null when only the status did.
   */
  public EasemobError entry() {
    return entry;
  }

  /**
   * The id of the entry that matched, or null when only the status did.
   */
  public String entryId() {
    return entry == null ? null : entry.id();
  }

  /**
   * How specific the match was: a template fitted, the error code alone named the entry, or only the status
   * or its class is known.
   */
  public EasemobMatchLevel level() {
    return level;
  }

  /**
   * The server's error code as received, or null.
   */
  public String errorCode() {
    return errorCode;
  }

  /**
   * The server's error description as received, or null.
   */
  public String description() {
    return description;
  }

  /**
   * The raw response body, or null when the match was made from an error code and a description.
   */
  public String body() {
    return body;
  }

  /**
   * The recommended action: the entry's, else the status's.
   */
  public EasemobAction action() {
    return entry != null ? entry.action() : statusType.action();
  }

  /**
   * How long the server asked to wait before the next request, read from its {@code Retry-After}
   * header at the time of the match; null when the header was not given or unreadable.
   */
  public Duration retryAfter() {
    return retryAfter;
  }

  /**
   * Whether sending the same request again later can succeed: the action is {@code RETRY} or {@code BACKOFF}.
   */
  public boolean isRetryable() {
    return action().isRetryable();
  }

  /**
   * Whether the server is shedding load: status 429 or 503, or the action {@code BACKOFF}.
   */
  public boolean isThrottled() {
    return status == 429 || status == 503 || action() == EasemobAction.BACKOFF;
  }

  /**
   * The values of the matched template's placeholders, by name, in template order; empty when there are none.
   */
  public Map<String, String> params() {
    if (entry == null || values.length == 0) {
      return Collections.emptyMap();
    }
    String[] names = entry.rawPlaceholders();
    Map<String, String> params = new LinkedHashMap<String, String>();
    for (int i = 0; i < names.length; i++) {
      if (values[i] != null) {
        params.put(names[i], values[i]);
      }
    }
    return Collections.unmodifiableMap(params);
  }

  /**
   * The value of one placeholder, or null.
   */
  public String param(String name) {
    if (entry != null) {
      String[] names = entry.rawPlaceholders();
      for (int i = 0; i < names.length && i < values.length; i++) {
        if (names[i].equals(name)) {
          return values[i];
        }
      }
    }
    return null;
  }

  /**
   * The likely causes in {@code locale} (or in the catalogue's fallback locale when it has none),
   * placeholders filled; never empty. Without an entry, the status's description.
   */
  public List<String> explanations(Locale locale) {
    if (entry == null) {
      return Collections.singletonList(statusType.description(locale));
    }
    String text = text(locale, "entry." + entry.id());
    String[] names = entry.rawPlaceholders();
    List<String> explanations = new ArrayList<String>();
    int start = 0;
    while (true) {
      int end = text.indexOf('\n', start);
      explanations.add(EasemobTemplates.fill(end < 0 ? text.substring(start) : text.substring(start, end), names, values));
      if (end < 0) {
        return Collections.unmodifiableList(explanations);
      }
      start = end + 1;
    }
  }

  /**
   * The explanations in {@code locale} as one text.
   */
  public String explanation(Locale locale) {
    List<String> explanations = explanations(locale);
    StringBuilder sb = new StringBuilder(explanations.get(0));
    for (int i = 1; i < explanations.size(); i++) {
      sb.append(" / ").append(explanations.get(i));
    }
    return sb.toString();
  }

  /**
   * What to change or do, in {@code locale}: the entry's help with its placeholders filled, else the
   * status's, else its class's (see {@link EasemobStatus#help(Locale)}). Never null.
   */
  public String help(Locale locale) {
    if (entry != null) {
      String help = find(locale, "help.entry." + entry.id());
      if (help != null) {
        return EasemobTemplates.fill(help, entry.rawPlaceholders(), values);
      }
    }
    return statusType.help(locale);
  }

  /**
   * The exception for this match: the entry's class, else the status's, else the 4xx or 5xx class.
   */
  public EasemobException toException() {
    if (entry != null) {
      switch (entry.ordinal()) {
        case 0: return new EasemobClientException.BadRequest.DuplicateUsername(this);
        case 1: return new EasemobClientException.Unauthorized.ExpiredToken(this);
        case 2: return new EasemobClientException.BadRequest.MalformedJson(this);
        default:
          break;
      }
    }
    switch (statusType) {
      case BAD_REQUEST: return new EasemobClientException.BadRequest(this);
      case UNAUTHORIZED: return new EasemobClientException.Unauthorized(this);
      case CLIENT_ERROR: return new EasemobClientException(this);
      case SERVER_ERROR: return new EasemobServerException(this);
      default:
        return new EasemobException(this);
    }
  }

  String summary() {
    StringBuilder sb = new StringBuilder().append(status);
    if (errorCode != null) {
      sb.append(' ').append(errorCode);
    }
    if (entry != null) {
      sb.append(" [").append(entry.id()).append(']');
    }
    if (description != null) {
      sb.append(": ").append(description);
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EasemobErrorMatch)) {
      return false;
    }
    EasemobErrorMatch m = (EasemobErrorMatch) o;
    return status == m.status && entry == m.entry && same(errorCode, m.errorCode) && same(description, m.description) && same(body, m.body) && Arrays.equals(values, m.values) && same(retryAfter, m.retryAfter);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new Object[] {status, entry, errorCode, description, body, retryAfter}) * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "EasemobErrorMatch[" + summary() + " -> " + action().id() + (params().isEmpty() ? "" : " " + params())
        + (retryAfter == null ? "" : " retryAfter=" + retryAfter) + ']';
  }

  private static boolean same(Object a, Object b) {
    return a == null ? b == null : a.equals(b);
  }

  /**
   * The text of {@code key} in the message file of {@code locale}, its language or the fallback; else the key.
   */
  static String text(Locale locale, String key) {
    return TEXTS.text(locale, key);
  }

  /**
   * The text of {@code key} as {@link #text} finds it, or null when no file has it.
   */
  static String find(Locale locale, String key) {
    return TEXTS.find(locale, key);
  }
}
