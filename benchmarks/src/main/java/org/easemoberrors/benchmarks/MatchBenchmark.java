package org.easemoberrors.benchmarks;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.easemoberrors.benchmarks.SeedRows.Row;
import org.easemoberrors.benchmarks.defaults.EasemobErrorMatch;
import org.easemoberrors.benchmarks.defaults.EasemobErrorMatcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One lookup per operation, going round the seed rows, so a score is the mean over the rows.
 *
 * <ul>
 *   <li>{@code fields*}: {@code match(status, error, description)}; {@code regex*}: the same rows
 *       through {@link RegexBaseline}. {@code *Plain}: only the rows whose match has no placeholder
 *       values (entries without placeholders, and the status-only rows).
 *   <li>{@code body}: {@code match(status, body)}, JSON parsing included; {@code fromBody}: {@code
 *       from(status, body)}, which also builds the exception and fills in its stack trace.
 *   <li>{@code scale*}: the same as their namesakes against the default catalogue with 10,000
 *       generated entries merged over it ({@code scaleRegex}: the hand-written list grown to match).
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchBenchmark {
  private Row[] rows;
  private Row[] plain;
  private RegexBaseline regex;
  private RegexBaseline scaleRegex;
  private int at;
  private int plainAt;

  @Setup
  public void setUp() {
    List<Row> all = SeedRows.load();
    rows = all.toArray(new Row[0]);
    plain = all.stream().filter(r -> EasemobErrorMatcher.match(r.status(), r.error(), r.description()).params().isEmpty())
        .toArray(Row[]::new);
    regex = RegexBaseline.ofDefault();
    scaleRegex = RegexBaseline.ofScale();
    // The comparison is only fair if both answer the same.
    for (Row r : rows) {
      EasemobErrorMatch m = EasemobErrorMatcher.match(r.status(), r.error(), r.description());
      RegexBaseline.Found f = regex.match(r.status(), r.error(), r.description());
      String scaled = org.easemoberrors.benchmarks.scale.EasemobErrorMatcher.match(r.status(), r.error(), r.description()).entryId();
      RegexBaseline.Found g = scaleRegex.match(r.status(), r.error(), r.description());
      if (!Objects.equals(m.entryId(), f == null ? null : f.id()) || !Objects.equals(m.entryId(), scaled)
          || !Objects.equals(m.entryId(), g == null ? null : g.id())) {
        throw new IllegalStateException("row " + r.name() + ": matcher " + m.entryId() + ", regex " + f + ", scale " + scaled + ", " + g);
      }
    }
  }

  private Row next() {
    Row r = rows[at];
    at = at + 1 == rows.length ? 0 : at + 1;
    return r;
  }

  private Row nextPlain() {
    Row r = plain[plainAt];
    plainAt = plainAt + 1 == plain.length ? 0 : plainAt + 1;
    return r;
  }

  @Benchmark
  public Object fields() {
    Row r = next();
    return EasemobErrorMatcher.match(r.status(), r.error(), r.description());
  }

  @Benchmark
  public Object regex() {
    Row r = next();
    return regex.match(r.status(), r.error(), r.description());
  }

  @Benchmark
  public Object fieldsPlain() {
    Row r = nextPlain();
    return EasemobErrorMatcher.match(r.status(), r.error(), r.description());
  }

  @Benchmark
  public Object regexPlain() {
    Row r = nextPlain();
    return regex.match(r.status(), r.error(), r.description());
  }

  @Benchmark
  public Object body() {
    Row r = next();
    return EasemobErrorMatcher.match(r.status(), r.body());
  }

  @Benchmark
  public Object fromBody() {
    Row r = next();
    return EasemobErrorMatcher.from(r.status(), r.body());
  }

  @Benchmark
  public Object scaleFields() {
    Row r = next();
    return org.easemoberrors.benchmarks.scale.EasemobErrorMatcher.match(r.status(), r.error(), r.description());
  }

  @Benchmark
  public Object scaleRegex() {
    Row r = next();
    return scaleRegex.match(r.status(), r.error(), r.description());
  }

  @Benchmark
  public Object scaleBody() {
    Row r = next();
    return org.easemoberrors.benchmarks.scale.EasemobErrorMatcher.match(r.status(), r.body());
  }
}
