package org.easemoberrors.sample.client;

import java.util.Objects;

/** One REST call under {@code /{org}/{app}}: method, path, JSON body, and whether it may be repeated. */
public final class Call {
  private final String method;
  private final String path;
  private final String body;
  private final Idempotency idempotency;
  private final boolean authenticated;

  private Call(String method, String path, String body, Idempotency idempotency, boolean authenticated) {
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.body = body;
    this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
    this.authenticated = authenticated;
  }

  /** A call that sends the app token. {@code path} starts with "/" and may hold a query. */
  public static Call of(String method, String path, String body, Idempotency idempotency) {
    return new Call(method, path, body, idempotency, true);
  }

  /** The same call without the app token (the token request itself, open registration). */
  public Call withoutToken() {
    return new Call(method, path, body, idempotency, false);
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  /** The JSON body, or null for none. */
  public String body() {
    return body;
  }

  public Idempotency idempotency() {
    return idempotency;
  }

  public boolean isSafeToRepeat() {
    return idempotency == Idempotency.SAFE_TO_REPEAT;
  }

  public boolean authenticated() {
    return authenticated;
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
