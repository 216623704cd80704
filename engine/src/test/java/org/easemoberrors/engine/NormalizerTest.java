package org.easemoberrors.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalizerTest {
  private static final char[] ALPHABET =
    {'a', 'b', ' ', '\t', '\n', '\u00A0', '\u3000', '\u2019', '\u201C', '\'', '"', '\u2028', '\u0085', '\u007f', '\u00e9'};

  /** A short text made mostly of the characters that matter to the form. */
  private static String text(Random random) {
  char[] text = new char[random.nextInt(12)];
  for (int i = 0; i < text.length; i++) {
    text[i] = ALPHABET[random.nextInt(ALPHABET.length)];
  }
  return new String(text);
  }

  /** Where each place of the matching form, and its end, comes from in the text. */
  private static int[] offsets(String s) {
  int[] places = new int[EasemobNormalizer.normalize(s).length() + 1];
  for (int k = 0; k < places.length; k++) {
    places[k] = k;
  }
  EasemobNormalizer.toSource(s, places);
  return places;
  }

  @Test
  void aTextInMatchingFormIsReturnedItself() {
  String s = "invalid username or password";
  assertSame(s, EasemobNormalizer.normalize(s));
  String quoted = "Entity 'user' with \"name\"";
  assertSame(quoted, EasemobNormalizer.normalize(quoted));
  assertSame("", EasemobNormalizer.normalize(""));
  }

  @Test
  void quotesBecomePlainAndSpaceRunsOneSpace() {
  assertEquals("group member u1 doesn't exist", EasemobNormalizer.normalize("  group\tmember \u3000u1\n doesn\u2019t exist\u00A0"));
  assertEquals("\"x\" 'y'", EasemobNormalizer.normalize("\u201Cx\u201D \u2018y\u2032"));
  assertEquals("", EasemobNormalizer.normalize(" \t\u3000 "));
  }

  @Test
  void partsOfATemplateKeepTheSpaceBesideAPlaceholder() {
  assertEquals(" of ", EasemobNormalizer.normalize("  of\t", false, false));
  assertEquals("Application ", EasemobNormalizer.normalize(" Application  ", true, false));
  assertEquals(" exists", EasemobNormalizer.normalize("  exists ", false, true));
  assertEquals(" ", EasemobNormalizer.normalize("   ", false, false));
  assertEquals("", EasemobNormalizer.normalize("   ", true, false));
  }

  /** The quick path and the full one agree, on texts made mostly of the characters that matter. */
  @Test
  void theQuickCheckAgreesWithTheFullForm() {
  Random random = new Random(11);
  for (int round = 0; round < 20_000; round++) {
    String s = text(random);
    String full = EasemobNormalizer.normalize(s, true, true);
    assertEquals(full, EasemobNormalizer.normalize(s), "for " + s.chars().mapToObj(Integer::toHexString).toList());
    assertEquals(full.equals(s), EasemobNormalizer.normalize(s) == s, "the text itself exactly when it is in matching form");
    assertEquals(full, EasemobNormalizer.normalize(full), "the form is stable");
  }
  }

  @Test
  void offsetsMapEachPartOfTheMatchingFormToTheTextsOwnCharacters() {
  String s = "  a\u2019b\u00A0 \tc  d\u201C ";
  String form = EasemobNormalizer.normalize(s);
  assertEquals("a'b c d\"", form);
  int[] offsets = offsets(s);
  assertEquals(form.length() + 1, offsets.length);
  assertEquals("a\u2019b", s.substring(offsets[0], offsets[3]));
  assertEquals("\u00A0 \tc  d", s.substring(offsets[3], offsets[7]));
  assertEquals("d\u201C", s.substring(offsets[6], offsets[8]), "the end is where the last character ends");
  assertEquals(2, offsets[0], "leading white space is no part of the form");
  }

  /** Every part of the form comes from a part of the text whose own form (spaces at its ends kept) it is. */
  @Test
  void offsetsAgreeWithTheForm() {
  Random random = new Random(12);
  for (int round = 0; round < 5_000; round++) {
    String s = text(random);
    String form = EasemobNormalizer.normalize(s);
    int[] offsets = offsets(s);
    assertEquals(form.length() + 1, offsets.length);
    for (int a = 0; a < form.length(); a++) {
    for (int b = a + 1; b <= form.length(); b++) {
      assertEquals(form.substring(a, b), EasemobNormalizer.normalize(s.substring(offsets[a], offsets[b]), false, false),
        "for " + s.chars().mapToObj(Integer::toHexString).toList() + " at " + a + ".." + b);
    }
    }
  }
  }

  /** A space's place maps to the start of its run of white space; the end, to the end of the last character. */
  @Test
  void toSourceMapsASpaceToTheStartOfItsRun() {
  int[] places = {1, 1, 3};
  EasemobNormalizer.toSource("a \t b ", places);
  assertArrayEquals(new int[] {1, 1, 5}, places, "the form is \"a b\"");
  int[] none = {};
  EasemobNormalizer.toSource("a  b", none);
  assertEquals(0, none.length);
  int[] blank = {0, 0};
  EasemobNormalizer.toSource(" \t ", blank);
  assertArrayEquals(new int[] {0, 0}, blank, "a text of white space alone has an empty form");
  }

  /** A few places in order, the index's case, map as they do among all the places of the form. */
  @Test
  void toSourceMapsSomePlacesAsItMapsThemAll() {
  Random random = new Random(13);
  for (int round = 0; round < 20_000; round++) {
    String s = text(random);
    int formLength = EasemobNormalizer.normalize(s).length();
    int[] offsets = offsets(s);
    int[] places = new int[random.nextInt(7)];
    for (int k = 0; k < places.length; k++) {
    places[k] = random.nextInt(formLength + 1);
    }
    java.util.Arrays.sort(places);
    int[] expected = new int[places.length];
    for (int k = 0; k < places.length; k++) {
    expected[k] = offsets[places[k]];
    }
    int[] mapped = places.clone();
    EasemobNormalizer.toSource(s, mapped);
    assertArrayEquals(expected, mapped, "for " + s.chars().mapToObj(Integer::toHexString).toList() + " at " + java.util.Arrays.toString(places));
  }
  }
}
