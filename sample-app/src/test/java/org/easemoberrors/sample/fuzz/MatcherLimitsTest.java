package org.easemoberrors.sample.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.ref.WeakReference;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.easemoberrors.sample.errors.EasemobErrorMatch;
import org.easemoberrors.sample.errors.EasemobErrorMatcher;
import org.junit.jupiter.api.Test;

/**
 * What the generated matcher must not do whatever a server sends or a caller passes: keep a
 * description alive after it returned, grow its text cache with every new locale, or lose the
 * entry of a valid body because some other field exceeds a limit of the JSON library.
 */
class MatcherLimitsTest {
  private static final String CREDENTIALS =
      "\"error\":\"invalid_grant\",\"error_description\":\"invalid username or password\"";

  private static String repeat(String unit, int times) {
    StringBuilder sb = new StringBuilder(unit.length() * times);
    for (int i = 0; i < times; i++) {
      sb.append(unit);
    }
    return sb.toString();
  }

  @Test
  void aBodyKeepsItsEntryWhenAnotherFieldHasAThousandAndOneDigits() {
    String body = "{" + CREDENTIALS + ",\"x\":" + repeat("7", 1_001) + "}";
    assertEquals("invalid-credentials", EasemobErrorMatcher.match(400, body).entryId());
    // Gson gives up on a number of more than 1,023 characters, and so, to agree, does the Jackson reader.
    String before = "{\"x\":-" + repeat("1", 500) + "." + repeat("5", 500) + "e7," + CREDENTIALS + "}";
    assertEquals("invalid-credentials", EasemobErrorMatcher.match(400, before).entryId());
  }

  @Test
  void aBodyKeepsItsEntryWhenAnotherFieldIsNestedTwoThousandDeep() {
    String deep = repeat("[", 2_000) + repeat("]", 2_000);
    assertEquals("invalid-credentials", EasemobErrorMatcher.match(400, "{" + CREDENTIALS + ",\"x\":" + deep + "}").entryId());
    String objects = repeat("{\"a\":", 2_000) + "1" + repeat("}", 2_000);
    assertEquals("invalid-credentials", EasemobErrorMatcher.match(400, "{\"x\":" + objects + "," + CREDENTIALS + "}").entryId());
  }

  @Test
  void aBodyKeepsItsEntryWhenAnotherFieldHasAVeryLongName() {
    String body = "{\"" + repeat("n", 60_000) + "\":1," + CREDENTIALS + "}";
    assertEquals("invalid-credentials", EasemobErrorMatcher.match(400, body).entryId());
  }

  @Test
  void aHugeDescriptionIsNotKeptAfterTheMatchReturns() throws InterruptedException {
    // Unmatched on a listed status, unmatched on an unlisted one, and in need of normalizing.
    String[][] cases = {
      {"400", "no_such_code"}, {"404", null}, {"400", "illegal_argument"},
    };
    for (String[] c : cases) {
      WeakReference<String> kept = matchAndDrop(Integer.parseInt(c[0]), c[1]);
      for (int i = 0; i < 50 && kept.get() != null; i++) {
        System.gc();
        Thread.sleep(20);
      }
      assertTrue(kept.get() == null, "the description of a " + c[0] + " " + c[1] + " is still reachable");
    }
  }

  private static WeakReference<String> matchAndDrop(int status, String code) {
    String description = "group member " + repeat("x  \u3000", 1_000_000) + " doesn't exist";
    for (int i = 0; i < 3; i++) {
      EasemobErrorMatch m = EasemobErrorMatcher.matchFields(status, code, description);
      assertEquals(description, m.description());
    }
    return new WeakReference<>(description);
  }

  /**
   * 400,000 distinct locales, as a server passing each request's {@code Accept-Language} could
   * see, in a JVM of 128 MB: the texts of every match must still be found, and the heap must
   * hold.
   */
  @Test
  void manyDistinctLocalesFitInASmallHeap() throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx128m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ManyLocales.class.getName());
    command.add("400000");
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "many-locales.log")).start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("400,000 locales took more than two minutes");
    }
    assertEquals(0, p.exitValue(), "the child JVM failed: see many-locales.log in " + System.getProperty("java.io.tmpdir"));
  }

  /** Asks for the causes of one match in {@code args[0]} distinct locales. */
  public static final class ManyLocales {
    public static void main(String[] args) {
      EasemobErrorMatch m = EasemobErrorMatcher.match(400, "{" + CREDENTIALS + "}");
      String english = m.explanation(Locale.ENGLISH);
      int n = Integer.parseInt(args[0]);
      for (int i = 0; i < n; i++) {
        String cause = m.explanation(new Locale("q" + i, "ZZ"));
        if (cause.isEmpty()) {
          throw new AssertionError("no cause for locale " + i);
        }
        if (EasemobErrorMatcher.matchFields(404, null, null).explanation(new Locale("r" + i)).isEmpty()) {
          throw new AssertionError("no status description for locale " + i);
        }
      }
      if (!m.explanation(Locale.ENGLISH).equals(english)) {
        throw new AssertionError("the English cause changed");
      }
    }
  }
}
