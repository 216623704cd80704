package org.easemoberrors.processor.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes random catalogues that are well-formed YAML of the catalogue's own shape: every key is
 * one the reader knows and every value has the right type, so that a catalogue gets past the
 * reader to the merger, the validator and (when it passes) the generator. What varies is what
 * those later stages judge: locales and their texts, status names and codes, entry ids and class
 * names, error codes, templates and their placeholders, causes, actions, overrides and removals,
 * and text with every kind of character that Java sources, property files and YAML escape.
 *
 * <p>The choices come from a {@link Choices}: a seeded {@link Random} for the property test, the
 * fuzzer's bytes for the fuzz test.
 */
final class RandomCatalogs {

  /** Where the choices come from. */
  interface Choices {
    /** A number from 0 to {@code bound - 1}. */
    int below(int bound);

    /** Some text of at most about {@code max} characters, any characters at all. */
    String anyText(int max);

    default boolean percent(int p) {
      return below(100) < p;
    }

    default <T> T pick(List<T> from) {
      return from.get(below(from.size()));
    }
  }

  /** Choices from a seeded {@link Random}: the same seed gives the same catalogue. */
  static Choices random(long seed) {
    Random random = new Random(seed);
    return new Choices() {
      @Override
      public int below(int bound) {
        return random.nextInt(bound);
      }

      @Override
      public String anyText(int max) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
          sb.append((char) random.nextInt(0x10000));
        }
        return sb.toString();
      }
    };
  }

  static final List<String> LOCALES = List.of("en", "zh_CN", "ja", "fr_FR", "pt_BR", "es_419", "zh_TW", "de");
  static final List<String> ACTIONS = List.of("retry", "backoff", "split", "refresh_token", "fix_request", "alert");
  static final List<String> WORDS = List.of(
      "user", "group", "token", "message", "app", "org", "chat", "room", "member", "file", "limit",
      "not", "found", "bad", "invalid", "expired", "missing", "duplicate", "too", "large", "x", "a1",
      "value", "class", "int", "new", "enum", "status", "error", "match", "matcher", "action", "null");
  /** Placeholder names, some of them names the generated code has uses of its own for. */
  static final List<String> PLACEHOLDERS = List.of(
      "value", "name", "username", "id", "code", "values", "ordinal", "length", "equals", "hash",
      "serialVersionUID", "TYPE", "INSTANCE", "entry0", "p", "q", "x1", "_x", "$x", "a$b", "getValue",
      "\u540d\u5b57", "\u00fcber", "m\u00e9tier", "params0", "message", "cause0", "body0", "statusCode",
      "builder", "result", "i", "e", "s", "sb", "text", "description0", "super0", "object", "string");
  /** Literal pieces of templates and texts that any layer might mishandle. */
  static final List<String> PIECES = List.of(
      "user ", "not found", " exists", "Application ", "Entity ", "'", "\"", "\\", "\\n", "\\u0041",
      "$", "$1", "%s", "%", "%%", "%n", "*/", "/*", "//", "<", ">", "&", "{{", "}}", "{{x}}", "#", "!",
      " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u3000", "\u2019", "\u201c", "\u201d", "\u2028", "\u2029",
      "\u00e9", "\u4e2d\u6587", "\ud83d\ude00", "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\ufeff",
      "\ufffd", "=", ":", "\\t", "\\\\", "@", "?", "x".repeat(70), ",");

  private final Choices c;
  private final StringBuilder out = new StringBuilder();

  private RandomCatalogs(Choices choices) {
    this.c = choices;
  }

  /** A catalogue as YAML text. */
  static String catalogue(Choices choices) {
    return new RandomCatalogs(choices).write();
  }

  /** A text as a YAML scalar. */
  private String q(String text) {
    return quoted(text);
  }

  private String write() {
    Set<String> chosen = new LinkedHashSet<>();
    int localeCount = 1 + c.below(3);
    for (int i = 0; i < localeCount; i++) {
      chosen.add(c.pick(LOCALES));
    }
    List<String> locales = new ArrayList<>(chosen);
    String fallback = c.pick(locales);
    if (c.percent(90)) {
      out.append("catalog: 1\n");
    }
    out.append("locales: [").append(String.join(", ", locales)).append("]\n");
    out.append("fallbackLocale: ").append(fallback).append('\n');
    if (c.percent(30)) {
      out.append("suppress: [").append(c.percent(50) ? "EasemobMissingTranslation" : "EasemobMissingTranslation, EasemobCauseCount")
          .append("]\n");
    }
    out.append("classes:\n");
    for (String cls : List.of("4xx", "5xx")) {
      out.append("  ").append(cls).append(":\n");
      out.append("    action: ").append(c.pick(ACTIONS)).append('\n');
      texts("    description", locales, fallback, List.of(), false);
    }
    List<Integer> codes = new ArrayList<>();
    int statusCount = c.below(4);
    if (statusCount > 0) {
      out.append("statuses:\n");
    }
    Set<String> statusNames = new LinkedHashSet<>();
    for (int i = 0; i < statusCount; i++) {
      int code = c.percent(70) ? 400 + c.below(32) : 500 + c.below(12);
      if (codes.contains(code)) {
        continue;
      }
      codes.add(code);
      String name = typeName(c.percent(50) ? 1 : 2);
      statusNames.add(name);
      out.append("  ").append(code).append(":\n");
      out.append("    name: ").append(q(name)).append('\n');
      out.append("    action: ").append(c.pick(ACTIONS)).append('\n');
      texts("    description", locales, fallback, List.of(), false);
    }
    int entryCount = c.below(9);
    List<String> ids = new ArrayList<>();
    if (entryCount > 0) {
      out.append("entries:\n");
    }
    for (int i = 0; i < entryCount; i++) {
      String id = id(i);
      if (ids.contains(id)) {
        id = id + "-" + i;
      }
      ids.add(id);
      entry(id, locales, fallback, codes, false);
    }
    if (!ids.isEmpty() && c.percent(15)) {
      out.append("overrides:\n");
      entry(c.pick(ids), locales, fallback, codes, true);
    }
    if (!ids.isEmpty() && c.percent(10)) {
      out.append("remove: [").append(q(c.pick(ids))).append("]\n");
    }
    return out.toString();
  }

  private void entry(String id, List<String> locales, String fallback, List<Integer> codes, boolean override) {
    out.append("  - id: ").append(q(id)).append('\n');
    if (!override || c.percent(30)) {
      int status = !codes.isEmpty() && c.percent(70) ? c.pick(codes) : (c.percent(60) ? 400 + c.below(32) : 500 + c.below(12));
      out.append("    status: ").append(status).append('\n');
    }
    if (!override || c.percent(30)) {
      int errors = c.below(4);
      if (errors == 1) {
        out.append("    error: ").append(q(errorCode())).append('\n');
      } else if (errors > 1) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < errors; i++) {
          list.add(q(errorCode()));
        }
        out.append("    error: [").append(String.join(", ", list)).append("]\n");
      }
    }
    List<String> placeholders = new ArrayList<>();
    if (!override || c.percent(50)) {
      int templates = c.percent(30) ? 0 : 1 + (c.percent(20) ? c.below(3) : 0);
      List<String> written = new ArrayList<>();
      for (int t = 0; t < templates; t++) {
        written.add(q(template(placeholders)));
      }
      if (written.size() == 1 && c.percent(70)) {
        out.append("    description: ").append(written.get(0)).append('\n');
      } else if (!written.isEmpty()) {
        out.append("    description: [").append(String.join(", ", written)).append("]\n");
      }
    }
    if (!override || c.percent(50)) {
      texts("    causes", locales, fallback, placeholders, true);
    }
    if (c.percent(40)) {
      out.append("    action: ").append(c.pick(ACTIONS)).append('\n');
    }
    if (c.percent(15)) {
      out.append("    class: ").append(q(typeName(1 + c.below(3)))).append('\n');
    }
  }

  /** A map from locale to text (or to a list of texts), mostly one for each locale. */
  private void texts(String key, List<String> locales, String fallback, List<String> placeholders, boolean lists) {
    out.append(key).append(":\n");
    int listSize = lists && c.percent(25) ? 1 + c.below(3) : 0;
    for (String locale : locales) {
      if (!locale.equals(fallback) && c.percent(15)) {
        continue; // a missing optional translation: a warning, unless suppressed
      }
      out.append(key.replaceAll("[^ ].*", "")).append("  ").append(locale).append(": ");
      if (listSize == 0) {
        out.append(q(text(placeholders))).append('\n');
      } else {
        int n = c.percent(85) ? listSize : 1 + c.below(3);
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          list.add(q(text(placeholders)));
        }
        out.append('[').append(String.join(", ", list)).append("]\n");
      }
    }
  }

  /** Literal pieces with placeholders between them, each used once and never two side by side. */
  private String template(List<String> placeholders) {
    StringBuilder t = new StringBuilder();
    Set<String> used = new LinkedHashSet<>();
    int parts = 1 + c.below(4);
    boolean lastWasPlaceholder = false;
    for (int i = 0; i < parts; i++) {
      if (!lastWasPlaceholder && c.percent(40)) {
        String name = c.pick(PLACEHOLDERS);
        if (used.add(name)) {
          t.append('{').append(name).append('}');
          lastWasPlaceholder = true;
          if (!placeholders.contains(name)) {
            placeholders.add(name);
          }
          continue;
        }
      }
      t.append(literal());
      lastWasPlaceholder = false;
    }
    if (t.toString().isBlank()) {
      t.append(c.pick(WORDS));
    }
    return t.toString();
  }

  /** A cause or a description: literal text, with some of the entry's placeholders. */
  private String text(List<String> placeholders) {
    StringBuilder t = new StringBuilder();
    int parts = 1 + c.below(4);
    for (int i = 0; i < parts; i++) {
      if (!placeholders.isEmpty() && c.percent(30)) {
        t.append('{').append(c.pick(placeholders)).append('}');
      } else {
        t.append(literal());
      }
    }
    if (t.toString().isBlank()) {
      t.append(c.pick(WORDS));
    }
    return t.toString();
  }

  /** Literal text of a template or a text: braces doubled, as the catalogue writes them. */
  private String literal() {
    String raw;
    int kind = c.below(10);
    if (kind < 5) {
      raw = c.pick(WORDS) + " ";
    } else if (kind < 9) {
      raw = c.pick(PIECES);
    } else {
      raw = c.anyText(12);
    }
    return raw.replace("{", "{{").replace("}", "}}").replace("{{{{", "{{").replace("}}}}", "}}");
  }

  private String errorCode() {
    int kind = c.below(10);
    if (kind < 6) {
      return c.pick(WORDS) + "_" + c.pick(WORDS);
    } else if (kind < 9) {
      return c.pick(PIECES) + c.pick(WORDS);
    }
    return c.anyText(8);
  }

  private String id(int index) {
    StringBuilder id = new StringBuilder(c.pick(WORDS).replaceAll("[^a-z0-9]", ""));
    if (id.length() == 0 || !Character.isLetter(id.charAt(0))) {
      id.insert(0, 'e');
    }
    int more = c.below(3);
    for (int i = 0; i < more; i++) {
      id.append('-').append(c.pick(WORDS).replaceAll("[^a-z0-9]", "x"));
    }
    if (c.percent(20)) {
      id.append('-').append(index);
    }
    return id.toString();
  }

  private String typeName(int words) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = c.pick(WORDS).replaceAll("[^a-z0-9]", "");
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        w = "n" + w;
      }
      name.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return name.toString();
  }

  /**
   * The text as a double-quoted YAML scalar: quotes and backslashes escaped, and every character
   * that YAML does not allow as it is (controls, surrogates, byte order marks, non-characters) or
   * that ends a line written as an escape.
   */
  static String quoted(String text) {
    StringBuilder q = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '"' || ch == '\\') {
        q.append('\\').append(ch);
      } else if (ch == '\n') {
        q.append("\\n");
      } else if (ch == '\t') {
        q.append("\\t");
      } else if (ch < 0x20 || (ch >= 0x7f && ch <= 0x9f) || Character.isSurrogate(ch) && !pairAt(text, i)
          || ch == '\u2028' || ch == '\u2029' || ch == '\ufeff' || ch >= '\ufffe') {
        q.append(String.format("\\u%04x", (int) ch));
      } else if (Character.isHighSurrogate(ch)) {
        q.append(ch).append(text.charAt(++i));
      } else {
        q.append(ch);
      }
    }
    return q.append('"').toString();
  }

  private static boolean pairAt(String text, int i) {
    return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
  }
}
