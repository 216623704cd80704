package org.easemoberrors.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

/** The index on a small table of entries, as a generated facade hands it over. */
class IndexTest {
  private static final String[] NONE = {};

  /** Ordinals: 0 duplicate-username, 1 member-missing, 2 member-gone, 3 json, 4 token, 5 unlisted, 6 bare. */
  private static final EasemobIndex INDEX = new EasemobIndex(
    new int[] {400, 400, 400, 400, 401, 302, 404},
    new String[][] {
    {"duplicate_unique_property_exists"}, {"illegal_argument"}, {"member_gone"}, {"json_parse", "JsonParseException"}, {}, {"x"}, {"not_found"}},
    new String[][] {
    {"Application {application}Entity user requires that property named username be unique, value of {value} exists"},
    {"group member {member} doesn't exist"},
    {"group member {member}", "{a} of {b}"},
    {},
    {"Unable to authenticate due to expired access token"},
    {"moved"},
    {}},
    new String[][] {{"application", "value"}, {"member"}, {"member", "a", "b"}, NONE, NONE, NONE, NONE});

  private static EasemobIndex.Hit find(int status, String error, String description) {
  return INDEX.find(status, error, description);
  }

  @Test
  void aTemplateFitsAndGivesItsValuesInTheEntrysOrder() {
  EasemobIndex.Hit hit = find(400, "duplicate_unique_property_exists",
    "Application 4d7eEntity user requires that property named username be unique, value of dddd exists");
  assertEquals(0, hit.entry);
  assertArrayEquals(new String[] {"4d7e", "dddd"}, hit.values);
  }

  @Test
  void theCodeDecidesBetweenTemplatesThatBothFitThenTheLongerLiterals() {
  assertEquals(1, find(400, "illegal_argument", "group member u1 doesn't exist").entry);
  EasemobIndex.Hit coded = find(400, "member_gone", "group member u1 doesn't exist");
  assertEquals(2, coded.entry);
  assertArrayEquals(new String[] {"u1 doesn't exist", null, null}, coded.values);
  assertEquals(1, find(400, "other_code", "group member u1 doesn't exist").entry);
  assertEquals(1, find(400, null, "group member u1 doesn't exist").entry);
  }

  @Test
  void descriptionsAreMatchedInMatchingForm() {
  EasemobIndex.Hit hit = find(400, "illegal_argument", "  group\u3000member  u1 doesn\u2019t exist ");
  assertEquals(1, hit.entry);
  assertArrayEquals(new String[] {"u1"}, hit.values);
  }

  @Test
  void aTemplateWithoutLiteralsAtItsEndsIsTriedToo() {
  EasemobIndex.Hit hit = find(400, "whatever", "north of south");
  assertEquals(2, hit.entry);
  assertArrayEquals(new String[] {null, "north", "south"}, hit.values);
  }

  @Test
  void anExactTemplateHandsOutOneHitEveryTime() {
  EasemobIndex.Hit first = find(401, null, "Unable to authenticate due to expired access token");
  assertEquals(4, first.entry);
  assertSame(first, find(401, "x", new String("Unable to authenticate due to expired access token")));
  }

  @Test
  void anErrorCodeAloneMatchesAnEntryWithoutTemplates() {
  assertEquals(3, find(400, "JsonParseException", "Unexpected character").entry);
  assertEquals(3, find(400, "json_parse", null).entry);
  assertEquals(6, find(404, "not_found", "").entry);
  assertNull(find(400, "", "no template fits this"));
  assertNull(find(400, "other_code", "group member "), "a placeholder takes one character at least");
  }

  @Test
  void anErrorCodeOfOneEntryWithTemplatesFindsItWhenNoTemplateFits() {
  EasemobIndex.Hit hit = find(400, "illegal_argument", "group member ");
  assertEquals(1, hit.entry);
  assertEquals(EasemobMatchLevel.ERROR_CODE, hit.level);
  assertArrayEquals(new String[] {null}, hit.values);
  EasemobIndex.Hit drifted = find(400, "illegal_argument", "Group member u1 doesn't exist.");
  assertEquals(1, drifted.entry);
  assertEquals(EasemobMatchLevel.ERROR_CODE, drifted.level);
  EasemobIndex.Hit other = find(400, "illegal_argument", "group member u1 does not exist.");
  assertEquals(2, other.entry, "another entry's template fits: that comes before the code alone");
  assertEquals(EasemobMatchLevel.TEMPLATE, other.level);
  assertEquals(EasemobMatchLevel.ERROR_CODE, find(400, "illegal_argument", null).level);
  assertEquals(4, find(401, null, "Unable to authenticate due to expired access token").entry);
  assertNull(find(401, "", "Unable to authenticate due to an expired access token"), "no code, no guess");
  }

