package org.easemoberrors.sample.client;

import java.time.Duration;

/**
 * The client's timing: how often and how long it waits before sending a call again. Immutable;
 * each {@code with} method returns a changed copy. {@link #defaults()} suits a server in
 * production; the demo and the tests shorten every delay.
 */
public final class RetrySettings {
  private final Duration retryDelay;
  private final Duration retryMaxDelay;
  private final int maxRetries;
  private final Duration backoffDelay;
  private final Duration backoffMaxDelay;
  private final int maxBackoffRetries;
  private final Duration maxRetryAfter;
  private final Duration requestTimeout;

  private RetrySettings(Duration retryDelay, Duration retryMaxDelay, int maxRetries, Duration backoffDelay,
      Duration backoffMaxDelay, int maxBackoffRetries, Duration maxRetryAfter, Duration requestTimeout) {
    if (retryDelay.compareTo(retryMaxDelay) >= 0 || backoffDelay.compareTo(backoffMaxDelay) >= 0) {
      throw new IllegalArgumentException("each first delay must be shorter than its maximum");
    }
    this.retryDelay = retryDelay;
    this.retryMaxDelay = retryMaxDelay;
    this.maxRetries = maxRetries;
    this.backoffDelay = backoffDelay;
    this.backoffMaxDelay = backoffMaxDelay;
    this.maxBackoffRetries = maxBackoffRetries;
    this.maxRetryAfter = maxRetryAfter;
    this.requestTimeout = requestTimeout;
  }

  /**
   * Retry after 0.2 s, doubling up to 5 s, 3 times; back off after 2 s, tripling up to 60 s, 4
   * times; wait at most 2 minutes for a Retry-After; give up on an answer after 10 s.
   */
  public static RetrySettings defaults() {
    return new RetrySettings(Duration.ofMillis(200), Duration.ofSeconds(5), 3, Duration.ofSeconds(2),
        Duration.ofSeconds(60), 4, Duration.ofMinutes(2), Duration.ofSeconds(10));
  }

  /** First delay and cap of the retries after a timeout or a gateway error (doubling, jitter ±50%). */
  public RetrySettings withRetryDelays(Duration first, Duration max) {
    return new RetrySettings(first, max, maxRetries, backoffDelay, backoffMaxDelay, maxBackoffRetries, maxRetryAfter,
        requestTimeout);
  }

  public RetrySettings withMaxRetries(int retries) {
    return new RetrySettings(retryDelay, retryMaxDelay, retries, backoffDelay, backoffMaxDelay, maxBackoffRetries,
        maxRetryAfter, requestTimeout);
  }

  /** First delay and cap of the backoff when throttled without Retry-After (tripling, jitter ±25%). */
  public RetrySettings withBackoffDelays(Duration first, Duration max) {
    return new RetrySettings(retryDelay, retryMaxDelay, maxRetries, first, max, maxBackoffRetries, maxRetryAfter,
        requestTimeout);
  }

  public RetrySettings withMaxBackoffRetries(int retries) {
    return new RetrySettings(retryDelay, retryMaxDelay, maxRetries, backoffDelay, backoffMaxDelay, retries,
        maxRetryAfter, requestTimeout);
  }

  /** The longest Retry-After the client waits for; a longer one is given up on at once. */
  public RetrySettings withMaxRetryAfter(Duration max) {
    return new RetrySettings(retryDelay, retryMaxDelay, maxRetries, backoffDelay, backoffMaxDelay, maxBackoffRetries,
        max, requestTimeout);
  }

  /** How long one attempt waits for the answer. */
  public RetrySettings withRequestTimeout(Duration timeout) {
    return new RetrySettings(retryDelay, retryMaxDelay, maxRetries, backoffDelay, backoffMaxDelay, maxBackoffRetries,
        maxRetryAfter, timeout);
  }

  public Duration retryDelay() {
    return retryDelay;
  }

  public Duration retryMaxDelay() {
    return retryMaxDelay;
  }

  public int maxRetries() {
    return maxRetries;
  }

  public Duration backoffDelay() {
    return backoffDelay;
  }

  public Duration backoffMaxDelay() {
    return backoffMaxDelay;
  }

  public int maxBackoffRetries() {
    return maxBackoffRetries;
  }

  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  public Duration requestTimeout() {
    return requestTimeout;
  }
}
