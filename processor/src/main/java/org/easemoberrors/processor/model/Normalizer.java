package org.easemoberrors.processor.model;

/**
 * The matching form of a description: typographic quotes made plain, each run of white space one
 * space, no space at either end. The generated matcher applies the same rules at run time.
 */
public final class Normalizer {
  private Normalizer() {}

  public static char plainQuote(char c) {
    switch (c) {
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032':
        return '\'';
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033':
        return '"';
      default:
        return c;
    }
  }

  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
  }

  /** Normalizes inner text; {@code trimStart}/{@code trimEnd} drop space at either end. */
  public static String normalize(String s, boolean trimStart, boolean trimEnd) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space && (sb.length() > 0 || !trimStart)) {
        sb.append(' ');
      }
      space = false;
      sb.append(plainQuote(c));
    }
    if (space && !trimEnd && (sb.length() > 0 || !trimStart)) {
      sb.append(' ');
    }
    return sb.toString();
  }

  public static String normalize(String s) {
    return normalize(s, true, true);
  }
}
