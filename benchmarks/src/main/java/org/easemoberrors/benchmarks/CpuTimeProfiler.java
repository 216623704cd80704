package org.easemoberrors.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The CPU time of JMH's worker threads per operation ({@code cpu.time.norm}, ns/op), beside the
 * wall-clock score. On a machine that other loads keep busy a worker waits for a core between
 * time slices, and the wall-clock score counts that wait; its own CPU time does not. The threads'
 * CPU time is read before and after each iteration and divided by every operation of the
 * iteration, as {@code -prof gc} does for allocation ({@code -prof
 * org.easemoberrors.benchmarks.CpuTimeProfiler}). A worker that does not exist yet when an
 * iteration starts (the first warm-up iteration) counts from zero, set-up included.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Map<Long, Long> before = new HashMap<>();

  @Override
  public String getDescription() {
    return "CPU time of the benchmark's worker threads per operation, in ns";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    before.clear();
    for (Thread t : workers()) {
      before.put(t.getId(), threads.getThreadCpuTime(t.getId()));
    }
  }

  @Override
  @SuppressWarnings("rawtypes") // InternalProfiler declares the raw type
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long cpu = 0;
    for (Thread t : workers()) {
      long now = threads.getThreadCpuTime(t.getId());
      if (now >= 0) {
        cpu += now - before.getOrDefault(t.getId(), 0L);
      }
    }
    long ops = result.getMetadata().getAllOps();
    if (ops <= 0) {
      return List.of();
    }
    return List.of(new ScalarResult("cpu.time.norm", (double) cpu / ops, "ns/op", AggregationPolicy.AVG));
  }

  /** JMH names its workers {@code <benchmark>-jmh-worker-<n>}. */
  private static List<Thread> workers() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().contains("-jmh-worker-")).toList();
  }
}
