package org.easemoberrors.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every match of the default catalogue has help: each entry, each status and both status classes
 * give it in every locale of the catalogue, and an entry's help uses only values its response
 * yields.
 */
class HelpCoverageTest {

  private static Map<String, Object> catalogue;
  private static List<String> locales;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void load() {
    catalogue = CatalogFiles.loadCatalogue();
    locales = (List<String>) catalogue.get("locales");
    assertEquals(List.of("zh_CN", "en"), locales);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> entries() {
    return (List<Map<String, Object>>) catalogue.get("entries");
  }

  /** The templates of an entry: its description, one string or a list. */
  private static List<String> templates(Map<String, Object> entry) {
    Object d = entry.get("description");
    if (d == null) {
      return List.of();
    }
    if (d instanceof String s) {
      return List.of(s);
    }
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) d) {
      out.add((String) o);
    }
    return out;
  }

  /**
   * The placeholder names of a text in the catalogue's template syntax ({@code {name}}, with
   * {@code {{} and {@code }}} for literal braces). A lone brace is reported through {@code problems}.
   */
  static Set<String> placeholders(String text, String owner, List<String> problems) {
    Set<String> names = new LinkedHashSet<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
        i += 2;
      } else if (c == '{') {
        int close = text.indexOf('}', i);
        if (close < 0) {
          problems.add(owner + ": '{' is never closed in: " + text);
          return names;
        }
        names.add(text.substring(i + 1, close));
        i = close + 1;
      } else if (c == '}') {
        problems.add(owner + ": lone '}' in: " + text);
        return names;
      } else {
        i++;
      }
    }
    return names;
  }

  /** Checks that a help map has a non-blank text for each locale and no other keys. */
  private static Map<String, String> help(Object help, String owner, List<String> problems) {
    if (!(help instanceof Map<?, ?> raw)) {
      problems.add(owner + " has no help");
      return Map.of();
    }
    Map<String, Object> byLocale = map(raw);
    if (!byLocale.keySet().equals(new LinkedHashSet<>(locales))) {
      problems.add(owner + " has help in " + byLocale.keySet() + ", not in exactly " + locales);
    }
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    byLocale.forEach((locale, text) -> {
      if (!(text instanceof String s) || s.isBlank()) {
        problems.add(owner + " has no help text in " + locale + ": " + text);
      } else {
        texts.put(locale, s);
      }
    });
    return texts;
  }

  @Test
  void everyEntryHasHelpInEveryLocale() {
    List<String> problems = new ArrayList<>();
    for (Map<String, Object> entry : entries()) {
      help(entry.get("help"), "entry " + entry.get("id"), problems);
    }
    assertEquals(140, entries().size(), "the default catalogue's entries");
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  void everyStatusAndClassHasHelpWithoutPlaceholders() {
    List<String> problems = new ArrayList<>();
    Map<String, Object> owners = new java.util.LinkedHashMap<>();
    ((Map<?, ?>) catalogue.get("classes")).forEach((k, v) -> owners.put("class " + k, v));
    ((Map<?, ?>) catalogue.get("statuses")).forEach((k, v) -> owners.put("status " + k, v));
    assertEquals(15, owners.size(), "2 classes and 13 statuses: " + owners.keySet());
    owners.forEach((owner, spec) -> help(map(spec).get("help"), owner, problems).forEach((locale, text) -> {
      Set<String> used = placeholders(text, owner + " (" + locale + ")", problems);
      if (!used.isEmpty()) {
        problems.add(owner + " (" + locale + ") uses " + used + ", but a status has no placeholders");
      }
    }));
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  /**
   * A placeholder in help must be in the entry's templates. Stricter than the processor, which asks
   * only that some template has it: here every template must, since a response matched by a
   * template without it would leave the value out.
   */
  @Test
  void helpUsesOnlyPlaceholdersThatEveryTemplateOfItsEntryHas() {
    List<String> problems = new ArrayList<>();
    int used = 0;
    for (Map<String, Object> entry : entries()) {
      String owner = "entry " + entry.get("id");
      List<Set<String>> perTemplate = new ArrayList<>();
      for (String template : templates(entry)) {
        perTemplate.add(placeholders(template, owner + " template", problems));
      }
      for (Map.Entry<String, String> help : help(entry.get("help"), owner, problems).entrySet()) {
        for (String name : placeholders(help.getValue(), owner + " (" + help.getKey() + ")", problems)) {
          used++;
          if (perTemplate.isEmpty() || perTemplate.stream().anyMatch(names -> !names.contains(name))) {
            problems.add(owner + " (" + help.getKey() + ") uses {" + name + "}, which not every template has: " + templates(entry));
          }
        }
      }
    }
    assertTrue(used > 50, "expected the help of many entries to use their values, found " + used + " uses");
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  /** Help says what to do in a sentence or two, and is not the cause said again. */
  @Test
  void helpIsShortAndNotTheCause() {
    List<String> problems = new ArrayList<>();
    for (Map<String, Object> entry : entries()) {
      String owner = "entry " + entry.get("id");
      Map<String, Object> causes = map(entry.get("causes"));
      help(entry.get("help"), owner, problems).forEach((locale, text) -> {
        int sentences = sentences(text, locale);
        if (sentences < 1 || sentences > 2) {
          problems.add(owner + " (" + locale + ") has " + sentences + " sentences: " + text);
        }
        Object cause = causes.get(locale);
        if (text.equals(cause) || (cause instanceof List<?> list && list.contains(text))) {
          problems.add(owner + " (" + locale + ") repeats its cause as help: " + text);
        }
      });
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  /** Sentences end with '.' (followed by a space or the end) in English, with '。' in Chinese. */
  static int sentences(String text, String locale) {
    String t = text.strip();
    if (locale.startsWith("zh")) {
      int n = t.split("。", -1).length - 1;
      return t.endsWith("。") ? n : n + 1;
    }
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '.' && (i + 1 == t.length() || t.charAt(i + 1) == ' ')) {
        n++;
      }
    }
    return t.endsWith(".") ? n : n + 1;
  }
}
