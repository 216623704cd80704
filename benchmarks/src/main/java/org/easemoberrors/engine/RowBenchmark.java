package org.easemoberrors.engine;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.easemoberrors.benchmarks.SeedRows;
import org.easemoberrors.benchmarks.SeedRows.Row;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code EasemobIndex.find} on one seed row at a time, on fresh strings: where {@code
 * EngineBenchmark.indexFresh} gives the mean over the rows, this shows which rows make it. The
 * row is the line number in {@code seed-responses.jsonl}, from 0.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class RowBenchmark {
  @Param({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19",
      "20", "21", "22", "23", "24", "25", "26", "27", "28", "29"})
  public int row;

  private EasemobIndex index;
  private int status;
  private char[] error;
  private char[] description;

  @Setup
  public void setUp() {
    index = EngineBenchmark.defaultIndex();
    List<Row> rows = SeedRows.load();
    if (rows.size() != 30) {
      throw new IllegalStateException("the seed file has " + rows.size() + " rows: list them all in @Param of row");
    }
    Row r = rows.get(row);
    status = r.status();
    error = SeedRows.chars(r.error());
    description = SeedRows.chars(r.description());
  }

  @Benchmark
  public Object rowFresh() {
    return index.find(status, SeedRows.fresh(error), SeedRows.fresh(description));
  }
}
