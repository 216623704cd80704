package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import org.easemoberrors.processor.diagnostics.Diagnostics;
import org.easemoberrors.processor.diagnostics.Position;
import org.easemoberrors.processor.generate.Names;
import org.easemoberrors.processor.model.Catalog;
import org.easemoberrors.processor.model.CatalogFile;
import org.easemoberrors.processor.model.CatalogMerger;
import org.easemoberrors.processor.model.Entry;
import org.easemoberrors.processor.model.Localized;
import org.easemoberrors.processor.model.Text;
import org.easemoberrors.processor.read.CatalogReader;
import org.easemoberrors.processor.read.CatalogSource;
import org.easemoberrors.processor.testing.CompiledClasses;
import org.easemoberrors.processor.testing.Compiles;
import org.easemoberrors.processor.testing.Generated;
import org.easemoberrors.processor.validate.CatalogValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code help} of entries, statuses and status classes: read with its positions, carried by the
 * model (an entry without help takes its status's, a status without help its class's), merged over
 * lower catalogues locale by locale, and checked like causes.
 */
class HelpTest {

  /** A catalogue head of 11 lines with help on both classes and on status 400 (not on 401). */
  static final String HEAD =
      """
      catalog: 1
      locales: [zh_CN, en]
      fallbackLocale: en
      classes:
        4xx: {action: fix_request, description: {zh_CN: 请求错误, en: Client error}, help: {zh_CN: 检查请求, en: Check the request.}}
        5xx: {action: alert, description: {zh_CN: 服务器错误, en: Server error}, help: {zh_CN: 通知运维, en: Alert an operator.}}
      statuses:
        400: {name: BadRequest, action: fix_request, description: {zh_CN: 错误请求, en: Bad request}, help: {zh_CN: 修改请求, en: Fix the request.}}
        401: {name: Unauthorized, action: fix_request, description: {zh_CN: 未授权, en: Unauthorized}}
        500: {name: InternalServerError, action: alert, description: {zh_CN: 内部错误, en: Internal error}}
      entries:
      """;

  /** Starts on line 12; its help is on line 17, the en text at column 44. */
  static final String TAKEN =
      """
        - id: taken
          status: 400
          error: duplicate_unique_property_exists
          description: "the name {value} is taken"
          causes: {zh_CN: "{value} 已存在", en: "{value} is taken."}
          help: {zh_CN: "换一个 {value} 以外的名字", en: "Choose a name other than {value}."}
      """;

  /** Starts on line 18 when it follows TAKEN; it gives no help. */
  static final String EXPIRED =
      """
        - id: expired
          status: 401
          description: token expired
          causes: {zh_CN: 过期, en: Expired.}
      """;

  @TempDir Path dir;

  // ---- reading and the model ----------------------------------------------------------------

  private Diagnostics diagnostics;

  private Catalog catalog(String... files) {
    diagnostics = new Diagnostics();
    CatalogReader reader = new CatalogReader(diagnostics);
    List<CatalogFile> read = new ArrayList<>();
    for (int i = 0; i < files.length; i++) {
      CatalogFile file = reader.read(new CatalogSource("file" + i + ".yaml", files[i].getBytes(StandardCharsets.UTF_8), null), i);
      assertNotNull(file, () -> render(diagnostics));
      read.add(file);
    }
    Catalog catalog = new CatalogMerger(diagnostics).merge(read);
    new CatalogValidator(diagnostics).validate(catalog, new Names("p", "Easemob"), Position.ofFile(read.get(0).source()));
    return catalog;
  }

  private static String render(Diagnostics diagnostics) {
    return String.join("\n", diagnostics.sorted().stream().map(Diagnostics.Problem::render).toList());
  }

