package org.easemoberrors.sample.client;

import java.io.IOException;
import java.time.Duration;
import org.easemoberrors.sample.errors.EasemobException;

/** What the client does with each call, for a log, metrics or the demo's narration. All optional. */
public interface CallListener {
  /** Why a call is sent again. */
  enum Reason {
    /** A timeout or gateway error on a call that is safe to repeat: exponential backoff with jitter. */
    RETRY,
    /** Throttled, and the server said when to come back (Retry-After). */
    RETRY_AFTER,
    /** Throttled without Retry-After: a longer exponential backoff with jitter. */
    BACKOFF,
    /** The app token expired: a new one was fetched and the call goes once more. */
    REFRESH_TOKEN
  }

  /** An attempt got an error response; {@code retryAfter} is its Retry-After, or null. */
  default void failed(Call call, int attempt, EasemobException error, Duration retryAfter) {}

  /** An attempt got no response: a timeout or a refused connection. */
  default void failed(Call call, int attempt, IOException error) {}

  /** The call will be sent again after {@code delay}. */
  default void retrying(Call call, int attempt, Duration delay, Reason reason) {}

  /** A new app token was fetched; {@code replacing} is false for the first one. */
  default void tokenFetched(boolean replacing) {}

  /** A batch of {@code size} was too large and is sent again as two parts. */
  default void splitting(Call call, int size, int first, int second) {}

  /** The call succeeded on attempt {@code attempts}. */
  default void succeeded(Call call, int attempts) {}
}
