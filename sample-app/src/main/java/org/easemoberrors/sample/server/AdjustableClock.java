package org.easemoberrors.sample.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulated server's clock: real time plus an offset that a scenario can move forward, so that
 * "a week later" (an expired token) takes no time to reach.
 */
public final class AdjustableClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  public AdjustableClock() {
    this(Clock.systemUTC());
  }

  public AdjustableClock(Clock base) {
    this.base = base;
  }

  /** Moves this clock forward (or back, with a negative amount). */
  public void advance(Duration amount) {
    offset.updateAndGet(o -> o.plus(amount));
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the emulated server keeps UTC");
  }
}
