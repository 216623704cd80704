package org.easemoberrors.processor;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * A log of where the processor's time goes, one line per annotated package on standard error,
 * when javac's JVM runs with {@code -Deasemob.errors.timing=true} ({@code javac
 * -J-Deasemob.errors.timing=true}, or {@code MAVEN_OPTS} for Maven's in-process compiler): the
 * CPU milliseconds of each phase on javac's thread, its wall-clock milliseconds, and the classes
 * the JVM had loaded by its end. CPU time is what to compare on a shared machine, where wall-clock
 * time mostly measures the other loads. Off, it costs a property lookup a package and a null check
 * a phase.
 */
final class Timing {

  /** The system property that turns the log on. */
  static final String PROPERTY = "easemob.errors.timing";

  private final StringBuilder line;
  private long last;
  private long lastCpu;

  private Timing(String what) {
    boolean on = on();
    this.line = on ? new StringBuilder("easemob-errors timing: ").append(what).append(':') : null;
    this.last = on ? System.nanoTime() : 0;
    this.lastCpu = on ? cpu() : 0;
  }

  private static long cpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** Read each time, so that one JVM (a build daemon, a test) may turn it on and off. */
  static boolean on() {
    return Boolean.getBoolean(PROPERTY);
  }

  /** A log for one thing that takes phases, starting now. */
  static Timing start(String what) {
    return new Timing(what);
  }

  /** The phase that has just ended, timed from the previous mark. */
  void mark(String phase) {
    if (line == null) {
      return;
    }
    long now = System.nanoTime();
    long nowCpu = cpu();
    line.append(' ').append(phase).append(' ').append(millis(nowCpu - lastCpu)).append(" ms cpu (");
    line.append(millis(now - last)).append(" wall, ");
    line.append(ManagementFactory.getClassLoadingMXBean().getLoadedClassCount()).append(" classes),");
    last = now;
    lastCpu = nowCpu;
  }

  /** Prints the line. */
  void print() {
    if (line != null) {
      line.setLength(line.length() - 1);
      System.err.println(line);
    }
  }

  /** Since the JVM started: javac's thread's CPU milliseconds, and the wall-clock ones. */
  static String uptime() {
    return millis(cpu()) + " ms cpu (" + millis(ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L) + " wall)";
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
  }
}
