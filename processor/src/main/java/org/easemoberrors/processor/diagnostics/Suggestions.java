package org.easemoberrors.processor.diagnostics;

import java.util.Comparator;
import java.util.Map;

/** "Did you mean" for a misspelt name: the known name nearest to it, when it is near enough. */
public final class Suggestions {
  private Suggestions() {}

  /** {@code " (did you mean 'x'?)"} for a close known name, else an empty string. */
  public static String didYouMean(String given, java.util.Collection<String> known) {
    return nearest(given, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
  }

  /**
   * The known name closest to the given one, when it is close enough to be a misspelling of it:
   * at most a third of its letters apart (one at least, three at most), ignoring case.
   */
  public static java.util.Optional<String> nearest(String given, java.util.Collection<String> known) {
    return known.stream()
        .filter(k -> !k.equals(given) && Math.abs(k.length() - given.length()) <= 3) // farther apart anyway
        .map(k -> Map.entry(k, distance(given.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT))))
        .filter(e -> e.getValue() <= Math.max(1, Math.min(3, e.getKey().length() / 3)))
        .min(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
        .map(Map.Entry::getKey);
  }

  /** Damerau-Levenshtein distance (optimal string alignment): a swap of two letters costs 1. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
