package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.easemoberrors.processor.CatalogErrorsTest.HEAD;
import static org.easemoberrors.processor.CatalogErrorsTest.OK_ENTRY;
import static org.easemoberrors.processor.CatalogErrorsTest.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import org.easemoberrors.processor.generate.CodeSize;
import org.easemoberrors.processor.testing.Compiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing a catalogue: every independent mistake in one build, and a suggestion for a misspelt
 * name.
 */
class AuthoringTest {

  @TempDir Path dir;

  private Compilation compile(String yaml) {
    Compiles.catalogDir(dir, "bad.yaml", yaml);
    return Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.bad", "catalog = \"bad.yaml\", defaultCatalog = false"));
  }

  private static void has(List<String> errors, String expected) {
    assertTrue(errors.stream().anyMatch(e -> e.contains(expected)), "expected " + expected + " in:\n" + String.join("\n", errors));
  }

  // ---- every problem in one build -----------------------------------------------------------

  @Test
  void aCausePlaceholderIsCheckedInAnEntryWithAnotherMistake() {
    List<String> errors = errors(compile(HEAD + OK_ENTRY.replace("en: Wrong password.", "en: \"Wrong {password}.\"") + "    action: retyr\n"));
    assertEquals(2, errors.size(), String.join("\n", errors));
    has(errors, "bad.yaml:13:38: [EasemobUnknownPlaceholder] the cause uses '{password}'");
    has(errors, "bad.yaml:14:13: [EasemobUnknownAction] unknown action 'retyr'");
  }

  @Test
  void anEntryWithABrokenTemplateIsStillCheckedForItsOtherMistakes() {
    List<String> errors = errors(compile(HEAD + OK_ENTRY.replace("id: invalid-grant", "id: Invalid_Grant")
        .replace("zh_CN: 密码错误, ", "zh_CN: 密码错误, fr: Mot de passe, ") + "    description: \"user {name exists\"\n"));
    has(errors, "bad.yaml:10:9: [EasemobBadId]");
    has(errors, "bad.yaml:13:31: [EasemobUndeclaredLocale] locale 'fr'");
    has(errors, "bad.yaml:14:24: [EasemobTemplateSyntax]");
    assertEquals(3, errors.size(), "its causes' placeholders are not checked, its templates being unknown:\n" + String.join("\n", errors));
  }

  @Test
  void anEntryWithoutAStatusIsStillCheckedForItsCauses() {
    List<String> errors = errors(compile(HEAD + OK_ENTRY.replace("    status: 400\n", "").replace("en: Wrong password.", "en: \"Wrong {password}.\"")));
    assertEquals(2, errors.size(), String.join("\n", errors));
    has(errors, "bad.yaml:10:5: [EasemobMissingField] entry 'invalid-grant' has no 'status'");
    has(errors, "[EasemobUnknownPlaceholder] the cause uses '{password}'");
  }

  @Test
  void aMisspeltFieldIsOneErrorNotAlsoAMissingOneNorAnUnknownPlaceholder() {
    List<String> errors = errors(compile(HEAD + "  - id: user-missing\n    status: 400\n    descripton: \"user {name} is missing\"\n"
        + "    causes: {zh_CN: \"缺 {name}\", en: \"No {name}.\"}\n"));
    assertEquals(1, errors.size(), String.join("\n", errors));
    has(errors, "bad.yaml:12:5: [EasemobUnknownKey] unknown key 'descripton' in entry 'user-missing' (did you mean 'description'?)");
  }

  @Test
  void anUnreadableClassIsNotReplacedByTheIdsNameInTheClashCheck() {
    List<String> errors = errors(compile(HEAD + OK_ENTRY.replace("id: invalid-grant", "id: bad-request") + "    class: [Other]\n"));
    assertEquals(1, errors.size(), String.join("\n", errors));
    has(errors, "bad.yaml:14:12: [EasemobWrongType] 'class' in entry 'bad-request' must be a string, not a list");
  }

  @Test
  void tooManyEntriesIsReportedWithTheOtherMistakes() {
    StringBuilder yaml = new StringBuilder(HEAD);
    for (int i = 0; i < CodeSize.maxEntries() + 1; i++) {
      yaml.append("  - id: code-").append(i).append("\n    status: 400\n    error: code_").append(i)
          .append("\n    causes: {zh_CN: 错, en: Wrong.}\n");
    }
    yaml.append(OK_ENTRY).append("    action: retyr\n");
    List<String> errors = errors(compile(yaml.toString()));
    assertEquals(2, errors.size(), String.join("\n", errors));
    has(errors, "[EasemobUnknownAction] unknown action 'retyr'");
    has(errors, String.format("[EasemobTooManyEntries] the catalogue has %,d entries, more than the %,d", CodeSize.maxEntries() + 1, CodeSize.maxEntries()));
  }

  @Test
  void aBadPrefixDoesNotHideTheCataloguesMistakes() {
    Compiles.catalogDir(dir, "bad.yaml", HEAD + OK_ENTRY.replace("status: 400", "status: abc"));
    List<String> errors = errors(Compiles.compile(dir, List.of(),
        Compiles.packageInfo("com.example.bad", "catalog = \"bad.yaml\", defaultCatalog = false, prefix = \"easemob\"")));
    has(errors, "[EasemobBadPrefix] prefix 'easemob'");
    has(errors, "bad.yaml:11:13: [EasemobWrongType]");
  }

  // ---- did you mean -------------------------------------------------------------------------

  @Test
  void aWrongOverrideOrRemoveIdGetsTheNearestId() {
    Compiles.catalogDir(dir, "overlay.yaml",
        "catalog: 1\noverrides:\n  - id: duplicate-usrname\n    action: alert\nremove: [expird-token, nothing-like-it]\n");
    List<String> errors = errors(Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.bad", "catalog = \"overlay.yaml\"")));
    assertEquals(3, errors.size(), String.join("\n", errors));
    has(errors, "overlay.yaml:3:9: [EasemobOverrideUnknown] cannot override entry 'duplicate-usrname': no catalogue before this one defines it (did you mean 'duplicate-username'?)");
    has(errors, "overlay.yaml:5:10: [EasemobOverrideUnknown] cannot remove entry 'expird-token': no catalogue before this one defines it (did you mean 'expired-token'?)");
    assertTrue(errors.stream().anyMatch(e -> e.contains("'nothing-like-it': no catalogue before this one defines it\n")), String.join("\n", errors));
  }

  @Test
  void aCatalogueNamedYamlThatIsYmlGetsTheNameToWrite() {
    Compiles.catalogDir(dir, "acme-errors.yml", HEAD + OK_ENTRY);
    List<String> errors = errors(Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.bad", "catalog = \"acme-errors.yaml\"")));
    assertEquals(1, errors.size(), String.join("\n", errors));
    has(errors, "[EasemobCatalogNotFound] catalogue file 'acme-errors.yaml' not found (did you mean catalog = \"acme-errors.yml\"?); looked in:");
  }

  @Test
  void aMisspeltCatalogueNameGetsTheNearestFileOfItsDirectory() {
    Compiles.catalogDir(dir, "com/acme/acme-errors.yaml", HEAD + OK_ENTRY, "com/acme/other.txt", "x");
    List<String> errors = errors(Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.bad", "catalog = \"com/acme/acme-erorrs.yaml\"")));
    has(errors, "not found (did you mean catalog = \"com/acme/acme-errors.yaml\"?); looked in:");
  }

  @Test
  void theNotFoundListSaysWhichLocationsWereSearched() {
    List<String> errors = errors(Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.bad", "catalog = \"nowhere.yaml\"")));
    String error = errors.get(0);
    assertFalse(error.contains("not available"), error);
    assertTrue(error.contains("class path: no file nowhere.yaml"), error);
    assertFalse(error.contains("did you mean"), error);
  }

  @Test
  void anEmptyCatalogueNameIsAnErrorOnTheAnnotation() {
    Compilation compilation = Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.bad", "catalog = \"\""));
    assertThat(compilation).failed();
    List<String> errors = errors(compilation);
    assertEquals(1, errors.size(), String.join("\n", errors));
    has(errors, "[EasemobCatalogName] @EasemobErrors(catalog = \"\") names no file");
    assertThat(compilation).hadErrorContaining("names no file").inFile(compilation.sourceFiles().get(0)).onLine(1);
  }

  @Test
  void anUnknownSuppressionIsReportedWhereItIsWritten() {
    List<String> errors = errors(compile(HEAD + OK_ENTRY + "suppress: [EasemobCauseCount, EasemobMissingTranslaton]\n"));
    assertEquals(1, errors.size(), String.join("\n", errors));
    has(errors, "bad.yaml:14:31: [EasemobUnknownSuppression] 'EasemobMissingTranslaton' is not a warning tag that can be"
        + " suppressed (those are EasemobCauseCount and EasemobMissingTranslation) (did you mean 'EasemobMissingTranslation'?)");
  }
}
