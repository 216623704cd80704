package org.easemoberrors.sample.client;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.easemoberrors.sample.errors.EasemobException;

/** Records what the client reports, for assertions. */
final class Recorder implements CallListener {
  static final class Retry {
    final Call call;
    final Duration delay;
    final Reason reason;

    Retry(Call call, Duration delay, Reason reason) {
      this.call = call;
      this.delay = delay;
      this.reason = reason;
    }
  }

  final List<String> failures = new CopyOnWriteArrayList<>();
  final List<Retry> retries = new CopyOnWriteArrayList<>();
  final List<Boolean> tokens = new CopyOnWriteArrayList<>();
  final List<String> splits = new CopyOnWriteArrayList<>();
  final List<String> alerts = new CopyOnWriteArrayList<>();

  @Override
  public void failed(Call call, int attempt, EasemobException error, Duration retryAfter) {
    failures.add(call + " #" + attempt + " " + error.status() + " " + error.entryId());
  }

  @Override
  public void failed(Call call, int attempt, IOException error) {
    failures.add(call + " #" + attempt + " " + error.getClass().getSimpleName());
  }

  @Override
  public void retrying(Call call, int attempt, Duration delay, Reason reason) {
    retries.add(new Retry(call, delay, reason));
  }

  @Override
  public void tokenFetched(boolean replacing) {
    tokens.add(replacing);
  }

  @Override
  public void splitting(Call call, int size, int first, int second) {
    splits.add(size + "=" + first + "+" + second);
  }

  long retries(Reason reason) {
    return retries.stream().filter(r -> r.reason == reason).count();
  }
}
