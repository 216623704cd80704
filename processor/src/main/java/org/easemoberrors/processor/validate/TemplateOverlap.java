package org.easemoberrors.processor.validate;

import java.util.List;
import org.easemoberrors.processor.model.Template;

/**
 * Decides whether two description templates can match one and the same description, and whether a
 * template matches every description.
 *
 * <p>A template is a sequence of literals and placeholders, each placeholder standing for one or
 * more characters. Two templates overlap when the languages they describe intersect, which is
 * decided in time linear in their length:
 *
 * <ul>
 *   <li>Without placeholders on either side, the two must be equal.
 *   <li>With placeholders on one side only, the plain one must fit the other: its first literal at
 *       the start, its last at the end, and the literals between found from left to right, the
 *       leftmost place each time, with at least one character for each placeholder.
 *   <li>With placeholders on both sides, they overlap exactly when their first literals agree (one
 *       starts with the other) and their last literals agree (one ends with the other): then the
 *       longer first literal, one character, the middle literals of both with a character between
 *       each, and the longer last literal make a description that fits both.
 * </ul>
 */
final class TemplateOverlap {
  private TemplateOverlap() {}

  static boolean overlap(Template a, Template b) {
    if (!a.hasPlaceholders() && !b.hasPlaceholders()) {
      return a.literals().get(0).equals(b.literals().get(0));
    }
    if (!a.hasPlaceholders()) {
      return fits(a.literals().get(0), b.literals());
    }
    if (!b.hasPlaceholders()) {
      return fits(b.literals().get(0), a.literals());
    }
    List<String> p = a.literals();
    List<String> q = b.literals();
    return agree(p.get(0), q.get(0), false) && agree(p.get(p.size() - 1), q.get(q.size() - 1), true);
  }

  /** True for a template that is one placeholder and nothing else: it matches any description. */
  static boolean universal(Template t) {
    return t.placeholders().size() == 1 && t.literals().stream().allMatch(String::isEmpty);
  }

  /** Whether one literal starts (or, {@code atEnd}, ends) with the other. */
  static boolean agree(String x, String y, boolean atEnd) {
    String longer = x.length() >= y.length() ? x : y;
    String shorter = longer == x ? y : x;
    return atEnd ? longer.endsWith(shorter) : longer.startsWith(shorter);
  }

  /**
   * Whether {@code text} is matched by the template of these literals (at least two: it has a
   * placeholder). The leftmost place of each middle literal leaves the most room for the rest, so
   * a greedy search decides it.
   */
  static boolean fits(String text, List<String> literals) {
    String first = literals.get(0);
    String last = literals.get(literals.size() - 1);
    if (!text.startsWith(first)) {
      return false;
    }
    // The last literal must start after the placeholder before it: one character at least.
    int end = text.length() - last.length();
    if (end < first.length() + 1 || !text.startsWith(last, end)) {
      return false;
    }
    int at = first.length();
    for (int i = 1; i < literals.size() - 1; i++) {
      String literal = literals.get(i);
      int found = indexOf(text, literal, at + 1, end - 1);
      if (found < 0) {
        return false;
      }
      at = found + literal.length();
    }
    return at + 1 <= end;
  }

  /**
   * The first index at or after {@code from} where {@code pattern} lies wholly before {@code
   * limit} (exclusive) in {@code text}, or -1: Knuth-Morris-Pratt, so linear in both lengths
   * whatever they hold.
   */
  static int indexOf(String text, String pattern, int from, int limit) {
    int m = pattern.length();
    if (m == 0) {
      return from <= limit ? from : -1;
    }
    int[] border = new int[m];
    for (int i = 1, k = 0; i < m; i++) {
      while (k > 0 && pattern.charAt(i) != pattern.charAt(k)) {
        k = border[k - 1];
      }
      if (pattern.charAt(i) == pattern.charAt(k)) {
        k++;
      }
      border[i] = k;
    }
    for (int i = from, k = 0; i < limit; i++) {
      while (k > 0 && text.charAt(i) != pattern.charAt(k)) {
        k = border[k - 1];
      }
      if (text.charAt(i) == pattern.charAt(k)) {
        k++;
      }
      if (k == m) {
        return i - m + 1;
      }
    }
    return -1;
  }
}
