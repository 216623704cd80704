package org.easemoberrors.sample.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.easemoberrors.sample.errors.EasemobErrorMatch;
import org.easemoberrors.sample.errors.EasemobErrorMatcher;
import org.junit.jupiter.api.Test;

/**
 * One matcher, and its message bundles, shared by many threads: every thread gets, for every
 * response, exactly what a single thread got, and nothing a match hands out can be changed.
 */
class SharedMatcherTest {

  /** Responses of every kind: exact, with placeholders, code only, status only, odd bodies. */
  private static final Object[][] RESPONSES = {
    {400, "{\"error\":\"invalid_grant\",\"error_description\":\"invalid username or password\"}"},
    {400, "{\"error\":\"organization_application_not_found\",\"error_description\":\"Could not find application for a/b from URI: a/b/users\"}"},
    {400, "{\"error\":\"organization_application_not_found\",\"error_description\":\"Could not find application for x/y from URI: x/y/chatgroups\"}"},
    {400, "{\"error\":\"duplicate_unique_property_exists\",\"error_description\":\"Application 4d7e Entity user requires that property named username be unique, value of dddd exists\"}"},
    {400, "{\"error\":\"illegal_argument\",\"error_description\":\"group member  u1 doesn\u2019t exist\"}"},
    {400, "{\"error\":\"illegal_argument\",\"error_description\":\"group member u2 doesn't exist\"}"},
    {400, "{\"error\":\"json_parse\",\"error_description\":\"Unexpected character ('=' (code 61))\\n at [Source: x]\"}"},
    {401, "{\"error\":\"auth_bad_access_token\",\"error_description\":\"Unable to authenticate due to corrupt access token\"}"},
    {401, "{\"error_description\":\"Unable to authenticate due to expired access token\"}"},
    {429, "{\"error\":\"reach_limit\",\"error_description\":\"This request has reached api limit\"}"},
    {500, "{\"error\":\"no_full_text_index\",\"error_description\":\"Entity 'user' with property named 'username' is not full text indexed.  You cannot use the 'contains' operand on this field\"}"},
    {503, "<html><body>Service Unavailable</body></html>"},
    {404, ""},
    {418, "{\"error\":\"teapot\"}"},
    {200, null},
  };

  private static final int THREADS = 8;
  private static final int ROUNDS = 2_000;

  @Test
  void manyThreadsGetWhatOneThreadGets() throws Exception {
    List<EasemobErrorMatch> expected = new ArrayList<>();
    List<String> causes = new ArrayList<>();
    for (Object[] r : RESPONSES) {
      EasemobErrorMatch m = EasemobErrorMatcher.match((Integer) r[0], (String) r[1]);
      expected.add(m);
      causes.add(m.explanation(Locale.SIMPLIFIED_CHINESE) + "|" + m.explanation(Locale.ENGLISH));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        final int offset = t;
        done.add(pool.submit((Callable<Integer>) () -> {
          start.await();
          int checked = 0;
          for (int round = 0; round < ROUNDS; round++) {
            // Each thread walks the responses from its own place, so they collide on every one.
            int i = (round + offset) % RESPONSES.length;
            Object[] r = RESPONSES[i];
            int status = (Integer) r[0];
            String body = (String) r[1];
            EasemobErrorMatch m = round % 2 == 0
                ? EasemobErrorMatcher.match(status, body)
                : EasemobErrorMatcher.from(status, body).match();
            assertEquals(expected.get(i), m, "response " + i);
            assertEquals(expected.get(i).params(), m.params());
            if (round % 16 == offset) {
              Locale locale = round % 32 < 16 ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
              String[] both = causes.get(i).split("\\|", -1);
              assertEquals(locale == Locale.ENGLISH ? both[1] : both[0], m.explanation(locale));
            }
            checked++;
          }
          return checked;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : done) {
        total += f.get(2, TimeUnit.MINUTES);
      }
      assertEquals(THREADS * ROUNDS, total);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void fieldLookupsRepeatedAcrossThreadsAgreeToo() throws Exception {
    String[][] fields = {
      {"400", "invalid_grant", "invalid username or password"},
      {"400", "illegal_argument", "group member u1 doesn't exist"},
      {"400", "illegal_argument", "group member u2 doesn't exist"},
      {"400", "json_parse", "bad\n  json"},
      {"401", null, "Unable to authenticate due to expired access token"},
      {"403", "forbidden_op", "forbidden operation on group"},
      {"404", null, null},
    };
    EasemobErrorMatch[] expected = new EasemobErrorMatch[fields.length];
    for (int i = 0; i < fields.length; i++) {
      expected[i] = EasemobErrorMatcher.matchFields(Integer.parseInt(fields[i][0]), fields[i][1], fields[i][2]);
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        final int offset = t;
        done.add(pool.submit((Callable<Void>) () -> {
          start.await();
          for (int round = 0; round < 5_000; round++) {
            int i = (round * 3 + offset) % fields.length;
            // New strings each time, as a server's parser makes them.
            String error = fields[i][1] == null ? null : new String(fields[i][1].toCharArray());
            String description = fields[i][2] == null ? null : new String(fields[i][2].toCharArray());
            EasemobErrorMatch m = EasemobErrorMatcher.matchFields(Integer.parseInt(fields[i][0]), error, description);
            assertEquals(expected[i], m, "fields " + Arrays.toString(fields[i]));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<Void> f : done) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void whatAMatchHandsOutCannotBeChanged() {
    EasemobErrorMatch m = EasemobErrorMatcher.match(400, "{\"error\":\"organization_application_not_found\","
        + "\"error_description\":\"Could not find application for a/b from URI: a/b/users\"}");
    Map<String, String> params = m.params();
    assertEquals("a", params.get("org"));
    assertThrows(UnsupportedOperationException.class, () -> params.put("org", "z"));
    List<String> causes = m.explanations(Locale.ENGLISH);
    assertThrows(UnsupportedOperationException.class, () -> causes.add("z"));
    assertThrows(UnsupportedOperationException.class, () -> m.entry().templates().set(0, "z"));
    assertTrue(m.entry().errorCodes().contains("organization_application_not_found"));
    assertEquals("a", EasemobErrorMatcher.match(400, m.body()).param("org"));
  }
}
