package org.easemoberrors.sample.server;

import java.time.Instant;

/** One request the emulated server answered, as its own log keeps it (for tests and the demo). */
public final class Exchange {
  private final String method;
  private final String path;
  private final int status;
  private final Instant arrived;
  private final String retryAfter;

  Exchange(String method, String path, int status, Instant arrived, String retryAfter) {
    this.method = method;
    this.path = path;
    this.status = status;
    this.arrived = arrived;
    this.retryAfter = retryAfter;
  }

  public String method() {
    return method;
  }

  /** The raw path, without the query. */
  public String path() {
    return path;
  }

  public int status() {
    return status;
  }

  /** When the request arrived, on the server's clock. */
  public Instant arrived() {
    return arrived;
  }

  /** The Retry-After header the answer carried, or null. */
  public String retryAfter() {
    return retryAfter;
  }

  @Override
  public String toString() {
    return method + " " + path + " -> " + status + (retryAfter == null ? "" : " (Retry-After: " + retryAfter + ")");
  }
}
