package org.easemoberrors.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The processor inside javac, generated sources compiled too, on generated catalogues. Each
 * operation (and, in single-shot mode, each iteration) is one whole compilation; run with {@code
 * -prof org.easemoberrors.benchmarks.PeakHeapProfiler} for its peak heap.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class ProcessorBenchmark {

  /** A generated catalogue of {@code entries()} entries in a temporary directory, and javac over it. */
  public abstract static class Catalogue {
    Javac javac;
    Path dir;

    abstract int entries();

    abstract String exceptionClasses();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      dir = Files.createTempDirectory("easemob-bench");
      javac = new Javac(dir, entries(), exceptionClasses());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      Javac.delete(dir);
    }
  }

  /** STATUS_ONLY, the option for large catalogues, at every size. */
  @State(Scope.Benchmark)
  public static class StatusOnly extends Catalogue {
    @Param({"100", "1000", "2500"})
    public int entries;

    @Override
    int entries() {
      return entries;
    }

    @Override
    String exceptionClasses() {
      return "STATUS_ONLY";
    }
  }

  /** ALL, the default: a class per entry. */
  @State(Scope.Benchmark)
  public static class Typed extends Catalogue {
    @Param({"100", "1000"})
    public int entries;

    @Override
    int entries() {
      return entries;
    }

    @Override
    String exceptionClasses() {
      return "ALL";
    }
  }

  @Benchmark
  public int statusOnly(StatusOnly s) {
    return s.javac.compile();
  }

  @Benchmark
  public int all(Typed s) {
    return s.javac.compile();
  }
}
