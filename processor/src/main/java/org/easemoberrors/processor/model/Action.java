package org.easemoberrors.processor.model;

import java.util.Locale;
import java.util.Optional;

/** What a caller should do about an error, as the Easemob documentation advises. */
public enum Action {
  /** Send the same request again after a short pause (timeouts, gateway errors). */
  RETRY,
  /** Slow down: the call was rate limited; wait (honouring Retry-After) before trying again. */
  BACKOFF,
  /** The body is too large: split it into smaller requests. */
  SPLIT,
  /** The access token expired: get a new one and repeat the call. */
  REFRESH_TOKEN,
  /** The request itself is wrong: retrying it unchanged cannot help. */
  FIX_REQUEST,
  /** A server-side failure: log it and alert an operator. */
  ALERT;

  /** The catalogue spelling, such as {@code refresh_token}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Action> ofCode(String code) {
    for (Action a : values()) {
      if (a.code().equals(code)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
