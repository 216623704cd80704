package org.easemoberrors.engine;

/**
 * The matching form of a description: typographic quotes made plain, each run of white space one
 * space, no space at either end. Templates are put in this form when the catalogue is checked,
 * descriptions when they are matched, by this same code.
 */
final class EasemobNormalizer {
  private EasemobNormalizer() {
  }

  static char plainQuote(char c) {
    switch (c) {
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032':
        return '\'';
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033':
        return '"';
      default:
        return c;
    }
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
  }

  /** The matching form of a whole text; the text itself when it is in that form already. */
  static String normalize(String s) {
    int n = s.length();
    boolean plain = n == 0 || (!isSpace(s.charAt(0)) && !isSpace(s.charAt(n - 1)));
    for (int i = 0; plain && i < n; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < '\u007f') {
        continue; // printable ASCII: the common case
      }
      plain = plainQuote(c) == c && (!isSpace(c) || (c == ' ' && !isSpace(s.charAt(i + 1))));
    }
    return plain ? s : normalize(s, true, true);
  }

  /**
   * The matching form of a part of a text: {@code trimStart} and {@code trimEnd} drop the space
   * at either end, which inside a template stands beside a placeholder and is kept.
   */
  static String normalize(String s, boolean trimStart, boolean trimEnd) {
    return normalize(s, trimStart, trimEnd, null);
  }

  /**
   * Where the characters of the matching form of a whole text come from: element {@code i} is
   * the index in {@code s} where character {@code i} of {@code normalize(s)} starts (for a space,
   * where its run of white space starts), and the last element, at {@code normalize(s).length()},
   * is the end of the last character that is not white space. So the part {@code [a, b)} of the
   * matching form stands for the part {@code [offsets[a], offsets[b])} of {@code s}: its own
   * characters, typographic quotes and runs of white space as they are written.
   */
  static int[] offsets(String s) {
    int[] offsets = new int[s.length() + 1];
    int n = normalize(s, true, true, offsets).length();
    int[] out = new int[n + 1];
    System.arraycopy(offsets, 0, out, 0, n + 1);
    return out;
  }

  /** The matching form, noting in {@code offsets} (when not null) where each character came from. */
  private static String normalize(String s, boolean trimStart, boolean trimEnd, int[] offsets) {
    // Into a char array, not a StringBuilder: appending a char at a time to a StringBuilder checks
    // its capacity and its coder for each one, which made this loop several times slower. Every
    // character written stands for at least one read, so the array of the text's length holds it.
    int n = s.length();
    char[] out = new char[n];
    int length = 0;
    int run = -1;
    int end = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c >= '\u007f') {
        if (isSpace(c)) {
          if (run < 0) {
            run = i;
          }
          continue;
        }
        c = plainQuote(c);
      }
      if (run >= 0 && (length > 0 || !trimStart)) {
        if (offsets != null) {
          offsets[length] = run;
        }
        out[length++] = ' ';
      }
      run = -1;
      if (offsets != null) {
        offsets[length] = i;
      }
      out[length++] = c;
      end = i + 1;
    }
    if (run >= 0 && !trimEnd && (length > 0 || !trimStart)) {
      out[length++] = ' ';
    }
    if (offsets != null) {
      offsets[length] = end;
    }
    return new String(out, 0, length);
  }
}