  @Test
  void eachHitSaysHowItWasFound() {
  assertEquals(EasemobMatchLevel.EXACT_TEMPLATE, find(401, "x", "Unable to authenticate due to expired access token").level);
  assertEquals(EasemobMatchLevel.TEMPLATE, find(400, "illegal_argument", "group member u1 doesn't exist").level);
  assertEquals(EasemobMatchLevel.TEMPLATE, find(400, "whatever", "north of south").level);
  assertEquals(EasemobMatchLevel.ERROR_CODE, find(400, "json_parse", "Unexpected character").level);
  }

  @Test
  void placeholderValuesAreTheDescriptionsOwnCharacters() {
  EasemobIndex.Hit hit = find(400, "illegal_argument", "  group\u3000member  u\u2019s\u00A0 \tname  doesn\u2019t exist \n");
  assertEquals(1, hit.entry);
  assertArrayEquals(new String[] {"u\u2019s\u00A0 \tname"}, hit.values);
  EasemobIndex.Hit ends = find(400, "whatever", "\t\u201Cnorth\u201D  of\u00A0south\u2019s \n");
  assertArrayEquals(new String[] {null, "\u201Cnorth\u201D", "south\u2019s"}, ends.values, "values at the very start and end");
  EasemobIndex.Hit plain = find(400, "whatever", "a  b of c");
  assertArrayEquals(new String[] {null, "a  b", "c"}, plain.values);
  assertArrayEquals(new String[] {null, "a b", "c"}, find(400, "whatever", "a b of c").values, "already in matching form");
  }

  @Test
  void statusesOutsideTheErrorsAndUnknownOnesFindNothing() {
  assertNull(find(302, "x", "moved"));
  assertNull(find(403, "illegal_argument", "group member u1 doesn't exist"));
  assertNull(find(-1, null, null));
  assertNull(find(Integer.MAX_VALUE, "json_parse", null));
  assertNull(find(Integer.MIN_VALUE, "json_parse", null));
  }

  @Test
  void nothingOfADescriptionIsKeptAfterTheLookup() throws InterruptedException {
  WeakReference<String> kept = lookUp();
  for (int i = 0; i < 50 && kept.get() != null; i++) {
    System.gc();
    Thread.sleep(20);
  }
  assertTrue(kept.get() == null, "the description is still reachable");
  }

  private static WeakReference<String> lookUp() {
  String description = "group  member " + "x \u3000".repeat(200_000) + " doesn't exist";
  for (int i = 0; i < 3; i++) {
    find(400, "illegal_argument", description);
    find(400, "none", description);
    find(404, null, description);
  }
  return new WeakReference<>(description);
  }

  @Test
  void textsThatDifferOnlyBetweenTheSampledCharactersAreToldApart() {
    // 64 characters: the exact table hashes the length and the characters at 0, 9, ..., 63.
    int n = 300;
    String[] texts = new String[n];
    for (int e = 0; e < n; e++) {
      char[] text = "a".repeat(64).toCharArray();
      text[1 + e % 7] = (char) ('b' + e / 7 % 20);
      text[10 + e / 140] = 'z';
      texts[e] = new String(text);
    }
    int[] statuses = new int[2 * n];
    String[][] codes = new String[2 * n][];
    String[][] templates = new String[2 * n][];
    String[][] placeholders = new String[2 * n][];
    for (int e = 0; e < 2 * n; e++) {
      statuses[e] = 400;
      // Entries 0 to n - 1 have the texts as templates, the others as their only error code.
      codes[e] = e < n ? new String[] {"t"} : new String[] {texts[e - n]};
      templates[e] = e < n ? new String[] {texts[e]} : NONE;
      placeholders[e] = NONE;
    }
    assertEquals(EasemobIndex.Texts.hash(texts[0]), EasemobIndex.Texts.hash(texts[n - 1]), "the texts share a hash");
    EasemobIndex index = new EasemobIndex(statuses, codes, templates, placeholders);
    for (int e = 0; e < n; e++) {
      assertEquals(e, index.find(400, null, new String(texts[e].toCharArray())).entry);
      assertEquals(n + e, index.find(400, new String(texts[e].toCharArray()), "unknown").entry);
    }
    assertNull(index.find(400, null, "a".repeat(64)));
    assertNull(index.find(400, "a".repeat(64), null));
  }
}
