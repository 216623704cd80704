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
    // One test per character in the common case, printable ASCII; nothing else in the loop, which
    // runs over every description that is not a template word for word.
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < '\u007f') {
        continue;
      }
      // A space is in matching form between two characters that are not white space: the one
      // before it is not, or the loop would have stopped there.
      boolean plain = c == ' ' ? i > 0 && i < n - 1 && !isSpace(s.charAt(i + 1)) : !isSpace(c) && plainQuote(c) == c;
      if (!plain) {
        return normalize(s, true, true);
      }
    }
    return s;
  }

  /**
   * The matching form of a part of a text: {@code trimStart} and {@code trimEnd} drop the space
   * at either end, which inside a template stands beside a placeholder and is kept.
   */
  static String normalize(String s, boolean trimStart, boolean trimEnd) {
    // Into a char array, not a StringBuilder: appending a char at a time to a StringBuilder checks
    // its capacity and its coder for each one, which made this loop several times slower. Every
    // character written stands for at least one read, so the array of the text's length holds it.
    int n = s.length();
    char[] out = new char[n];
    int length = 0;
    int run = -1;
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
        out[length++] = ' ';
      }
      run = -1;
      out[length++] = c;
    }
    if (run >= 0 && !trimEnd && (length > 0 || !trimStart)) {
      out[length++] = ' ';
    }
    return new String(out, 0, length);
  }

  /**
   * Maps places in the matching form of a whole text to the text. Each element of {@code
   * positions}, which must be in non-decreasing order (as a template's matching gives them), a
   * place in {@code normalize(s)}, is replaced by the index in
   * {@code s} where the character at that place starts (for a space, where its run of white
   * space starts); the place at the end of the form, by the end of the last character that is
   * not white space. So the part {@code [a, b)} of the matching form stands for the part of
   * {@code s} between the places {@code a} and {@code b} map to: its own characters, typographic
   * quotes and runs of white space as they are written. One pass over the text, which stops at the
   * last place asked for, and nothing allocated.
   */
  static void toSource(String s, int[] positions) {
    int k = 0;
    int length = 0;
    int run = -1;
    int end = 0;
    for (int i = 0, n = s.length(); i < n && k < positions.length; i++) {
      char c = s.charAt(i);
      if ((c <= ' ' || c >= '\u007f') && isSpace(c)) {
        if (run < 0) {
          run = i;
        }
        continue;
      }
      if (run >= 0 && length > 0) {
        while (k < positions.length && positions[k] == length) {
          positions[k++] = run;
        }
        length++;
      }
      run = -1;
      while (k < positions.length && positions[k] == length) {
        positions[k++] = i;
      }
      length++;
      end = i + 1;
    }
    while (k < positions.length) {
      positions[k++] = end;
    }
  }
}
