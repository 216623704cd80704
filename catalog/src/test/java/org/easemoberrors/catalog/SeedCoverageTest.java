package org.easemoberrors.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the default catalogue against the two versions of Easemob's error-code page, whose rows
 * are kept in {@code seed-rows.tsv} beside this test: page 000 (a status table and error rows with
 * error codes) and page 003 (a table of error descriptions without codes). Row counts are asserted
 * so that a damaged table fails, and every row must be covered by the catalogue.
 */
class SeedCoverageTest {

  static final String TABLE = "seed-rows.tsv";

  private static Map<String, Object> catalogue;
  private static List<Entry> entries;
  private static Seed000 seed000;
  private static List<ErrorRow> rows003;

  // ---------------------------------------------------------------------------------------------
  // Seeds

  record StatusRow(String file, int line, int status, String zh) {
    @Override
    public String toString() {
      return file + ":" + line + " [" + status + " " + zh + "]";
    }
  }

  /** One error row of a seed page; code is null where the row gives none. */
  record ErrorRow(String file, int line, int status, String code, String description, String cause) {
    @Override
    public String toString() {
      return file
          + ":"
          + line
          + " ["
          + status
          + (code == null ? "" : " " + code)
          + " \""
          + description
          + "\" "
          + cause
          + "]";
    }
  }

  record Seed000(Map<String, String> classes, List<StatusRow> statuses, List<ErrorRow> errors) {}

  private static final Pattern STATUS = Pattern.compile("[45]\\d\\d");
  private static final Pattern CODE = Pattern.compile("[A-Za-z_][A-Za-z0-9_ ]*");

  /** The table's lines, comments included, so that a row's line number is its line in the file. */
  static List<String> tableLines() throws IOException {
    try (InputStream in = SeedCoverageTest.class.getResourceAsStream(TABLE)) {
      assertNotNull(in, TABLE + " is not on the test class path");
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    }
  }

