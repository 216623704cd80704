package org.easemoberrors.processor.generate;

import java.util.Map;

/**
 * Writes {@code .properties} text that Java 8's {@link java.util.Properties#load(java.io.InputStream)}
 * reads: ISO-8859-1 with every other character as a {@code \}{@code uXXXX} escape, and no date
 * comment, so that the same catalogue always gives the same bytes.
 */
final class PropertiesWriter {
  private PropertiesWriter() {}

  static String write(String header, Map<String, String> values) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(header).append('\n');
    values.forEach((k, v) -> sb.append(escape(k, true)).append('=').append(escape(v, false)).append('\n'));
    return sb.toString();
  }

  static String escape(String s, boolean key) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\f' -> sb.append("\\f");
        case '=', ':', '#', '!' -> sb.append('\\').append(c);
        case ' ' -> sb.append(key || i == 0 ? "\\ " : " ");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            Members.unicodeEscape(sb, c, true);
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
