package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.easemoberrors.processor.testing.Compiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of catalogue mistake, compiled through javac: the error names the tag, the YAML file,
 * the line and the column, shows the line with a caret, and nothing is generated.
 */
class CatalogErrorsTest {

  /** A valid catalogue head of 9 lines; entries written after it start on line 10. */
  static final String HEAD =
      """
      catalog: 1
      locales: [zh_CN, en]
      fallbackLocale: en
      classes:
        4xx: {action: fix_request, description: {zh_CN: 请求错误, en: Client error}}
        5xx: {action: alert, description: {zh_CN: 服务器错误, en: Server error}}
      statuses:
        400: {name: BadRequest, action: fix_request, description: {zh_CN: 错误请求, en: Bad request}}
      entries:
      """;

  static final String OK_ENTRY =
      """
        - id: invalid-grant
          status: 400
          error: invalid_grant
          causes: {zh_CN: 密码错误, en: Wrong password.}
      """;

  /** A 401 status line to put after the 400 one (line 9), with NAME for its name at column 15. */
  static final String OTHER_STATUS = "  401: {name: NAME, action: fix_request, description: {zh_CN: 未授权, en: Unauthorized}}\nentries:\n";

  @TempDir Path dir;

  Compilation compile(String yaml) {
    Compiles.catalogDir(dir, "bad.yaml", yaml);
    return Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.bad", "catalog = \"bad.yaml\", defaultCatalog = false"));
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("YAML syntax error", HEAD + "  - id: a\n    status: [400\n", "EasemobYamlSyntax", 12, 1),
        Arguments.of("duplicate key", HEAD + OK_ENTRY.replace("    error: invalid_grant\n", "    error: invalid_grant\n    status: 401\n"), "EasemobDuplicateKey", 13, 5),
        Arguments.of("unknown key with a suggestion", HEAD + OK_ENTRY.replace("    status: 400", "    statsu: 400"), "EasemobUnknownKey", 11, 5),
        Arguments.of("missing required field", HEAD + "  - id: no-causes\n    status: 400\n    error: e\n", "EasemobMissingField", 10, 5),
        Arguments.of("wrong type", HEAD + OK_ENTRY.replace("status: 400", "status: abc"), "EasemobWrongType", 11, 13),
        Arguments.of("status out of range", HEAD + OK_ENTRY.replace("status: 400", "status: 600"), "EasemobBadStatus", 11, 13),
        Arguments.of("status key out of range", HEAD.replace("  400: {name", "  399: {name"), "EasemobBadStatus", 8, 3),
        Arguments.of("duplicate id", HEAD + OK_ENTRY + OK_ENTRY.replace("error: invalid_grant", "error: other"), "EasemobDuplicateId", 14, 9),
        Arguments.of("id that is no kebab-case word list", HEAD + OK_ENTRY.replace("id: invalid-grant", "id: Invalid_Grant"), "EasemobBadId", 10, 9),
        Arguments.of("id clashing with a generated type", HEAD + OK_ENTRY.replace("id: invalid-grant", "id: easemob-error-match"), "EasemobNameClash", 10, 9),
        Arguments.of("class that is a Java keyword", HEAD + OK_ENTRY + "    class: class\n", "EasemobBadName", 14, 12),
        Arguments.of("entry class equal to a sibling's", HEAD + OK_ENTRY
            + OK_ENTRY.replace("id: invalid-grant", "id: wrong-password").replace("error: invalid_grant", "error: other") + "    class: InvalidGrant\n",
            "EasemobNameClash", 18, 12),
        Arguments.of("entry class named like its status's class", HEAD + OK_ENTRY.replace("id: invalid-grant", "id: bad-request"), "EasemobNameClash", 10, 9),
        Arguments.of("status name giving another status's constant", HEAD.replace("entries:\n", OTHER_STATUS.replace("NAME", "Bad_Request")) + OK_ENTRY, "EasemobNameClash", 9, 15),
        Arguments.of("status name giving the 4xx class's constant", HEAD.replace("entries:\n", OTHER_STATUS.replace("NAME", "ClientError")) + OK_ENTRY, "EasemobNameClash", 9, 15),
        Arguments.of("status name giving the constant of no error", HEAD.replace("entries:\n", OTHER_STATUS.replace("NAME", "NotAnError")) + OK_ENTRY, "EasemobNameClash", 9, 15),
        Arguments.of("status name equal to another status's", HEAD.replace("entries:\n", OTHER_STATUS.replace("NAME", "BadRequest")) + OK_ENTRY, "EasemobNameClash", 9, 15),
        Arguments.of("status name of a top-level generated type", HEAD.replace("entries:\n", OTHER_STATUS.replace("NAME", "EasemobClientException")) + OK_ENTRY, "EasemobNameClash", 9, 15),
        Arguments.of("unclosed placeholder", HEAD + OK_ENTRY + "    description: \"user {name exists\"\n", "EasemobTemplateSyntax", 14, 24),
        Arguments.of("stray closing brace", HEAD + OK_ENTRY + "    description: \"user name} exists\"\n", "EasemobTemplateSyntax", 14, 28),
        Arguments.of("empty placeholder", HEAD + OK_ENTRY + "    description: \"user {} exists\"\n", "EasemobTemplateSyntax", 14, 24),
        Arguments.of("duplicate placeholder", HEAD + OK_ENTRY + "    description: \"{who} and {who}\"\n", "EasemobDuplicatePlaceholder", 14, 30),
        Arguments.of("placeholder that is no Java identifier", HEAD + OK_ENTRY + "    description: \"user {1st} exists\"\n", "EasemobBadPlaceholder", 14, 25),
        Arguments.of("placeholder that is a keyword", HEAD + OK_ENTRY + "    description: \"user {new} exists\"\n", "EasemobBadPlaceholder", 14, 25),
        Arguments.of("adjacent placeholders", HEAD + OK_ENTRY + "    description: \"user {first}{last} exists\"\n", "EasemobAdjacentPlaceholders", 14, 18),
        Arguments.of("placeholder hiding a getter", HEAD + OK_ENTRY + "    description: \"user {status} exists\"\n", "EasemobBadName", 14, 18),
        Arguments.of("placeholder hiding the match level", HEAD + OK_ENTRY + "    description: \"user {level} exists\"\n", "EasemobBadName", 14, 18),
        Arguments.of("cause with an unknown placeholder", HEAD + OK_ENTRY.replace("en: Wrong password.", "en: \"Wrong {password}.\""), "EasemobUnknownPlaceholder", 13, 38),
        Arguments.of("fallback locale text missing", HEAD + OK_ENTRY.replace(", en: Wrong password.", ""), "EasemobMissingTranslation", 13, 13),
        Arguments.of("undeclared locale", HEAD + OK_ENTRY.replace("en: Wrong password.", "en: Wrong password., fr: Mauvais mot de passe."), "EasemobUndeclaredLocale", 13, 52),
        Arguments.of("unknown action with a suggestion", HEAD + OK_ENTRY + "    action: retyr\n", "EasemobUnknownAction", 14, 13),
        Arguments.of("two entries with the same keys", HEAD + OK_ENTRY + OK_ENTRY.replace("invalid-grant", "wrong-password"), "EasemobAmbiguous", 14, 5),
        Arguments.of("two templates of equal weight that can match one description", HEAD
            + "  - id: user-missing\n    status: 400\n    description: \"user {name} is missing\"\n    causes: {zh_CN: 缺, en: Missing.}\n"
            + "  - id: member-missing\n    status: 400\n    error: e\n    description: \"{who} user is missing\"\n    causes: {zh_CN: 缺, en: Missing.}\n",
            "EasemobAmbiguous", 14, 5),
        Arguments.of("an entry shadowed by a catch-all template", HEAD + OK_ENTRY
            + "  - id: anything\n    status: 400\n    description: \"{message}\"\n    causes: {zh_CN: 任何, en: Anything.}\n",
            "EasemobShadowed", 10, 5),
        Arguments.of("entry with neither error nor description", HEAD + "  - id: vague\n    status: 400\n    causes: {zh_CN: 含糊, en: Vague.}\n", "EasemobMissingField", 10, 5),
        Arguments.of("YAML tag asking for a Java type", HEAD + "  - !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/x\"]]]]\n", "EasemobYamlTag", 10, 5),
        Arguments.of("a local tag", HEAD + OK_ENTRY.replace("status: 400", "status: !status 400"), "EasemobYamlTag", 11, 13),
        Arguments.of("catalogue format version", "catalog: 2\n" + HEAD.substring(HEAD.indexOf('\n') + 1) + OK_ENTRY, "EasemobCatalogVersion", 1, 10),
        Arguments.of("a top-level list", "- id: a\n", "EasemobWrongType", 1, 1),
        Arguments.of("locale that is no locale tag", HEAD.replace("[zh_CN, en]", "[zh_CN, en, english]") + OK_ENTRY, "EasemobBadLocale", 2, 22));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void eachMistakeIsOneErrorAtItsPlace(String name, String yaml, String tag, int line, int column) {
    Compilation compilation = compile(yaml);
    assertThat(compilation).failed();
    String where = "bad.yaml:" + line + ":" + column + ": [" + tag + "]";
    List<String> errors = errors(compilation);
    assertTrue(errors.stream().anyMatch(e -> e.contains(where)), "expected " + where + " in:\n" + String.join("\n", errors));
  }

  @Test
  void theDiagnosticShowsTheLineAndACaretAndASuggestion() {
    Compilation compilation = compile(HEAD + OK_ENTRY.replace("    status: 400", "    statsu: 400"));
    String error = errors(compilation).get(0);
    assertTrue(error.contains("[EasemobUnknownKey] unknown key 'statsu' in entry 'invalid-grant' (did you mean 'status'?)"), error);
    String[] lines = error.split("\n");
    assertTrue(lines[1].endsWith("    statsu: 400"), error);
    assertEquals(lines[1].indexOf("statsu"), lines[2].indexOf('^'), "the caret stands under the key");
  }

  @Test
  void everyProblemIsReportedInFileAndLineOrder() {
    String yaml = HEAD + OK_ENTRY.replace("status: 400", "status: abc").replace("error: invalid_grant", "error: invalid_grant\n    colour: red")
        + "  - id: Bad\n    status: 400\n    error: x\n    causes: {zh_CN: 坏, en: Bad.}\n";
    List<String> errors = errors(compile(yaml));
    assertEquals(3, errors.size(), String.join("\n", errors));
    assertTrue(errors.get(0).contains("bad.yaml:11:13: [EasemobWrongType]"), errors.get(0));
    assertTrue(errors.get(1).contains("bad.yaml:13:5: [EasemobUnknownKey]"), errors.get(1));
    assertTrue(errors.get(2).contains("bad.yaml:15:9: [EasemobBadId]"), errors.get(2));
  }

  @Test
  void aBrokenPackageGeneratesNothingAndDoesNotStopAnotherFromGenerating() throws Exception {
    Compiles.catalogDir(dir, "bad.yaml", HEAD + OK_ENTRY.replace("status: 400", "status: abc"));
    Path src = Files.createDirectories(dir.resolve("src"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Path gen = Files.createDirectories(dir.resolve("gen"));
    Files.createDirectories(src.resolve("com/example/bad"));
    Files.createDirectories(src.resolve("com/example/good"));
    Files.writeString(src.resolve("com/example/bad/package-info.java"),
        "@org.easemoberrors.EasemobErrors(catalog = \"bad.yaml\", defaultCatalog = false)\npackage com.example.bad;\n");
    Files.writeString(src.resolve("com/example/good/package-info.java"), "@org.easemoberrors.EasemobErrors\npackage com.example.good;\n");
    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    java.io.StringWriter log = new java.io.StringWriter();
    try (var files = javac.getStandardFileManager(null, null, java.nio.charset.StandardCharsets.UTF_8)) {
      var task = javac.getTask(log, files, null,
          List.of("-d", out.toString(), "-s", gen.toString(), "-classpath", System.getProperty("java.class.path"),
              "-Aeasemob.errors.path=" + dir),
          null, files.getJavaFileObjects(src.resolve("com/example/bad/package-info.java"), src.resolve("com/example/good/package-info.java")));
      task.setProcessors(List.of(new EasemobErrorsProcessor()));
      assertEquals(false, task.call(), log.toString());
    }
    assertTrue(log.toString().contains("error: " + dir.resolve("bad.yaml") + ":11:13: [EasemobWrongType]"), log.toString());
    assertEquals(false, log.toString().contains("error: [Easemob"), "javac prints the severity once, before the position");
    assertTrue(Files.exists(gen.resolve("com/example/good/EasemobErrorMatcher.java")), "the good package generates");
    assertEquals(false, Files.exists(gen.resolve("com/example/bad")), "the broken package generates nothing");
  }

  @Test
  void aMissingFileListsEveryPlaceLookedIn() {
    Compilation compilation =
        Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.bad", "catalog = \"nowhere.yaml\""));
    String error = errors(compilation).get(0);
    assertTrue(error.contains("[EasemobCatalogNotFound] catalogue file 'nowhere.yaml' not found; looked in:"), error);
    assertTrue(error.contains(dir.resolve("nowhere.yaml") + " (option easemob.errors.path)"), error);
    assertTrue(error.contains("(class output)") && error.contains("class path"), error);
  }

  @Test
  void anEmptyFileIsSaidToBeEmpty() {
    assertTrue(errors(compile("  \n# nothing\n")).get(0).contains("bad.yaml: [EasemobCatalogEmpty]"));
  }

  @Test
  void aFileThatIsNotUtf8IsSaidPlainly() throws Exception {
    byte[] latin1 = (HEAD + OK_ENTRY.replace("Wrong password.", "Mot de passe erron\u00e9.")).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("bad.yaml"), latin1);
    Compilation compilation =
        Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.bad", "catalog = \"bad.yaml\", defaultCatalog = false"));
    String error = errors(compilation).get(0);
    assertTrue(error.contains("bad.yaml:13:49: [EasemobNotUtf8] the catalogue file is not UTF-8: byte 0xE9"), error);
  }

  @Test
  void aByteOrderMarkAndCrlfLineEndsAreFine() throws Exception {
    String yaml = "\uFEFF" + (HEAD + OK_ENTRY).replace("\n", "\r\n");
    Files.write(dir.resolve("bom.yaml"), yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Compilation compilation =
        Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.bom", "catalog = \"bom.yaml\", defaultCatalog = false"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void anOverlayCannotOverrideOrRemoveWhatDoesNotExist() {
    Compiles.catalogDir(dir, "overlay.yaml", "catalog: 1\noverrides:\n  - id: no-such-entry\n    action: alert\nremove: [duplicate-username, nope]\n");
    Compilation compilation =
        Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.bad", "catalog = \"overlay.yaml\""));
    List<String> errors = errors(compilation);
    assertEquals(2, errors.size(), String.join("\n", errors));
    assertTrue(errors.get(0).contains("overlay.yaml:3:9: [EasemobOverrideUnknown] cannot override entry 'no-such-entry'"), errors.get(0));
    assertTrue(errors.get(1).contains("overlay.yaml:5:30: [EasemobOverrideUnknown] cannot remove entry 'nope'"), errors.get(1));
  }

  @Test
  void aMissingOptionalTranslationIsAWarningThatCanBeSilenced() {
    String yaml = HEAD + OK_ENTRY.replace("zh_CN: 密码错误, ", "");
    Compilation warned = compile(yaml);
    assertThat(warned).succeeded();
    assertThat(warned).hadWarningContaining("bad.yaml:13:13: [EasemobMissingTranslation] entry 'invalid-grant' has no cause text for locale 'zh_CN'; the 'en' text is used instead");
    Compilation silent = compile(yaml + "suppress: [EasemobMissingTranslation]\n");
    assertThat(silent).succeededWithoutWarnings();
  }

  @Test
  void ofTwoTemplatesThatFitTheOneWithMoreLiteralTextWins() {
    Compiles.catalogDir(dir, "weights.yaml", HEAD
        + "  - id: any-missing\n    status: 400\n    description: \"{what} is missing\"\n    causes: {zh_CN: 缺, en: \"{what} is missing.\"}\n"
        + "  - id: user-missing\n    status: 400\n    description: \"user {name} is missing\"\n    causes: {zh_CN: 缺, en: \"User {name} is missing.\"}\n");
    Compilation compilation =
        Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.weights", "catalog = \"weights.yaml\", defaultCatalog = false"));
    assertThat(compilation).succeededWithoutWarnings();
    var api = new org.easemoberrors.processor.testing.Generated(new org.easemoberrors.processor.testing.CompiledClasses(compilation), "com.example.weights");
    assertEquals("user-missing", api.matchFields(400, "x", "user bob is missing").entryId(), "the heavier template wins though it comes later");
    assertEquals("bob", api.matchFields(400, "x", "user bob is missing").params().get("name"));
    assertEquals("any-missing", api.matchFields(400, "x", "the password is missing").entryId());
  }

  @Test
  void anOverlayAddsEntriesAndChangesADefaultEntry() {
    Compiles.catalogDir(dir, "ours.yaml",
        "catalog: 1\nentries:\n  - id: quota-exceeded\n    status: 403\n    error: quota_exceeded\n    causes: {zh_CN: 超出配额, en: Over quota.}\n"
            + "overrides:\n  - id: duplicate-username\n    action: alert\n    causes: {zh_CN: \"重名 {value}\", en: \"Taken: {value}\"}\n");
    Compilation compilation =
        Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.ours", "catalog = \"ours.yaml\""));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.ours.EasemobClientException")
        .contentsAsUtf8String().contains("public static final class QuotaExceeded extends Forbidden {");
    var api = new org.easemoberrors.processor.testing.Generated(new org.easemoberrors.processor.testing.CompiledClasses(compilation), "com.example.ours");
    var m = api.matchFields(400, "duplicate_unique_property_exists",
        "Application 4d7eEntity user requires that property named username be unique, value of dddd exists");
    assertEquals("alert", m.action());
    assertEquals(List.of("Taken: dddd"), m.explanations(java.util.Locale.ENGLISH));
    assertEquals("quota-exceeded", api.matchFields(403, "quota_exceeded", "whatever").entryId());
  }

  static List<String> errors(Compilation compilation) {
    return compilation.errors().stream().map(d -> d.getMessage(null)).toList();
  }

}
