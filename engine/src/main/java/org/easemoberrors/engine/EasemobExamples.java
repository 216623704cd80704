package org.easemoberrors.engine;

import java.util.Locale;
import java.util.Map;

/**
 * Example error responses for a user's tests: the JSON body the Easemob server writes for a
 * catalogue entry, with its fields in the server's order ({@code error}, {@code exception},
 * {@code timestamp}, {@code duration}, {@code error_description}), spaced as it spaces them.
 * Deterministic: the timestamp
 * is fixed and the duration is 0, so the same entry and values always give the same text.
 *
 * <p>What an entry does not give is made up the same way every time: an entry that answers to
 * any error code gets its status's name in snake case ({@code bad_request}); one that answers to
 * any description gets its first cause in the catalogue's fallback locale; a placeholder without
 * a value gets one derived from its name (see {@link #value(String)}).
 */
final class EasemobExamples {
  /** The {@code exception} the server names in its error bodies. */
  static final String EXCEPTION = "org.apache.usergrid.rest.exceptions.IllegalArgumentException";

  /** The {@code timestamp} of every example, in milliseconds since the epoch. */
  static final long TIMESTAMP = 1542609999016L;

  private EasemobExamples() {
  }

  /**
   * The example body of an entry.
   *
   * @param codes the error codes the entry answers to; the first is used
   * @param statusName the name of its status constant, such as {@code BAD_REQUEST}, the code
   *     when there are none
   * @param templates its templates in matching form; the first is filled in
   * @param causes its causes in the fallback locale, one a line: the first is the description
   *     when there are no templates
   * @param values placeholder values by name; may be null or lack some
   */
  static String body(String[] codes, String statusName, String[] templates, String causes,
      Map<String, String> values) {
    String code = codes.length > 0 ? codes[0] : statusName.toLowerCase(Locale.ROOT);
    String description;
    if (templates.length > 0) {
      description = fill(templates[template(templates, values)], values);
    } else {
      int end = causes.indexOf('\n');
      description = end < 0 ? causes : causes.substring(0, end);
    }
    return body(code, EXCEPTION, description);
  }

  /**
   * The index of the template that has the most of the placeholders {@code values} names, the
   * first of those on a tie (so the first template when no value is given), so that a value given
   * is written into the body whenever a template has its placeholder.
   */
  static int template(String[] templates, Map<String, String> values) {
    if (values == null || values.isEmpty()) {
      return 0;
    }
    int best = 0;
    int most = -1;
    for (int i = 0; i < templates.length; i++) {
      int has = 0;
      for (String name : EasemobTemplates.parse(templates[i]).names) {
        if (values.containsKey(name)) {
          has++;
        }
      }
      if (has > most) {
        best = i;
        most = has;
      }
    }
    return best;
  }

  /** A body with these fields, in the server's order; a null {@code error} is left out. */
  static String body(String error, String exception, String description) {
    StringBuilder sb = new StringBuilder(160).append('{');
    if (error != null) {
      string(sb.append("\"error\": "), error).append(", ");
    }
    string(sb.append("\"exception\": "), exception).append(", ");
    sb.append("\"timestamp\": ").append(TIMESTAMP).append(", \"duration\": 0, ");
    string(sb.append("\"error_description\": "), description);
    return sb.append('}').toString();
  }

  /** A template with each placeholder replaced by its value, or by {@link #value(String)}. */
  static String fill(String template, Map<String, String> values) {
    EasemobTemplates t = EasemobTemplates.parse(template);
    StringBuilder sb = new StringBuilder(t.literals[0]);
    for (int i = 0; i < t.names.length; i++) {
      String value = values == null ? null : values.get(t.names[i]);
      sb.append(value != null ? value : value(t.names[i])).append(t.literals[i + 1]);
    }
    return sb.toString();
  }

  /**
   * The example value of a placeholder that is given none: {@code 100} for a number (a name
   * that speaks of a limit, a size, a count or a time), the real forms of the org, app and app
   * key of the Easemob demo, a numeric ID for a name ending in {@code Id}, and otherwise the
   * name with a {@code 1} after it, such as {@code username1}.
   */
  static String value(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("max") || n.contains("limit") || n.contains("size") || n.contains("count")
        || n.contains("time") || n.contains("length") || n.contains("number")) {
      return "100";
    }
    if (n.equals("appkey")) {
      return "easemob-demo#chatdemoui";
    }
    if (n.equals("org")) {
      return "easemob-demo";
    }
    if (n.equals("app") || n.equals("application")) {
      return "chatdemoui";
    }
    if (name.endsWith("Id") || n.equals("id")) {
      return "1234567890";
    }
    if (n.endsWith("names")) {
      String one = name.substring(0, name.length() - 1);
      return one + "1," + one + "2";
    }
    return name + "1";
  }

  /** Appends {@code s} as a JSON string. */
  private static StringBuilder string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"');
  }
}
