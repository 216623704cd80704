package org.easemoberrors.sample.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;
import org.easemoberrors.sample.errors.EasemobErrorMatch;
import org.easemoberrors.sample.errors.EasemobErrorMatcher;
import org.junit.jupiter.api.Test;

/**
 * Matching time grows linearly with the size of the body or the description. Each case is timed
 * at 100 KB and at 1 MB (best of several runs, after warming up) and the ratio must stay far below
 * the hundredfold of a quadratic matcher: no wall-clock limit, so a slow machine cannot fail it.
 * Time is this thread's CPU time, so that a machine busy with other work, which delays the thread
 * without making it do more, does not change the ratio.
 */
class LinearTimeTest {
  private static final int SMALL = 100 * 1024;
  private static final int LARGE = 1024 * 1024;
  /** Linear is 10; quadratic would be 100. */
  private static final double MAX_RATIO = 35;

  /** Inputs that make the matcher do the most work for their size. */
  private static String repeat(String unit, int size) {
    StringBuilder sb = new StringBuilder(size + unit.length());
    while (sb.length() < size) {
      sb.append(unit);
    }
    return sb.toString();
  }

  private static final String HEAD = "Could not find application for ";

  @Test
  void descriptionsThatAlmostFitATemplate() {
    // The first literal fits, then the search for " from URI: " keeps finding near misses.
    linear("near misses", size -> HEAD + repeat("a/b from URI:", size));
  }

  @Test
  void descriptionsThatFitATemplate() {
    linear("fits", size -> HEAD + repeat("o/", size / 2) + "x from URI: " + repeat("u", size / 2));
  }

  @Test
  void descriptionsThatNeedNormalizing() {
    linear("spaces and quotes", size -> repeat("group \u3000member\u2019s \t\u201Cx\u201D  ", size));
  }

  @Test
  void descriptionsOfOneRepeatedLiteral() {
    linear("repeated literal", size -> repeat(" doesn't exist", size));
  }

  @Test
  void bodiesWithAHugeDescription() {
    linearBody("huge description", size ->
        "{\"error\":\"illegal_argument\",\"error_description\":\"group member " + repeat("x", size) + " doesn't exist\"}");
  }

  @Test
  void bodiesWithHugeOtherFields() {
    linearBody("huge other fields", size ->
        "{\"exception\":[" + repeat("{\"a\":[1,2,\"x\"]},", size) + "0],\"error\":\"reach_limit\","
            + "\"error_description\":\"This request has reached api limit\"}");
  }

  @Test
  void bodiesThatAreNotJson() {
    linearBody("not JSON", size -> "<html>" + repeat("<p>Bad Gateway</p>", size) + "</html>");
  }

  private static void linear(String name, IntFunction<String> description) {
    String small = description.apply(SMALL);
    String large = description.apply(LARGE);
    EasemobErrorMatch expected = EasemobErrorMatcher.matchFields(400, "illegal_argument", large);
    assertEquals(expected, EasemobErrorMatcher.matchFields(400, "illegal_argument", new String(large.toCharArray())));
    ratio(name, () -> EasemobErrorMatcher.matchFields(400, "illegal_argument", new String(small.toCharArray())),
        () -> EasemobErrorMatcher.matchFields(400, "illegal_argument", new String(large.toCharArray())));
  }

  private static void linearBody(String name, IntFunction<String> body) {
    String small = body.apply(SMALL);
    String large = body.apply(LARGE);
    ratio(name, () -> EasemobErrorMatcher.from(400, small), () -> EasemobErrorMatcher.from(400, large));
  }

  private static void ratio(String name, Runnable small, Runnable large) {
    // Long enough for the JIT to compile the matcher's loops, whose first runs are interpreted.
    for (int i = 0; i < 12; i++) {
      small.run();
      large.run();
    }
    double ratio = (double) best(large) / Math.max(1, best(small));
    assertTrue(ratio < MAX_RATIO, name + ": 1 MB took " + String.format("%.1f", ratio) + " times as long as 100 KB");
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static long best(Runnable run) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 9; i++) {
      long start = THREADS.getCurrentThreadCpuTime();
      run.run();
      best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
    }
    return best;
  }
}
