package org.easemoberrors.engine;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.easemoberrors.benchmarks.SeedRows;
import org.easemoberrors.benchmarks.SeedRows.Row;
import org.easemoberrors.benchmarks.defaults.EasemobError;
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
 * The engine module's own classes, called directly, below the facade that each annotated package
 * gets: the index built from the default catalogue's tables, the normalizer and the Jackson body
 * reader. Run beside {@code MatchBenchmark} ({@code fieldsFresh}, {@code bodyFresh}), the
 * difference is what the generated match objects cost. Strings are fresh on every operation, as
 * a server gets them from each response.
 *
 * <ul>
 *   <li>{@code indexFresh}: {@code EasemobIndex.find(status, error, description)} over the seed rows;
 *   <li>{@code normalizeFresh}: {@code EasemobNormalizer.normalize(description)};
 *   <li>{@code jacksonFresh}: {@code EasemobJacksonBody.read(body)}, the two fields of a body.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
  private EasemobIndex index;
  private int[] statuses;
  private char[][] bodies;
  private char[][] errors;
  private char[][] descriptions;
  private int at;

  @Setup
  public void setUp() {
    EasemobError[] entries = EasemobError.values();
    index = defaultIndex();
    List<Row> rows = SeedRows.load();
    statuses = new int[rows.size()];
    bodies = new char[rows.size()][];
    errors = new char[rows.size()][];
    descriptions = new char[rows.size()][];
    int found = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      statuses[i] = r.status();
      bodies[i] = SeedRows.chars(r.body());
      errors[i] = SeedRows.chars(r.error());
      descriptions[i] = SeedRows.chars(r.description());
      EasemobIndex.Hit hit = index.find(r.status(), r.error(), r.description());
      String expected = org.easemoberrors.benchmarks.defaults.EasemobErrorMatcher.matchFields(r.status(), r.error(), r.description()).entryId();
      if (!Objects.equals(hit == null ? null : entries[hit.entry].id(), expected)) {
        throw new IllegalStateException(r.name() + ": the index finds another entry than the generated matcher");
      }
      found += hit == null ? 0 : 1;
    }
    if (found == 0) {
      throw new IllegalStateException("no seed row found an entry");
    }
  }

  /** The engine's index over the default catalogue's entries, built from their public accessors. */
  static EasemobIndex defaultIndex() {
    EasemobError[] entries = EasemobError.values();
    int[] statuses = new int[entries.length];
    String[][] codes = new String[entries.length][];
    String[][] templates = new String[entries.length][];
    String[][] placeholders = new String[entries.length][];
    for (int i = 0; i < entries.length; i++) {
      statuses[i] = entries[i].status();
      codes[i] = entries[i].errorCodes().toArray(new String[0]);
      templates[i] = entries[i].templates().toArray(new String[0]);
      placeholders[i] = entries[i].placeholders().toArray(new String[0]);
    }
    return new EasemobIndex(statuses, codes, templates, placeholders);
  }

  private int next() {
    int i = at;
    at = i + 1 == statuses.length ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public Object indexFresh() {
    int i = next();
    return index.find(statuses[i], SeedRows.fresh(errors[i]), SeedRows.fresh(descriptions[i]));
  }

  @Benchmark
  public Object normalizeFresh() {
    char[] d = descriptions[next()];
    return d == null ? null : EasemobNormalizer.normalize(new String(d));
  }

  @Benchmark
  public Object jacksonFresh() {
    return EasemobJacksonBody.read(SeedRows.fresh(bodies[next()]));
  }
}
