package org.easemoberrors.processor.scale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.easemoberrors.processor.testing.Compiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalogues near what a class file can hold: each compiles cleanly or is refused by the
 * processor with a tagged error; javac itself never fails on the generated code ("code too
 * large", "too many constants").
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
        y.append("    error: [");
        for (int k = 0; k < codes; k++) {
          y.append(k == 0 ? "" : ", ").append("c").append(i).append('_').append(k);
        }
        y.append("]\n");
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

  private void compilesOrIsRefusedByTheProcessor(String yaml) {
    Compiles.catalogDir(dir, "limits.yaml", yaml);
    Compilation compilation = Compiles.compile(dir, List.of("-Xlint:all"),
        Compiles.packageInfo("com.example.limits", "catalog = \"limits.yaml\", defaultCatalog = false"));
    List<String> errors = compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(null))
        .collect(Collectors.toList());
    if (compilation.status() == Compilation.Status.SUCCESS) {
      assertTrue(compilation.warnings().isEmpty(), compilation.warnings().toString());
      return;
    }
    assertFalse(errors.isEmpty());
    for (String error : errors) {
      assertTrue(error.contains("[Easemob"), "javac, not the processor, refused the catalogue: " + error);
    }
  }

  @Test
  void entriesWithManyCodes() {
    compilesOrIsRefusedByTheProcessor(catalogue(44, 200, 0));
  }

  @Test
  void entriesWithManyTemplates() {
    compilesOrIsRefusedByTheProcessor(catalogue(9, 0, 1_000));
  }
}
