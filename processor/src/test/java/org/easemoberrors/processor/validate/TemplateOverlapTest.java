package org.easemoberrors.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.easemoberrors.processor.model.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whether two templates can fit one description: the same answers as an exhaustive search over
 * pairs of positions, in time linear in the templates' length.
 */
class TemplateOverlapTest {

  /** A template from literals and placeholders alternating: {@code t("a", "x", "b")} is {@code a{x}b}. */
  static Template t(String... parts) {
    List<String> literals = new ArrayList<>();
    List<String> names = new ArrayList<>();
    StringBuilder source = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i % 2 == 0) {
        literals.add(parts[i]);
        source.append(parts[i]);
      } else {
        names.add(parts[i]);
        source.append('{').append(parts[i]).append('}');
      }
    }
    if (parts.length % 2 == 0) {
      literals.add("");
    }
    return new Template(source.toString(), List.copyOf(literals), List.copyOf(names), null);
  }

  @Test
  void knownCases() {
    assertTrue(TemplateOverlap.overlap(t("user ", "name", " is missing"), t("", "who", " user is missing")));
    assertFalse(TemplateOverlap.overlap(t("user ", "name", " is missing"), t("", "who", " is gone")));
    assertTrue(TemplateOverlap.overlap(t("abc"), t("abc")));
    assertFalse(TemplateOverlap.overlap(t("abc"), t("abd")));
    assertTrue(TemplateOverlap.overlap(t("a", "x", "c"), t("abc")));
    assertFalse(TemplateOverlap.overlap(t("a", "x", "c"), t("ac")), "a placeholder stands for at least one character");
    assertTrue(TemplateOverlap.overlap(t("", "x", " of ", "y", ""), t("", "a", " to ", "b", "")));
    assertTrue(TemplateOverlap.overlap(t("x", "v", "x"), t("xxx", "w", "xxx")), "placeholders on both sides with agreeing ends overlap");
    assertFalse(TemplateOverlap.overlap(t("xy", "v", "x"), t("xz", "w", "x")), "the first literals disagree");
    assertTrue(TemplateOverlap.overlap(t("ab", "v", "a", "w", "ba"), t("aba", "v", "a")));
    assertFalse(TemplateOverlap.overlap(t("ab", "v", "a", "w", "ba"), t("aba", "v", "b")), "the last literals disagree");
  }

  /** Random templates over a two-letter alphabet, against the exhaustive search. */
  @Test
  void agreesWithTheExhaustiveSearchOnRandomTemplates() {
    Random random = new Random(13);
    int overlapping = 0;
    for (int n = 0; n < 200_000; n++) {
      Template a = random(random);
      Template b = random(random);
      boolean expected = exhaustive(a, b);
      assertEquals(expected, TemplateOverlap.overlap(a, b), a.source() + " / " + b.source());
      assertEquals(expected, TemplateOverlap.overlap(b, a), b.source() + " / " + a.source());
      overlapping += expected ? 1 : 0;
    }
    assertTrue(overlapping > 10_000 && overlapping < 190_000, "both answers are exercised: " + overlapping);
  }

  private static Template random(Random random) {
    int placeholders = random.nextInt(4);
    String[] parts = new String[2 * placeholders + 1];
    for (int i = 0; i < parts.length; i++) {
      if (i % 2 == 1) {
        parts[i] = "p" + i;
      } else {
        StringBuilder literal = new StringBuilder();
        int length = random.nextInt(placeholders == 0 ? 6 : 4);
        if (i > 0 && i < parts.length - 1 && length == 0) {
          length = 1; // placeholders are never adjacent
        }
        for (int k = 0; k < length; k++) {
          literal.append(random.nextBoolean() ? 'a' : 'b');
        }
        parts[i] = literal.toString();
      }
    }
    return t(parts);
  }

  @ParameterizedTest(name = "{0} characters")
  @ValueSource(ints = {2_000, 8_000, 20_000, 500_000})
  void twoLongTemplatesOfEqualWeightAreComparedInLinearTime(int length) {
    int half = length / 2;
    // Both with placeholders: they overlap. A long plain one against one that needs a character
    // more: they do not, and the ends agree, so the check cannot stop before the middle.
    Template withA = t("", "a", " " + "ab".repeat(half / 2 - 1) + " ", "b", "");
    Template withB = t("", "a", " " + "ba".repeat(half / 2 - 1) + " ", "b", "");
    Template plain = t("x".repeat(length));
    Template split = t("x".repeat(half), "v", "x".repeat(length - half));
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      long start = System.nanoTime();
      assertTrue(TemplateOverlap.overlap(withA, withB));
      assertFalse(TemplateOverlap.overlap(plain, split));
      assertFalse(TemplateOverlap.overlap(split, plain));
      System.out.printf("overlap of templates of %,d characters: %d ms%n", length, (System.nanoTime() - start) / 1_000_000);
    });
  }

  /** The search over pairs of positions that TemplateOverlap used to run: the reference. */
  private static boolean exhaustive(Template a, Template b) {
    int[] p = symbols(a);
    int[] q = symbols(b);
    boolean[][] seen = new boolean[p.length + 1][q.length + 1];
    ArrayDeque<int[]> work = new ArrayDeque<>();
    work.add(new int[] {0, 0});
    seen[0][0] = true;
    while (!work.isEmpty()) {
      int[] s = work.poll();
      int i = s[0];
      int j = s[1];
      if (i == p.length && j == q.length) {
        return true;
      }
      List<int[]> next = new ArrayList<>();
      if (i < p.length && p[i] == STAR) {
        next.add(new int[] {i + 1, j});
      }
      if (j < q.length && q[j] == STAR) {
        next.add(new int[] {i, j + 1});
      }
      if (i < p.length && j < q.length && (p[i] < 0 || q[j] < 0 || p[i] == q[j])) {
        next.add(new int[] {p[i] == STAR ? i : i + 1, q[j] == STAR ? j : j + 1});
      }
      for (int[] n : next) {
        if (!seen[n[0]][n[1]]) {
          seen[n[0]][n[1]] = true;
          work.add(n);
        }
      }
    }
    return false;
  }

  private static final int ANY = -1;
  private static final int STAR = -2;

  private static int[] symbols(Template t) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < t.literals().size(); i++) {
      t.literals().get(i).chars().forEach(out::add);
      if (i < t.placeholders().size()) {
        out.add(ANY);
        out.add(STAR);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
