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
    StringBuilder sb = new StringBuilder(s.length());
    int run = -1;
    int end = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (run < 0) {
          run = i;
        }
        continue;
      }
      if (run >= 0 && (sb.length() > 0 || !trimStart)) {
        if (offsets != null) {
          offsets[sb.length()] = run;
        }
        sb.append(' ');
      }
      run = -1;
      if (offsets != null) {
        offsets[sb.length()] = i;
      }
      sb.append(plainQuote(c));
      end = i + 1;
    }
    if (run >= 0 && !trimEnd && (sb.length() > 0 || !trimStart)) {
      sb.append(' ');
    }
    if (offsets != null) {
      offsets[sb.length()] = end;
    }
    return sb.toString();
  }
}
