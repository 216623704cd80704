package org.easemoberrors.sample.client;

/**
 * Whether sending a call a second time is harmless. The client repeats a call after a timeout or a
 * gateway error only when it is safe to: the first attempt may have done its work before the
 * answer was lost, and doing it twice must leave the same state.
 *
 * <p>Some answers say the work was not done, so any call may be sent again after them: 429 and
 * 503 (throttled before anything happened), 401 for an expired token (refused at the door) and 413
 * (refused at the gateway, sent again only as smaller parts).
 */
public enum Idempotency {
  /** Doing it twice leaves the same state: reads, setting a password, adding to a set. */
  SAFE_TO_REPEAT,
  /**
   * Doing it twice is not the same as once: creating a user (the second answer would be a
   * duplicate), sending a message (delivered twice). After a timeout, check what happened first.
   */
  NOT_SAFE_TO_REPEAT
}
