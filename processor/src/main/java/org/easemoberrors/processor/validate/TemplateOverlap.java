package org.easemoberrors.processor.validate;

import java.util.List;
import org.easemoberrors.processor.model.Template;

/**
 * Decides whether two description templates can match one and the same description, and whether a
 * template matches every description.
 *
 * <p>A template is a sequence of literal characters and placeholders, each placeholder standing
 * for one or more characters. Two templates overlap when the languages they describe intersect;
 * the search below walks pairs of positions in both templates, at most {@code (n+1) * (m+1)} of
 * them.
 */
final class TemplateOverlap {
  private TemplateOverlap() {}

  /** Symbols: a char literal, or {@code ANY} (one character) followed by {@code STAR} (any more). */
  private static final int ANY = -1;
  private static final int STAR = -2;

  static boolean overlap(Template a, Template b) {
    int[] p = symbols(a);
    int[] q = symbols(b);
    boolean[][] seen = new boolean[p.length + 1][q.length + 1];
    java.util.ArrayDeque<int[]> work = new java.util.ArrayDeque<>();
    work.add(new int[] {0, 0});
    seen[0][0] = true;
    while (!work.isEmpty()) {
      int[] s = work.poll();
      int i = s[0];
      int j = s[1];
      if (i == p.length && j == q.length) {
        return true;
      }
      // A star may end without consuming more.
      if (i < p.length && p[i] == STAR) {
        push(work, seen, i + 1, j);
      }
      if (j < q.length && q[j] == STAR) {
        push(work, seen, i, j + 1);
      }
      // Both consume one common character.
      if (i < p.length && j < q.length && compatible(p[i], q[j])) {
        push(work, seen, p[i] == STAR ? i : i + 1, q[j] == STAR ? j : j + 1);
      }
    }
    return false;
  }

  /** True for a template that is one placeholder and nothing else: it matches any description. */
  static boolean universal(Template t) {
    return t.placeholders().size() == 1 && t.literals().stream().allMatch(String::isEmpty);
  }

  private static boolean compatible(int x, int y) {
    return x < 0 || y < 0 || x == y;
  }

  private static void push(java.util.ArrayDeque<int[]> work, boolean[][] seen, int i, int j) {
    if (!seen[i][j]) {
      seen[i][j] = true;
      work.add(new int[] {i, j});
    }
  }

  private static int[] symbols(Template t) {
    List<String> lits = t.literals();
    int size = 0;
    for (String l : lits) {
      size += l.length();
    }
    int[] out = new int[size + 2 * t.placeholders().size()];
    int k = 0;
    for (int i = 0; i < lits.size(); i++) {
      for (char c : lits.get(i).toCharArray()) {
        out[k++] = c;
      }
      if (i < t.placeholders().size()) {
        out[k++] = ANY;
        out[k++] = STAR;
      }
    }
    return out;
  }
}
