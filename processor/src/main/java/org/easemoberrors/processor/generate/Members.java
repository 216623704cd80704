package org.easemoberrors.processor.generate;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Modifier;

/** Members that several generated types share the shape of. */
final class Members {
  private Members() {}

  /** {@code public T name() { return name; }} with its javadoc. */
  static MethodSpec getter(String name, TypeName type, String doc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(doc)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $N", name)
        .build();
  }

  /**
   * {@code s} as a Java string literal that stays one line whatever it holds: quotes, backslashes
   * and every control, format and line or paragraph separator character are escaped before
   * JavaPoet sees the text, which would otherwise break its lines at U+2028 and U+2029. Controls
   * are octal escapes (a {@code \}{@code u} escape of a line feed ends the literal for javac);
   * the others {@code \}{@code u} escapes, as {@code Generator.ascii} writes any other non-ASCII
   * character.
   */
  static String literal(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\%03o", (int) c));
          } else if (special(c)) {
            unicodeEscape(sb, c, false);
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** Whether {@code c} is a control, format, separator or unassigned character: never written raw. */
  static boolean special(char c) {
    int type = Character.getType(c);
    return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || c >= '\ufffe';
  }

  /**
   * Appends the {@code \}{@code u} escape of {@code c}, its four hex digits in lower or upper case.
   * (Not {@code String.format}, whose parsing of the pattern for each character of a long Chinese
   * text was a measurable part of a cold compile.)
   */
  static StringBuilder unicodeEscape(StringBuilder sb, char c, boolean upperCase) {
    String digits = upperCase ? "0123456789ABCDEF" : "0123456789abcdef";
    sb.append('\\').append('u');
    for (int shift = 12; shift >= 0; shift -= 4) {
      sb.append(digits.charAt((c >> shift) & 0xf));
    }
    return sb;
  }
}
