package org.easemoberrors.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalizerTest {

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
    char[] alphabet = {'a', 'b', ' ', '\t', '\n', '\u00A0', '\u3000', '\u2019', '\u201C', '\'', '"', '\u2028', '\u0085', '\u007f', '\u00e9'};
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      char[] text = new char[random.nextInt(12)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      String full = EasemobNormalizer.normalize(s, true, true);
      assertEquals(full, EasemobNormalizer.normalize(s), "for " + s.chars().mapToObj(Integer::toHexString).toList());
      assertEquals(full, EasemobNormalizer.normalize(full), "the form is stable");
    }
  }
}