  private static Entry entry(Catalog catalog, String id) {
    return catalog.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  private static String text(Localized help, String locale) {
    assertNotNull(help, "no help");
    List<Text> texts = help.get(locale);
    assertEquals(1, texts.size(), () -> "texts for " + locale + ": " + texts);
    return texts.get(0).value();
  }

  @Test
  void entriesStatusesAndClassesCarryTheirHelpWithItsPosition() {
    Catalog catalog = catalog(HEAD + TAKEN + EXPIRED);
    assertTrue(diagnostics.sorted().isEmpty(), () -> render(diagnostics));
    Localized help = entry(catalog, "taken").help();
    assertEquals("Choose a name other than {value}.", text(help, "en"));
    assertEquals("换一个 {value} 以外的名字", text(help, "zh_CN"));
    Text en = help.get("en").get(0);
    assertEquals(17, en.position().line());
    assertEquals(44, en.position().column());
    assertEquals("Fix the request.", text(catalog.statuses().get(400).help(), "en"));
    assertEquals("通知运维", text(catalog.classes().get("5xx").help(), "zh_CN"));
    assertNull(catalog.statuses().get(401).help());
    assertNull(entry(catalog, "expired").help());
  }

  @Test
  void aMatchWithoutHelpOfItsOwnTakesTheStatusThenTheClass() {
    Catalog catalog = catalog(HEAD + TAKEN + EXPIRED);
    assertEquals("Choose a name other than {value}.", text(catalog.helpFor(entry(catalog, "taken")), "en"));
    // 401 has no help: its entry and the status fall back to the 4xx class.
    assertEquals("Check the request.", text(catalog.helpFor(entry(catalog, "expired")), "en"));
    assertEquals("Check the request.", text(catalog.helpFor(401), "en"));
    assertEquals("Fix the request.", text(catalog.helpFor(400), "en"));
    assertEquals("Alert an operator.", text(catalog.helpFor(500), "en"));
    // A status the catalogue does not list takes its class's help too.
    assertEquals("Alert an operator.", text(catalog.helpFor(599), "en"));
  }

  @Test
  void anOverrideReplacesTheHelpOfTheLocalesItGivesOnly() {
    String overlay =
        """
        catalog: 1
        statuses:
          400: {help: {en: Change the request.}}
        overrides:
          - id: taken
            help: {en: "Pick a name other than {value}."}
        """;
    Catalog catalog = catalog(HEAD + TAKEN + EXPIRED, overlay);
    assertTrue(diagnostics.sorted().isEmpty(), () -> render(diagnostics));
    Localized help = entry(catalog, "taken").help();
    assertEquals("Pick a name other than {value}.", text(help, "en"));
    assertEquals("换一个 {value} 以外的名字", text(help, "zh_CN"));
    assertEquals("Change the request.", text(catalog.statuses().get(400).help(), "en"));
    assertEquals("修改请求", text(catalog.statuses().get(400).help(), "zh_CN"));
  }

  // ---- checks -------------------------------------------------------------------------------

  private List<String> problems(String yaml) {
    catalog(yaml);
    return diagnostics.sorted().stream().map(Diagnostics.Problem::render).toList();
  }

  private static void assertOne(List<String> problems, String expected) {
    assertEquals(1, problems.size(), () -> String.join("\n", problems));
    assertTrue(problems.get(0).startsWith(expected), () -> "expected " + expected + " in:\n" + problems.get(0));
  }

  @Test
  void aPlaceholderTheTemplatesDoNotHaveIsAnErrorAtItsPlace() {
    List<String> problems = problems(HEAD + TAKEN.replace("other than {value}.", "other than {name}."));
    assertOne(problems, "file0.yaml:17:70: [EasemobUnknownPlaceholder] the help of entry 'taken' uses '{name}',"
        + " but its description templates have only {value}");
  }

  @Test
  void aPlaceholderInTheHelpOfAnEntryWithoutPlaceholdersIsAnError() {
    List<String> problems = problems(HEAD + EXPIRED + "    help: {zh_CN: 刷新, en: \"Refresh the token of {user}.\"}\n");
    assertOne(problems, "file0.yaml:16:49: [EasemobUnknownPlaceholder] the help of entry 'expired' uses '{user}',"
        + " but its description templates have no placeholders");
  }

  @Test
  void aPlaceholderInTheHelpOfAnEntryWithoutTemplatesIsAnError() {
    String codeOnly = "  - id: code-only\n    status: 400\n    error: json_parse\n    causes: {zh_CN: 坏, en: Bad.}\n"
        + "    help: {zh_CN: 改, en: \"Fix {field}.\"}\n";
    assertOne(problems(HEAD + codeOnly), "file0.yaml:16:31: [EasemobUnknownPlaceholder] the help of entry 'code-only' uses"
        + " '{field}', but it has no description template");
  }

  @Test
  void aPlaceholderInTheHelpOfAStatusOrClassIsAnError() {
    List<String> status = problems(HEAD.replace("en: Fix the request.}", "en: \"Fix {field}.\"}") + TAKEN);
    assertOne(status, "file0.yaml:8:122: [EasemobUnknownPlaceholder] the help of status 400 uses '{field}',"
        + " but a status has no placeholders");
    List<String> statusClass = problems(HEAD.replace("en: Alert an operator.}", "en: \"Alert {who}.\"}") + TAKEN);
    assertOne(statusClass, "file0.yaml:6:102: [EasemobUnknownPlaceholder] the help of class 5xx uses '{who}',"
        + " but a status class has no placeholders");
  }

  @Test
  void aBraceThatIsNeverClosedIsATemplateError() {
    List<String> problems = problems(HEAD + TAKEN.replace("other than {value}.", "other than {value."));
    assertOne(problems, "file0.yaml:17:70: [EasemobTemplateSyntax]");
  }

  @Test
  void helpWithoutTheFallbackLocaleIsAnError() {
    List<String> problems = problems(HEAD + TAKEN.replace(", en: \"Choose a name other than {value}.\"", ""));
    assertOne(problems, "file0.yaml:17:11: [EasemobMissingTranslation] entry 'taken' has no help text for locale 'en'");
  }

  @Test
  void helpWithoutAnotherLocaleIsAWarningAndTheFallbackStandsIn() {
    List<String> problems = problems(HEAD.replace("help: {zh_CN: 修改请求, en: Fix the request.}", "help: {en: Fix the request.}") + TAKEN);
    assertOne(problems, "file0.yaml:8:99: [EasemobMissingTranslation] status 400 has no help text for locale 'zh_CN';"
        + " the 'en' text is used instead");
  }

  @Test
  void helpInAnUndeclaredLocaleOrEmptyIsAnError() {
    assertOne(problems(HEAD + TAKEN.replace("help: {zh_CN:", "help: {fr: Autre nom, zh_CN:")),
        "file0.yaml:17:16: [EasemobUndeclaredLocale] locale 'fr' is not declared in 'locales' (zh_CN, en)");
    assertOne(problems(HEAD + TAKEN.replace("\"Choose a name other than {value}.\"", "\" \"")),
        "file0.yaml:17:44: [EasemobMissingTranslation] entry 'taken' has no help text for locale 'en'");
  }

  @Test
  void helpThatIsNoMapOfTextsIsAWrongType() {
    assertOne(problems(HEAD + EXPIRED + "    help: Refresh the token.\n"),
        "file0.yaml:16:11: [EasemobWrongType] 'help' in entry 'expired' must be a map from locale to text,"
            + " not the string 'Refresh the token.'");
    assertOne(problems(HEAD + EXPIRED + "    help: {en: [Refresh the token.]}\n"),
        "file0.yaml:16:16: [EasemobWrongType] 'help.en' in entry 'expired' must be a string, not a list");
  }

  @Test
  void aMisspeltHelpKeyIsSuggested() {
    assertOne(problems(HEAD + EXPIRED + "    hlep: {en: Refresh the token.}\n"),
        "file0.yaml:16:5: [EasemobUnknownKey] unknown key 'hlep' in entry 'expired' (did you mean 'help'?)");
  }

  // ---- through javac ------------------------------------------------------------------------

  private Compilation compile(String yaml) {
    Compiles.catalogDir(dir, "help.yaml", yaml);
    return Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.help", "catalog = \"help.yaml\", defaultCatalog = false"));
  }

  @Test
  void aCatalogueWithHelpCompilesCleanly() {
    Compilation compilation = compile(HEAD + TAKEN + EXPIRED);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aWrongHelpPlaceholderFailsTheBuildAtTheYamlPosition() {
    Compilation compilation = compile(HEAD + TAKEN.replace("other than {value}.", "other than {name}."));
    assertThat(compilation).failed();
    List<String> errors = compilation.errors().stream().map(d -> d.getMessage(null)).toList();
    assertTrue(errors.stream().anyMatch(e -> e.contains("help.yaml:17:70: [EasemobUnknownPlaceholder]")), String.join("\n", errors));
    assertTrue(compilation.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .allMatch(d -> d.getSource() != null && d.getSource().getName().endsWith("package-info.java")),
        "every error is on the annotation, none inside generated code");
  }

  // ---- the generated help(Locale) -----------------------------------------------------------

  /** Starts on line 22 when it follows TAKEN and EXPIRED: two placeholders that a value can name. */
  static final String PAIR =
      """
        - id: pair
          status: 400
          error: pair
          description: "{a} and {b}"
          causes: {zh_CN: "{a} 和 {b}", en: "{a} and {b}."}
          help: {zh_CN: "改 {a} 或 {b}", en: "Change {a} or {b}."}
      """;

  private Generated generated() {
    Compilation compilation = compile(HEAD + TAKEN + EXPIRED + PAIR);
    assertThat(compilation).succeededWithoutWarnings();
    return new Generated(new CompiledClasses(compilation), "com.example.help");
  }

  private static String help(Object target, Locale locale) throws ReflectiveOperationException {
    return (String) target.getClass().getMethod("help", Locale.class).invoke(target, locale);
  }

  @Test
  void theHelpOfAMatchIsTheEntrysThenTheStatussThenTheClasss() throws ReflectiveOperationException {
    Generated api = generated();
    Generated.Match taken = api.matchFields(400, "duplicate_unique_property_exists", "the name bob is taken");
    assertEquals("Choose a name other than bob.", help(taken.value(), Locale.ENGLISH));
    assertEquals("换一个 bob 以外的名字", help(taken.value(), Locale.SIMPLIFIED_CHINESE));
    assertEquals("Choose a name other than bob.", help(taken.toException(), Locale.ENGLISH));
    // expired gives no help and 401 none either: the 4xx class's.
    Generated.Match expired = api.matchFields(401, null, "token expired");
    assertEquals("expired", expired.entryId());
    assertEquals("Check the request.", help(expired.value(), Locale.ENGLISH));
    assertEquals("检查请求", help(expired.value(), Locale.SIMPLIFIED_CHINESE));
    assertEquals("Fix the request.", help(api.matchFields(400, "other", "other").value(), Locale.ENGLISH));
    assertEquals("Alert an operator.", help(api.matchFields(500, null, null).value(), Locale.ENGLISH));
    assertEquals("Alert an operator.", help(api.matchFields(599, null, null).value(), Locale.ENGLISH));
    assertEquals("Check the request.", help(api.matchFields(418, null, null).value(), Locale.JAPANESE));
    // Not an error status: no help is written for it, so its description stands in.
    Object notAnError = api.matchFields(302, null, null).value();
    assertEquals(notAnError.getClass().getMethod("explanation", Locale.class).invoke(notAnError, Locale.ENGLISH),
        help(notAnError, Locale.ENGLISH));
  }

  @Test
  void theHelpOfAStatusIsItsOwnElseItsClasss() throws ReflectiveOperationException {
    Class<?> status = generated().type("EasemobStatus");
    Object badRequest = status.getMethod("of", int.class).invoke(null, 400);
    Object unauthorized = status.getMethod("of", int.class).invoke(null, 401);
    assertEquals("Fix the request.", help(badRequest, Locale.ENGLISH));
    assertEquals("修改请求", help(badRequest, Locale.SIMPLIFIED_CHINESE));
    assertEquals("Check the request.", help(unauthorized, Locale.ENGLISH));
  }

  @Test
  void placeholdersAreFilledInOnePass() throws ReflectiveOperationException {
    Generated api = generated();
    // a is "{b}" and b is "x": a second pass would turn the a's "{b}" into "x".
    Generated.Match m = api.matchFields(400, "pair", "{b} and x");
    assertEquals("pair", m.entryId());
    assertEquals("Change {b} or x.", help(m.value(), Locale.ENGLISH));
    assertEquals(List.of("{b} and x."), m.explanations(Locale.ENGLISH));
    // b's value holds a's text: nothing is replaced inside a value.
    Generated.Match n = api.matchFields(400, "pair", "{a} and {a}");
    assertEquals("Change {a} or {a}.", help(n.value(), Locale.ENGLISH));
  }
}
