package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
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
 * The processor reads a catalogue as YAML does, and where YAML would read something other than
 * what the file seems to say, it refuses it and says what to write instead.
 */
class YamlReadingTest {
  static final String HEAD = CatalogErrorsTest.HEAD;
  static final String OK_ENTRY = CatalogErrorsTest.OK_ENTRY;

  @TempDir Path dir;

  Compilation compile(String yaml) {
    Compiles.catalogDir(dir, "y.yaml", yaml);
    return Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.y", "catalog = \"y.yaml\", defaultCatalog = false"));
  }

  static List<String> errors(Compilation compilation) {
    return CatalogErrorsTest.errors(compilation);
  }

  static Stream<Arguments> numbers() {
    return Stream.of(
        Arguments.of("0400", "YAML reads '0400' as 256 (octal, for the leading zero); write 256, or 400 without the leading zero if that is what you meant"),
        Arguments.of("0620", "YAML reads '0620' as 400 (octal, for the leading zero); write 400, or 620 without the leading zero"),
        Arguments.of("0x190", "YAML reads '0x190' as 400 (hexadecimal); write 400"),
        Arguments.of("0b110010000", "YAML reads '0b110010000' as 400 (binary); write 400"),
        Arguments.of("4_00", "YAML reads '4_00' as 400 (without the underscores); write 400"),
        Arguments.of("+400", "YAML reads '+400' as 400; write 400"),
        Arguments.of("6:40", "YAML reads '6:40' as 400 (base 60, for the colon); write 400"));
  }

  @ParameterizedTest(name = "status: {0}")
  @MethodSource("numbers")
  void aStatusThatIsNoPlainDecimalNumberIsRefused(String written, String says) {
    List<String> errors = errors(compile(HEAD + OK_ENTRY.replace("status: 400", "status: " + written)));
    assertEquals(1, errors.size(), String.join("\n", errors));
    assertTrue(errors.get(0).contains("y.yaml:11:13: [EasemobNotDecimal] 'status' in entry 'invalid-grant' must be a plain decimal number: " + says),
        errors.get(0));
  }

  @Test
  void aStatusKeyThatIsNoPlainDecimalNumberIsRefused() {
    List<String> errors = errors(compile(HEAD.replace("  400: {name", "  0620: {name") + OK_ENTRY));
    assertTrue(errors.get(0).contains("y.yaml:8:3: [EasemobNotDecimal] 'statuses' in the catalogue must be a plain decimal number: YAML reads '0620' as 400"),
        String.join("\n", errors));
  }

  @Test
  void plainDecimalStatusesAreRead() {
    assertThat(compile(HEAD + OK_ENTRY)).succeededWithoutWarnings();
  }

  static final String ANCHORED = HEAD + "  - &e1\n    id: invalid-grant\n    status: 400\n    error: invalid_grant\n"
      + "    causes: {zh_CN: \u5bc6\u7801\u9519\u8bef, en: Wrong password.}\n";

  @Test
  void aNulByteIsReportedWhereItIs() {
    List<String> errors = errors(compile(HEAD + OK_ENTRY.replace("Wrong password", "Wrong\u0000 password")));
    assertEquals(1, errors.size(), String.join("\n", errors));
    assertTrue(errors.get(0).contains("y.yaml:13:36: [EasemobBadCharacter] the catalogue file holds the character U+0000 (NULL), which YAML does not allow"),
        errors.get(0));
  }

  @Test
  void anotherControlCharacterIsReportedToo() {
    List<String> errors = errors(compile(HEAD.replace("fallbackLocale: en", "fallbackLocale: e\u0007n") + OK_ENTRY));
    assertTrue(errors.get(0).contains("y.yaml:3:18: [EasemobBadCharacter] the catalogue file holds the character U+0007 (BEL)"), errors.get(0));
  }

  @Test
  void aMergeKeyIsRefusedByName() {
    List<String> errors = errors(compile(ANCHORED + "  - <<: *e1\n    id: wrong-password\n"));
    assertEquals(1, errors.size(), String.join("\n", errors));
    assertTrue(errors.get(0).contains("y.yaml:15:5: [EasemobMergeKey] merge keys ('<<') are not supported in a catalogue"), errors.get(0));
  }

  @Test
  void anAliasThatRepeatsAWholeEntryIsReportedWhereTheAliasIs() {
    List<String> errors = errors(compile(ANCHORED + "  - *e1\n"));
    assertEquals(1, errors.size(), String.join("\n", errors));
    assertTrue(errors.get(0).contains("y.yaml:15:5: [EasemobDuplicateId] entry id 'invalid-grant' is already defined at " + dir.resolve("y.yaml") + ":11:9"),
        errors.get(0));
    assertTrue(errors.get(0).contains("  - *e1\n"), "the alias's line is shown: " + errors.get(0));
  }

  @Test
  void aliasesOfValuesStillWork() {
    String yaml = HEAD + "  - id: invalid-grant\n    status: 400\n    error: invalid_grant\n    causes: &c {zh_CN: \u5bc6\u7801\u9519\u8bef, en: Wrong password.}\n"
        + "  - id: wrong-password\n    status: 400\n    error: wrong_password\n    causes: *c\n";
    assertThat(compile(yaml)).succeededWithoutWarnings();
  }

  @Test
  void anEntryRemovedInOneOverlayAndOverriddenInALaterOneIsSaidToBeRemoved() {
    Compiles.catalogDir(dir, "a.yaml", "catalog: 1\nremove: [duplicate-username]\n",
        "b.yaml", "catalog: 1\noverrides:\n  - id: duplicate-username\n    action: alert\nremove: [duplicate-username]\n");
    List<String> errors = errors(Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.y", "catalog = {\"a.yaml\", \"b.yaml\"}")));
    assertEquals(2, errors.size(), String.join("\n", errors));
    String removedAt = dir.resolve("a.yaml") + ":2:10";
    assertTrue(errors.get(0).contains("b.yaml:3:9: [EasemobOverrideUnknown] cannot override entry 'duplicate-username': it was removed at " + removedAt),
        errors.get(0));
    assertTrue(errors.get(1).contains("b.yaml:5:10: [EasemobOverrideUnknown] cannot remove entry 'duplicate-username': it was removed at " + removedAt),
        errors.get(1));
  }

  @Test
  void anEmptyOrBlankTemplateIsRefusedWhereItIs() {
    List<String> errors = errors(compile(HEAD + OK_ENTRY + "    description: \"\"\n"));
    assertEquals(1, errors.size(), String.join("\n", errors));
    assertTrue(errors.get(0).contains("y.yaml:14:18: [EasemobWrongType] 'description' in entry 'invalid-grant' must be a non-empty template, not an empty string"),
        errors.get(0));
    List<String> blank = errors(compile(HEAD + OK_ENTRY + "    description: [\"user {name} exists\", \"  \"]\n"));
    assertEquals(1, blank.size(), String.join("\n", blank));
    assertTrue(blank.get(0).contains("y.yaml:14:41: [EasemobWrongType] 'description' in entry 'invalid-grant' must be a non-empty template, not a blank string"),
        blank.get(0));
  }

  /**
   * Maven's compiler plugin ends the class path with an empty entry, which javac takes for the
   * directory the build was started in: a project-relative name was found from the project's
   * directory only, and never by the refresh goal. It is refused with the name to write.
   */
  @Test
  void aCatalogueFoundOnlyInTheDirectoryTheBuildStartedInIsRefusedWithAHint() throws Exception {
    Path project = Path.of("target", "working-directory-test-" + ProcessHandle.current().pid());
    String name = project.resolve("src/main/resources/wd.yaml").toString().replace(java.io.File.separatorChar, '/');
    Compiles.catalogDir(project, "src/main/resources/wd.yaml", HEAD + OK_ENTRY);
    try {
      Compilation compilation = Compiles.compile(null,
          List.of("-classpath", System.getProperty("java.class.path") + java.io.File.pathSeparator),
          Compiles.packageInfo("com.example.y", "catalog = \"" + name + "\", defaultCatalog = false"));
      List<String> errors = errors(compilation);
      assertEquals(1, errors.size(), String.join("\n", errors));
      assertTrue(errors.get(0).contains("[EasemobCatalogPath] catalogue file '" + name + "' was found only as "
          + project.toAbsolutePath().resolve("src/main/resources/wd.yaml") + ", relative to the directory the build was started in"), errors.get(0));
      assertTrue(errors.get(0).endsWith("name it by its path under the resource directory, catalog = \"wd.yaml\""), errors.get(0));
      assertEquals(1, compilation.errors().get(0).getLineNumber(), "on the annotation");
    } finally {
      try (var files = java.nio.file.Files.walk(project)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void aProjectRelativeNameThatIsNotFoundSaysWhichNameToWrite() {
    List<String> errors = errors(Compiles.compile(dir, List.of(),
        Compiles.packageInfo("com.example.y", "catalog = \"src/main/resources/nowhere.yaml\", defaultCatalog = false")));
    assertEquals(1, errors.size(), String.join("\n", errors));
    assertTrue(errors.get(0).contains("[EasemobCatalogNotFound] catalogue file 'src/main/resources/nowhere.yaml' not found; looked in:"), errors.get(0));
    assertTrue(errors.get(0).endsWith("write catalog = \"nowhere.yaml\""), errors.get(0));
  }

  @Test
  void aRelativeDirectoryInTheSearchPathOptionIsWarnedAbout() {
    Compilation compilation = Compiles.compile(null, List.of("-Aeasemob.errors.path=target/no-such-catalogues"),
        Compiles.packageInfo("com.example.y", ""));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[EasemobCatalogPath] the directory 'target/no-such-catalogues' of the option easemob.errors.path is relative");
  }
}
