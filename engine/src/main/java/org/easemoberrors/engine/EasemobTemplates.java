package org.easemoberrors.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code {name}} syntax of description templates and causes: placeholder {@code i} stands
 * between literal {@code i} and literal {@code i + 1}; {@code {{} and {@code }}} are literal
 * braces. The processor reports what {@link #problem} finds; at run time every text is valid.
 */
final class EasemobTemplates {
  /** What {@link #fill} writes for a placeholder whose value the match does not have. */
  static final String UNKNOWN = "\u2026";

  /** A <code>'}'</code> without a <code>'{'</code> before it. */
  static final int UNOPENED = 1;

  /** A <code>'{'</code> without a <code>'}'</code> after it, before the next <code>'{'</code>. */
  static final int UNCLOSED = 2;

  /** A placeholder without a name. */
  static final int EMPTY = 3;

  /** The literal texts, braces undoubled, not normalized: one more than the names. */
  final String[] literals;
  final String[] names;

  /** Where each name's <code>'{'</code> stands in the text. */
  final int[] starts;

  /** 0, or the first syntax problem: the names before it are read, the rest is not. */
  final int problem;

  /** Where the problem is in the text. */
  final int problemAt;

  private EasemobTemplates(List<String> literals, List<String> names, List<Integer> starts,
      int problem, int problemAt) {
    this.literals = literals.toArray(new String[0]);
    this.names = names.toArray(new String[0]);
    this.starts = new int[starts.size()];
    for (int i = 0; i < this.starts.length; i++) {
      this.starts[i] = starts.get(i);
    }
    this.problem = problem;
    this.problemAt = problemAt;
  }

  static EasemobTemplates parse(String s) {
    List<String> literals = new ArrayList<String>();
    List<String> names = new ArrayList<String>();
    List<Integer> starts = new ArrayList<Integer>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < s.length() && s.charAt(i + 1) == c) {
        literal.append(c);
        i += 2;
      } else if (c == '}') {
        return new EasemobTemplates(literals, names, starts, UNOPENED, i);
      } else if (c == '{') {
        int close = s.indexOf('}', i + 1);
        int reopen = s.indexOf('{', i + 1);
        if (close < 0 || (reopen >= 0 && reopen < close)) {
          return new EasemobTemplates(literals, names, starts, UNCLOSED, i);
        }
        if (close == i + 1) {
          return new EasemobTemplates(literals, names, starts, EMPTY, i);
        }
        literals.add(literal.toString());
        literal.setLength(0);
        names.add(s.substring(i + 1, close));
        starts.add(i);
        i = close + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    literals.add(literal.toString());
    return new EasemobTemplates(literals, names, starts, 0, -1);
  }

  /**
   * The text with each placeholder replaced by its value, in one pass (a value is never read for
   * placeholders again). A placeholder of the entry that has no value, as after a match by the
   * error code alone, is written as {@value #UNKNOWN}, so that no {@code {name}} reaches a
   * reader; a name that is not one of {@code names} stays as written.
   */
  static String fill(String text, String[] names, String[] values) {
    if (text.indexOf('{') < 0 && text.indexOf('}') < 0) {
      return text;
    }
    EasemobTemplates t = parse(text);
    if (t.problem != 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16).append(t.literals[0]);
    for (int i = 0; i < t.names.length; i++) {
      String value = "{" + t.names[i] + "}";
      for (int k = 0; k < names.length; k++) {
        if (names[k].equals(t.names[i])) {
          value = k < values.length && values[k] != null ? values[k] : UNKNOWN;
        }
      }
      sb.append(value).append(t.literals[i + 1]);
    }
    return sb.toString();
  }
}
