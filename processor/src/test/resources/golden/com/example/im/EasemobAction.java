package com.example.im;

import javax.annotation.processing.Generated;

/**
 * What a caller should do about an Easemob error, as the Easemob documentation advises.
 */
@Generated("org.easemoberrors.processor.EasemobErrorsProcessor")
public enum EasemobAction {
  /**
   * Send the same request again after a short pause: a timeout or a gateway error.
   */
  RETRY("retry"),

  /**
   * The call was rate limited: wait, honouring {@code Retry-After}, then try again more slowly.
   */
  BACKOFF("backoff"),

  /**
   * The request body is too large: split it into smaller requests.
   */
  SPLIT("split"),

  /**
   * The access token expired: get a new one and repeat the call once.
   */
  REFRESH_TOKEN("refresh_token"),

  /**
   * The request itself is wrong: sending it again unchanged cannot help.
   */
  FIX_REQUEST("fix_request"),

  /**
   * A failure on the server side: log it and alert an operator.
   */
  ALERT("alert");

  private final String id;

  EasemobAction(String id) {
    this.id = id;
  }

  /**
   * The catalogue spelling of this action, such as {@code refresh_token}.
   */
  public String id() {
    return id;
  }

  /**
   * Whether sending the same request again later can succeed: {@link #RETRY} and {@link #BACKOFF}.
   */
  public boolean isRetryable() {
    return this == RETRY || this == BACKOFF;
  }
}
