package org.easemoberrors.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The peak heap of each iteration of {@link ProcessorBenchmark}, where an iteration is one javac
 * run: a full collection and a reset of the heap pools' peaks before it, the sum of their peaks
 * after. The sum counts garbage not yet collected and peaks of different pools at different
 * moments, so it is an upper bound of what the compilation needs. Reported as the mean over the
 * iterations ({@code -prof org.easemoberrors.benchmarks.PeakHeapProfiler}).
 */
public final class PeakHeapProfiler implements InternalProfiler {

  @Override
  public String getDescription() {
    return "Peak heap of each iteration of ProcessorBenchmark, in MB";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    if (!applies(benchmark)) {
      return;
    }
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    if (!applies(benchmark)) {
      return List.of();
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return List.of(new ScalarResult("peak.heap", peak / (1024.0 * 1024.0), "MB", AggregationPolicy.AVG));
  }

  private static boolean applies(BenchmarkParams benchmark) {
    return benchmark.getBenchmark().contains("ProcessorBenchmark");
  }
}
