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
 *   <li>{@code fields*}: {@code matchFields(status, error, description)}; {@code regex*}: the same rows
 *       through {@link RegexBaseline}. {@code *Plain}: only the rows whose match has no placeholder
 *       values (entries without placeholders, and the status-only rows).
 *   <li>{@code body}: {@code match(status, body)}, JSON parsing included; {@code fromBody}: {@code
 *       from(status, body)}, which also builds the exception and fills in its stack trace.
 *   <li>{@code scale*}: the same as their namesakes against the default catalogue with 2,500
 *       generated entries merged over it ({@code scaleRegex}: the hand-written list grown to match).
 *   <li>{@code *Fresh}: the same with a new String for the body, the error and the description on
 *       every operation, copied from the row's characters, as a server gets them from each
 *       response: no hash code is cached in them and no cache keyed on the instance can hit. {@code
 *       handBodyFresh}: {@link HandWrittenBody} (Jackson streaming for the two fields, then the
 *       regex list). {@code copyFresh} and {@code copyFieldsFresh} make only those copies, the
 *       part of every {@code *Fresh} score that is not matching.
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
  private HandWrittenBody handBody;
  /** Per row: the characters of the body, the error and the description (null where the row has none). */
  private char[][] bodies;
  private char[][] errors;
  private char[][] descriptions;
  private int at;
  private int plainAt;

  @Setup
  public void setUp() {
    List<Row> all = SeedRows.load();
    rows = all.toArray(new Row[0]);
    plain = all.stream().filter(r -> EasemobErrorMatcher.matchFields(r.status(), r.error(), r.description()).params().isEmpty())
        .toArray(Row[]::new);
    regex = RegexBaseline.ofDefault();
    scaleRegex = RegexBaseline.ofScale();
    handBody = new HandWrittenBody(regex);
    bodies = new char[rows.length][];
    errors = new char[rows.length][];
    descriptions = new char[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      bodies[i] = SeedRows.chars(rows[i].body());
      errors[i] = SeedRows.chars(rows[i].error());
      descriptions[i] = SeedRows.chars(rows[i].description());
    }
    // The comparison is only fair if both answer the same.
    for (Row r : rows) {
      EasemobErrorMatch m = EasemobErrorMatcher.matchFields(r.status(), r.error(), r.description());
      RegexBaseline.Found f = regex.match(r.status(), r.error(), r.description());
      String scaled = org.easemoberrors.benchmarks.scale.EasemobErrorMatcher.matchFields(r.status(), r.error(), r.description()).entryId();
      RegexBaseline.Found g = scaleRegex.match(r.status(), r.error(), r.description());
      if (!Objects.equals(m.entryId(), f == null ? null : f.id()) || !Objects.equals(m.entryId(), scaled)
          || !Objects.equals(m.entryId(), g == null ? null : g.id())) {
        throw new IllegalStateException("row " + r.name() + ": matcher " + m.entryId() + ", regex " + f + ", scale " + scaled + ", " + g);
      }
      String fromBody = EasemobErrorMatcher.match(r.status(), r.body()).entryId();
      RegexBaseline.Found h = handBody.match(r.status(), r.body());
      if (!Objects.equals(fromBody, h == null ? null : h.id())) {
        throw new IllegalStateException("row " + r.name() + ": matcher on the body " + fromBody + ", hand-written " + h);
      }
    }
  }

  /** Moves to the next row and returns its index. */
  private int nextIndex() {
    int i = at;
    at = at + 1 == rows.length ? 0 : at + 1;
    return i;
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
    return EasemobErrorMatcher.matchFields(r.status(), r.error(), r.description());
  }

  @Benchmark
  public Object regex() {
    Row r = next();
    return regex.match(r.status(), r.error(), r.description());
  }

  @Benchmark
  public Object fieldsPlain() {
    Row r = nextPlain();
    return EasemobErrorMatcher.matchFields(r.status(), r.error(), r.description());
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
    return org.easemoberrors.benchmarks.scale.EasemobErrorMatcher.matchFields(r.status(), r.error(), r.description());
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

  @Benchmark
  public Object bodyFresh() {
    int i = nextIndex();
    return EasemobErrorMatcher.match(rows[i].status(), SeedRows.fresh(bodies[i]));
  }

  @Benchmark
  public Object handBodyFresh() {
    int i = nextIndex();
    return handBody.match(rows[i].status(), SeedRows.fresh(bodies[i]));
  }

  @Benchmark
  public Object fieldsFresh() {
    int i = nextIndex();
    return EasemobErrorMatcher.matchFields(rows[i].status(), SeedRows.fresh(errors[i]), SeedRows.fresh(descriptions[i]));
  }

  @Benchmark
  public Object regexFresh() {
    int i = nextIndex();
    return regex.match(rows[i].status(), SeedRows.fresh(errors[i]), SeedRows.fresh(descriptions[i]));
  }

  @Benchmark
  public Object copyFresh() {
    return SeedRows.fresh(bodies[nextIndex()]);
  }

  @Benchmark
  public void copyFieldsFresh(org.openjdk.jmh.infra.Blackhole bh) {
    int i = nextIndex();
    bh.consume(SeedRows.fresh(errors[i]));
    bh.consume(SeedRows.fresh(descriptions[i]));
  }
}
