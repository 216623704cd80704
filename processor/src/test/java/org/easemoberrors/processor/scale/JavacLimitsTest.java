package org.easemoberrors.processor.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.easemoberrors.processor.generate.CodeSize;
import org.easemoberrors.processor.testing.ClassFiles;
import org.easemoberrors.processor.testing.Compiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalogues near what a class file can hold: those just below each limit of {@link CodeSize}
 * compile without a warning, and their methods and constant pools are within the JVM's limits;
 * those just above are refused by the processor with a tagged error, never by javac with "code
 * too large" or "too many constants".
 */
class JavacLimitsTest {
  @TempDir Path dir;

  /** {@code entries} entries of 400, each with {@code codes} error codes and {@code templates} templates. */
  private static String catalogue(int entries, int codes, int templates) {
    StringBuilder y = new StringBuilder("catalog: 1\nlocales: [en]\nfallbackLocale: en\nclasses:\n");
    y.append("  4xx: {action: fix_request, description: {en: Client error.}}\n");
    y.append("  5xx: {action: alert, description: {en: Server error.}}\n");
    y.append("entries:\n");
    for (int i = 0; i < entries; i++) {
      y.append("  - id: e-").append(i).append("\n    status: 400\n");
      if (codes > 0) {
        y.append("    error:\n");
        for (int k = 0; k < codes; k++) {
          y.append("      - c").append(i).append('_').append(k).append('\n');
        }
      }
      if (templates > 0) {
        y.append("    description: [");
        for (int k = 0; k < templates; k++) {
          y.append(k == 0 ? "" : ", ").append("\"text ").append(i).append(" number ").append(k).append('"');
        }
        y.append("]\n");
      }
      y.append("    causes: {en: Cause ").append(i).append(".}\n");
    }
    return y.toString();
  }

  private Compilation compile(String yaml, String arguments) {
    Compiles.catalogDir(dir, "limits.yaml", yaml);
    return Compiles.compile(dir, List.of("--release", "8", "-Xlint:all"),
        Compiles.packageInfo("com.example.limits", "catalog = \"limits.yaml\", defaultCatalog = false" + arguments));
  }

  private static List<String> errors(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(null))
        .collect(Collectors.toList());
  }

  /** Compiles without an error or a warning; returns the sizes of the classes. */
  private Map<String, ClassFiles.Sizes> compiles(String yaml, String arguments) {
    Compilation compilation = compile(yaml, arguments);
    assertEquals(List.of(), errors(compilation));
    assertTrue(compilation.warnings().isEmpty(), compilation.warnings().toString());
    Map<String, ClassFiles.Sizes> classes = ClassFiles.of(compilation);
    for (Map.Entry<String, ClassFiles.Sizes> c : classes.entrySet()) {
      assertTrue(c.getValue().maxCode() <= CodeSize.METHOD_BUDGET, c.getKey() + " has a method of " + c.getValue().maxCode() + " bytes");
      assertTrue(c.getValue().constants() < 65_535, c.getKey() + " has " + c.getValue().constants() + " constants");
    }
    return classes;
  }

  /** Is refused with the processor's one error of this tag, never javac's. */
  private String refused(String yaml, String tag) {
    List<String> errors = errors(compile(yaml, ""));
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("[" + tag + "]"), errors.get(0));
    return errors.get(0);
  }

  @Test
  void theLimitsAreTheDocumentedOnes() {
    // README.md ("Large catalogues") and the Javadoc of EasemobErrors.ExceptionClasses state them.
    assertEquals(2_665, CodeSize.maxEntries());
    assertEquals(7_995, CodeSize.maxElements());
  }

  @Test
  void entriesWithManyCodes() {
    compiles(catalogue(44, 200, 0), "");
  }

  @Test
  void entriesWithManyTemplates() {
    compiles(catalogue(9, 0, 1_000), "");
  }

  @Test
  void theMostEntriesCompileAndTheEstimateIsAboveWhatJavacWrites() {
    int most = CodeSize.maxEntries();
    Map<String, ClassFiles.Sizes> classes = compiles(catalogue(most, 1, 0), ", exceptionClasses = org.easemoberrors.EasemobErrors.ExceptionClasses.STATUS_ONLY");
    ClassFiles.Sizes error = classes.get("com/example/limits/EasemobError");
    int clinit = error.code().get("<clinit>()V");
    int values = error.code().getOrDefault("$values()[Lcom/example/limits/EasemobError;", 0);
    assertTrue(clinit + values <= most * CodeSize.CONSTANT_BYTES, clinit + " + " + values + " bytes for " + most + " constants");
    assertTrue(clinit > 16 * (most - 64), "javac writes at least 16 bytes a constant: " + clinit);
  }

  @Test
  void oneEntryMoreIsRefusedOnTheAnnotation() {
    String error = refused(catalogue(CodeSize.maxEntries() + 1, 1, 0), "EasemobTooManyEntries");
    assertTrue(error.contains(String.format("%,d entries", CodeSize.maxEntries() + 1)), error);
  }

  @Test
  void theLargestEntryCompilesAndTheEstimateIsAboveWhatJavacWrites() {
    Map<String, ClassFiles.Sizes> classes = compiles(catalogue(1, CodeSize.maxElements(), 0), "");
    int fill = classes.get("com/example/limits/EasemobError$Part0").code().get("fill()V");
    assertTrue(fill <= CodeSize.METHOD_BUDGET && fill > 7 * CodeSize.maxElements(), fill + " bytes");
  }

  @Test
  void aLargerEntryIsRefusedAtItsPosition() {
    String error = refused(catalogue(1, CodeSize.maxElements() + 1, 0), "EasemobEntryTooLarge");
    assertTrue(error.contains("limits.yaml:8:"), error);
  }

  @Test
  void entriesOverOneMethodOfRowsAreSplitIntoParts() {
    // 9 entries of 1,000 strings: over 64 KB of rows together, so in more than one part.
    Map<String, ClassFiles.Sizes> classes = compiles(catalogue(9, 1_000, 0), "");
    assertTrue(classes.containsKey("com/example/limits/EasemobError$Part1"), classes.keySet().toString());
  }
}
