package org.easemoberrors.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * operation is one whole compilation; {@code peakHeapMb} is the heap in use at its fullest during
 * that compilation (the sum of the heap pools' peaks after a full collection before it), so it
 * counts garbage not yet collected and is an upper bound of what the compile needs.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class ProcessorBenchmark {

  /** STATUS_ONLY, the option for large catalogues, at every size. */
  @State(Scope.Benchmark)
  public static class StatusOnly {
    @Param({"100", "1000", "10000"})
    public int entries;

    Javac javac;
    Path dir;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      dir = Files.createTempDirectory("easemob-bench");
      javac = new Javac(dir, entries, "STATUS_ONLY");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      Javac.delete(dir);
    }
  }

  /** ALL, the default: a class per entry, possible up to about a thousand entries. */
  @State(Scope.Benchmark)
  public static class Typed {
    @Param({"100", "1000"})
    public int entries;

    Javac javac;
    Path dir;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      dir = Files.createTempDirectory("easemob-bench");
      javac = new Javac(dir, entries, "ALL");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      Javac.delete(dir);
    }
  }

  /** The peak heap of one compilation, in MB. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Heap {
    public double peakHeapMb;

    @Setup(Level.Invocation)
    public void reset() {
      System.gc();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          pool.resetPeakUsage();
        }
      }
    }

    @TearDown(Level.Invocation)
    public void read() {
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      peakHeapMb = peak / (1024.0 * 1024.0);
    }
  }

  @Benchmark
  public int statusOnly(StatusOnly s, Heap heap) {
    return s.javac.compile();
  }

  @Benchmark
  public int all(Typed s, Heap heap) {
    return s.javac.compile();
  }
}
