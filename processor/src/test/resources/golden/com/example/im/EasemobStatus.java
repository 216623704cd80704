package com.example.im;

import java.util.Locale;
import javax.annotation.processing.Generated;

/**
 * The HTTP statuses of the Easemob error catalogue, and the classes of the statuses it does not list.
 */
@Generated("org.easemoberrors.processor.EasemobErrorsProcessor")
public enum EasemobStatus {
  /**
   * HTTP 400, BadRequest.
   */
  BAD_REQUEST(400, "400", EasemobAction.FIX_REQUEST),

  /**
   * HTTP 401, Unauthorized.
   */
  UNAUTHORIZED(401, "401", EasemobAction.FIX_REQUEST),

  /**
   * A 4xx status that the catalogue does not list.
   */
  CLIENT_ERROR(0, "4xx", EasemobAction.FIX_REQUEST),

  /**
   * A 5xx status that the catalogue does not list.
   */
  SERVER_ERROR(0, "5xx", EasemobAction.ALERT),

  /**
   * A status that is not an HTTP error (below 400 or above 599): unexpected in an error path.
   */
  NOT_AN_ERROR(0, "other", EasemobAction.ALERT);

  private final int value;

  private final String key;

  private final EasemobAction action;

  EasemobStatus(int value, String key, EasemobAction action) {
    this.value = value;
    this.key = key;
    this.action = action;
  }

  /**
   * The HTTP status code, or 0 for {@link #CLIENT_ERROR}, {@link #SERVER_ERROR} and {@link #NOT_AN_ERROR}.
   */
  public int value() {
    return value;
  }

  /**
   * The recommended action for this status.
   */
  public EasemobAction action() {
    return action;
  }

  /**
   * The description of this status in {@code locale}, or in the catalogue's fallback locale when it has none.
   */
  public String description(Locale locale) {
    return EasemobErrorMatch.text(locale, "status." + key);
  }

  /**
   * What to do about a response of this status in {@code locale}: the status's help, else its
   * class's; the description when the catalogue gives neither. Never null.
   */
  public String help(Locale locale) {
    String help = EasemobErrorMatch.find(locale, "help.status." + key);
    return help != null ? help : description(locale);
  }

  /**
   * The constant for an HTTP status code; never null.
   */
  public static EasemobStatus of(int status) {
    switch (status) {
      case 400: return BAD_REQUEST;
      case 401: return UNAUTHORIZED;
      default:
        return status >= 400 && status < 500 ? CLIENT_ERROR : status >= 500 && status < 600 ? SERVER_ERROR : NOT_AN_ERROR;
    }
  }
}