  /** Reads the table into page 000's classes, statuses and error rows, and page 003's error rows. */
  static void readTable() throws IOException {
    Map<String, String> classes = new LinkedHashMap<>();
    List<StatusRow> statuses = new ArrayList<>();
    List<ErrorRow> errors000 = new ArrayList<>();
    List<ErrorRow> errors003 = new ArrayList<>();
    List<String> lines = tableLines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int no = i + 1;
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      String where = TABLE + ":" + no;
      assertEquals(6, cells.length, where + ": expected 6 cells: " + line);
      String page = cells[0];
      assertTrue(page.equals("000") || page.equals("003"), where + ": unknown page " + page);
      String kind = cells[1];
      String code = cells[3].isEmpty() ? null : cells[3];
      String description = cells[4];
      String cause = cells[5];
      assertFalse(description.isBlank(), where + ": no description");
      switch (kind) {
        case "class" -> {
          assertTrue(cells[2].equals("4xx") || cells[2].equals("5xx"), where + ": class " + cells[2]);
          classes.put(cells[2], description);
        }
        case "status" -> {
          assertTrue(STATUS.matcher(cells[2]).matches(), where + ": status " + cells[2]);
          statuses.add(new StatusRow(TABLE, no, Integer.parseInt(cells[2]), description));
        }
        case "error" -> {
          assertTrue(STATUS.matcher(cells[2]).matches(), where + ": status " + cells[2]);
          if (code != null) {
            assertTrue(CODE.matcher(code).matches(), where + ": odd error code '" + code + "'");
          }
          assertFalse(cause.isBlank(), where + ": no cause");
          assertTrue(firstHan(cause) >= 0, where + ": cause is not Chinese: " + cause);
          assertTrue(firstHan(description) < 0, where + ": Chinese in description: " + description);
          ErrorRow row = new ErrorRow(TABLE, no, Integer.parseInt(cells[2]), code, description, cause);
          (page.equals("000") ? errors000 : errors003).add(row);
        }
        default -> fail(where + ": unknown kind " + kind);
      }
    }
    seed000 = new Seed000(classes, statuses, errors000);
    rows003 = errors003;
  }

  // ---------------------------------------------------------------------------------------------
  // Catalogue and templates

  record Entry(
      String id,
      int status,
      List<String> errors,
      List<Template> descriptions,
      Map<String, List<String>> causes,
      String action) {}

  /** A parsed template: literals[i] comes before placeholders[i]; one more literal than names. */
  record Template(String source, List<String> literals, List<String> placeholders) {

    static Template parse(String source) {
      List<String> literals = new ArrayList<>();
      List<String> names = new ArrayList<>();
      StringBuilder lit = new StringBuilder();
      for (int i = 0; i < source.length(); i++) {
        char c = source.charAt(i);
        if (c == '{' && i + 1 < source.length() && source.charAt(i + 1) == '{') {
          lit.append('{');
          i++;
        } else if (c == '}' && i + 1 < source.length() && source.charAt(i + 1) == '}') {
          lit.append('}');
          i++;
        } else if (c == '{') {
          int end = source.indexOf('}', i);
          if (end < 0) {
            throw new IllegalArgumentException("unclosed placeholder in: " + source);
          }
          String name = source.substring(i + 1, end);
          if (!isJavaIdentifier(name)) {
            throw new IllegalArgumentException("bad placeholder {" + name + "} in: " + source);
          }
          literals.add(lit.toString());
          lit.setLength(0);
          names.add(name);
          i = end;
        } else if (c == '}') {
          throw new IllegalArgumentException("lone } in: " + source);
        } else {
          lit.append(c);
        }
      }
      literals.add(lit.toString());
      return new Template(source, literals, names);
    }

    /**
     * Matches normalized text: the literals must appear in order, the first at the start and the
     * last at the end; returns the placeholder values, or null if it does not match.
     */
    Map<String, String> match(String text) {
      StringBuilder regex = new StringBuilder();
      for (int i = 0; i < placeholders.size(); i++) {
        regex.append(Pattern.quote(normalize(literals.get(i)))).append("(.*?)");
      }
      regex.append(Pattern.quote(normalize(literals.get(placeholders.size()))));
      Matcher m = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(normalize(text).strip());
      if (!m.matches()) {
        return null;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < placeholders.size(); i++) {
        String previous = values.putIfAbsent(placeholders.get(i), m.group(i + 1));
        if (previous != null && !previous.equals(m.group(i + 1))) {
          return null;
        }
      }
      return values;
    }

    /** The template with each placeholder replaced by fill's value for it. */
    String fill(Map<String, String> values) {
      StringBuilder s = new StringBuilder(literals.get(0));
      for (int i = 0; i < placeholders.size(); i++) {
        String name = placeholders.get(i);
        String value = values.get(name);
        assertNotNull(value, "no value for {" + name + "} in: " + source);
        s.append(value).append(literals.get(i + 1));
      }
      return s.toString();
    }

    String literalText() {
      return String.join("", literals);
    }
  }

  static boolean isJavaIdentifier(String s) {
    if (s.isEmpty() || !Character.isJavaIdentifierStart(s.codePointAt(0))) {
      return false;
    }
    return s.codePoints().skip(1).allMatch(Character::isJavaIdentifierPart);
  }

  /**
   * Typographic quotes become plain ones, the two characters backslash-n become a space and runs
   * of white space collapse to one space.
   */
  static String normalize(String s) {
    return s.replace('’', '\'')
        .replace('‘', '\'')
        .replace('“', '"')
        .replace('”', '"')
        .replace("\\n", " ")
        .replaceAll("\\s+", " ");
  }

  /** For comparing causes: also ignores which quote mark is used and the case of APP/app. */
  static String normalizeCause(String s) {
    return normalize(s).replace('\'', '"').replaceAll("(?i)app", "app").strip();
  }

  static int firstHan(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o, String what) {
    assertTrue(o instanceof Map, what + " is not a map: " + o);
    return (Map<String, Object>) o;
  }

  /** A string or a non-empty list of strings, as a list; an absent value is an empty list. */
  static List<String> strings(Object o, String what) {
    if (o == null) {
      return List.of();
    }
    if (o instanceof String s) {
      return List.of(s);
    }
    assertTrue(o instanceof List<?> l && !l.isEmpty(), what + " is not a string or a list: " + o);
    List<String> out = new ArrayList<>();
    for (Object item : (List<?>) o) {
      assertTrue(item instanceof String, what + " has a non-string item: " + item);
      out.add((String) item);
    }
    return out;
  }

  static List<Entry> entries(Map<String, Object> catalogue) {
    List<Entry> out = new ArrayList<>();
    for (Object o : (List<?>) catalogue.get("entries")) {
      Map<String, Object> e = map(o, "entry");
      String id = (String) e.get("id");
      Map<String, List<String>> causes = new LinkedHashMap<>();
      map(e.get("causes"), id + ".causes").forEach((k, v) -> causes.put(k, strings(v, id + ".causes." + k)));
      out.add(
          new Entry(
              id,
              (Integer) e.get("status"),
              strings(e.get("error"), id + ".error"),
              strings(e.get("description"), id + ".description").stream().map(Template::parse).toList(),
              causes,
              (String) e.get("action")));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> status(int status) {
    Map<Object, Object> statuses = (Map<Object, Object>) catalogue.get("statuses");
    Object s = statuses.get(status);
    return s == null ? null : map(s, "status " + status);
  }

  static String effectiveAction(Entry e) {
    if (e.action() != null) {
      return e.action();
    }
    Map<String, Object> status = status(e.status());
    assertNotNull(status, e.id() + ": status " + e.status() + " is not in statuses");
    return (String) status.get("action");
  }

  // ---------------------------------------------------------------------------------------------
  // Matching

  record Match(Entry entry, Map<String, String> values, boolean byDescription) {}

  /**
   * The catalogue entry a seed row is covered by: same status; the row's error code among the
   * entry's codes when both give codes; and a description template matching the row's
   * description, or, for an entry without templates, the row's error code among its codes.
   * Entries matched by description win over entries matched by code alone.
   */
  static Match match(ErrorRow row, String code) {
    List<Match> matches = new ArrayList<>();
    for (Entry e : entries) {
      if (e.status() != row.status()) {
        continue;
      }
      if (code != null && !e.errors().isEmpty() && !e.errors().contains(code)) {
        continue;
      }
      if (e.descriptions().isEmpty()) {
        if (code != null && e.errors().contains(code)) {
          matches.add(new Match(e, Map.of(), false));
        }
        continue;
      }
      for (Template t : e.descriptions()) {
        Map<String, String> values = t.match(row.description());
        if (values != null) {
          matches.add(new Match(e, values, true));
          break;
        }
      }
    }
    if (matches.stream().anyMatch(Match::byDescription)) {
      matches.removeIf(m -> !m.byDescription());
    }
    if (matches.isEmpty()) {
      fail("seed row not covered by the catalogue: " + row);
    }
    if (matches.size() > 1) {
      fail(
          "seed row matches several entries "
              + matches.stream().map(m -> m.entry().id()).toList()
              + ": "
              + row);
    }
    return matches.get(0);
  }

  /**
   * The cause fillings to try: each placeholder takes the value matched from the description or,
   * because the seed sometimes writes a placeholder's name where its value belongs (e.g. "username"
   * for the member username1), the placeholder's own name.
   */
  static List<String> fillings(Template t, Map<String, String> values) {
    List<Map<String, String>> choices = new ArrayList<>();
    choices.add(new LinkedHashMap<>());
    for (String name : new LinkedHashSet<>(t.placeholders())) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> c : choices) {
        for (String v : new LinkedHashSet<>(List.of(values.getOrDefault(name, name), name))) {
          Map<String, String> copy = new LinkedHashMap<>(c);
          copy.put(name, v);
          next.add(copy);
        }
      }
      choices = next;
    }
    return choices.stream().map(t::fill).toList();
  }

  // ---------------------------------------------------------------------------------------------
  // Tests

  @BeforeAll
  static void load() throws IOException {
    catalogue = CatalogFiles.loadCatalogue();
    entries = entries(catalogue);
    readTable();
  }

  @Test
  void seedsParseToTheExpectedRowCounts() {
    assertEquals(12, seed000.statuses().size(), "status rows in 000: " + seed000.statuses());
    // Page 000's error table has 19 rows: the 17 of page 003 plus 413 and 429.
    assertEquals(19, seed000.errors().size(), "error rows in 000: " + seed000.errors());
    assertEquals(17, rows003.size(), "error rows in 003: " + rows003);
    assertEquals(Set.of("4xx", "5xx"), seed000.classes().keySet(), "class paragraphs in 000");
    // Spot checks of the trickier rows.
    ErrorRow first = seed000.errors().get(0);
    assertEquals("invalid_grant", first.code());
    assertEquals("invalid username or password", first.description());
    assertEquals("用户名或者密码输入错误", first.cause());
    assertTrue(
        seed000.errors().stream()
            .anyMatch(r -> r.status() == 401 && r.code() == null && r.description().contains("expired")),
        "the expired-token row of page 000 has no error code");
    assertTrue(
        seed000.errors().stream().anyMatch(r -> "Request Entity Too Large".equals(r.code())),
        "the multi-word 413 error code");
    assertEquals(
        Set.of(400, 401, 403, 404, 408, 413, 429, 500, 501, 502, 503, 504),
        seed000.statuses().stream().map(StatusRow::status).collect(Collectors.toSet()));
  }

  @TestFactory
  Stream<DynamicTest> errorRowsOf000AreCovered() {
    return seed000.errors().stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.toString(),
                    () -> {
                      Match m = match(row, row.code());
                      String seedCause = normalizeCause(row.cause());
                      List<String> tried = new ArrayList<>();
                      for (String cause : m.entry().causes().getOrDefault("zh_CN", List.of())) {
                        for (String filled : fillings(Template.parse(cause), m.values())) {
                          tried.add(filled);
                          if (normalizeCause(filled).contains(seedCause)) {
                            return;
                          }
                        }
                      }
                      fail(
                          "zh_CN causes of "
                              + m.entry().id()
                              + " "
                              + tried
                              + " do not contain the seed's cause: "
                              + row);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> errorRowsOf003AreCovered() {
    return rows003.stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.toString(),
                    () -> {
                      List<ErrorRow> same =
                          seed000.errors().stream()
                              .filter(r -> r.status() == row.status())
                              .filter(
                                  r ->
                                      normalize(r.description())
                                          .strip()
                                          .equals(normalize(row.description()).strip()))
                              .toList();
                      assertFalse(same.isEmpty(), "no row of 000 has the description of " + row);
                      Set<String> expected = new HashSet<>();
                      for (ErrorRow r : same) {
                        expected.add(match(r, r.code()).entry().id());
                      }
                      assertEquals(1, expected.size(), "rows of 000 like " + row + " match " + expected);
                      // 003 gives no error codes: borrow the one of the 000 row.
                      String code = same.get(0).code();
                      Match m = match(row, code);
                      assertEquals(
                          expected.iterator().next(), m.entry().id(), "entry matched by " + row);
                    }));
  }

  @Test
  void statusRowsOf000AreCovered() {
    for (StatusRow row : seed000.statuses()) {
      Map<String, Object> status = status(row.status());
      assertNotNull(status, "status row not covered by the catalogue: " + row);
      Map<String, Object> description = map(status.get("description"), row.status() + ".description");
      assertEquals(
          normalize(row.zh()).strip(),
          normalize(String.valueOf(description.get("zh_CN"))).strip(),
          "zh_CN description of " + row);
      assertTrue(
          description.get("en") instanceof String en && !en.isBlank() && firstHan(en) < 0,
          "no en description of " + row);
      assertTrue(
          status.get("name") instanceof String n && n.matches("[A-Z][A-Za-z0-9]*"),
          "name of status " + row.status());
    }
  }

  @Test
  void classesMatchTheSeed() {
    Map<String, Object> classes = map(catalogue.get("classes"), "classes");
    assertEquals(Set.of("4xx", "5xx"), classes.keySet());
    for (Map.Entry<String, String> seedClass : seed000.classes().entrySet()) {
      Map<String, Object> c = map(classes.get(seedClass.getKey()), seedClass.getKey());
      Map<String, Object> description = map(c.get("description"), seedClass.getKey() + ".description");
      assertEquals(normalize(seedClass.getValue()).strip(), normalize((String) description.get("zh_CN")).strip());
      assertTrue(description.get("en") instanceof String en && !en.isBlank() && firstHan(en) < 0);
    }
  }

  @Test
  void localesAndFallback() {
    List<String> locales = strings(catalogue.get("locales"), "locales");
    assertTrue(locales.containsAll(List.of("zh_CN", "en")), "locales " + locales);
    assertTrue(locales.contains(catalogue.get("fallbackLocale")), "fallbackLocale not in locales");
    assertEquals(1, catalogue.get("catalog"));
  }

  @Test
  void entriesAreConsistent() {
    Set<String> ids = new HashSet<>();
    for (Entry e : entries) {
      assertTrue(ids.add(e.id()), "duplicate entry id " + e.id());
      assertNotNull(status(e.status()), e.id() + ": status " + e.status() + " is not in statuses");
      List<String> zh = e.causes().get("zh_CN");
      List<String> en = e.causes().get("en");
      assertNotNull(zh, e.id() + " has no zh_CN causes");
      assertNotNull(en, e.id() + " has no en causes");
      assertEquals(zh.size(), en.size(), e.id() + ": zh_CN and en give different numbers of causes");
      Set<String> placeholders = new HashSet<>();
      e.descriptions().forEach(t -> placeholders.addAll(t.placeholders()));
      for (Map.Entry<String, List<String>> locale : e.causes().entrySet()) {
        for (String cause : locale.getValue()) {
          Template t = Template.parse(cause);
          assertTrue(
              placeholders.containsAll(t.placeholders()),
              e.id() + ": " + locale.getKey() + " cause uses a placeholder its description lacks: " + cause);
          if (locale.getKey().equals("en")) {
            assertTrue(
                firstHan(t.literalText()) < 0,
                e.id() + ": Han characters in en cause outside placeholders: " + cause);
          }
        }
      }
    }
  }

  @Test
  void actions() {
    // 409 is not in the seeds: the newer docs use it for concurrent operations, which can be retried.
    Map<Integer, String> expected =
        Map.of(
            408, "retry", 409, "retry", 502, "retry", 504, "retry",
            429, "backoff", 503, "backoff",
            413, "split",
            500, "alert", 501, "alert");
    @SuppressWarnings("unchecked")
    Map<Object, Object> statuses = (Map<Object, Object>) catalogue.get("statuses");
    for (Object key : statuses.keySet()) {
      int code = (Integer) key;
      String action = (String) map(statuses.get(key), "status " + code).get("action");
      if (expected.containsKey(code)) {
        assertEquals(expected.get(code), action, "action of status " + code);
      } else if (code < 500) {
        assertEquals("fix_request", action, "action of status " + code);
      }
    }
    for (int code : expected.keySet()) {
      assertNotNull(status(code), "status " + code + " is missing");
    }
    Map<String, Object> classes = map(catalogue.get("classes"), "classes");
    assertEquals("fix_request", map(classes.get("4xx"), "4xx").get("action"));
    assertEquals("alert", map(classes.get("5xx"), "5xx").get("action"));

    ErrorRow expiredRow =
        seed000.errors().stream()
            .filter(r -> r.description().equals("Unable to authenticate due to expired access token"))
            .findFirst()
            .orElseGet(() -> fail("no expired-token row in 000"));
    Entry expired = match(expiredRow, expiredRow.code()).entry();
    assertEquals("expired-token", expired.id());
    assertEquals("refresh_token", effectiveAction(expired));
  }
}
