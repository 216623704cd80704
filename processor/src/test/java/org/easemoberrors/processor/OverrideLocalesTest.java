package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.easemoberrors.processor.diagnostics.Diagnostics;
import org.easemoberrors.processor.diagnostics.Position;
import org.easemoberrors.processor.generate.Names;
import org.easemoberrors.processor.model.Catalog;
import org.easemoberrors.processor.model.CatalogMerger;
import org.easemoberrors.processor.model.Entry;
import org.easemoberrors.processor.model.Text;
import org.easemoberrors.processor.read.CatalogReader;
import org.easemoberrors.processor.read.CatalogSource;
import org.easemoberrors.processor.testing.Compiles;
import org.easemoberrors.processor.validate.CatalogValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An override that gives the causes of some locales replaces those locales only: the other locales
 * keep the texts of the catalogue below, rather than losing them to the fallback locale's.
 */
class OverrideLocalesTest {

  /** The override of the README's "The catalogue format" section. */
  static final String README_OVERLAY =
      """
      catalog: 1
      overrides:
        - id: duplicate-username
          action: alert
          causes: {en: "Pick another name than {value}."}
      """;

  static final String DEFAULT_ZH_CAUSE = "用户名已存在,{value}这个用户名在该APP下已经存在";

  @TempDir Path dir;

  @Test
  void theOtherLocalesKeepTheirCauses() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    CatalogReader reader = new CatalogReader(diagnostics);
    var base = reader.read(org.easemoberrors.processor.read.CatalogLocator.defaultCatalog(), 0);
    var overlay = reader.read(new CatalogSource("overlay.yaml", README_OVERLAY.getBytes(StandardCharsets.UTF_8), null), 1);
    Catalog catalog = new CatalogMerger(diagnostics).merge(List.of(base, overlay));
    new CatalogValidator(diagnostics).validate(catalog, new Names("p", "Easemob"), Position.ofFile(overlay.source()));
    Entry entry = catalog.entries().stream().filter(e -> e.id().equals("duplicate-username")).findFirst().orElseThrow();

    assertEquals(List.of("Pick another name than {value}."), entry.causes().get("en").stream().map(Text::value).toList());
    assertEquals(List.of(DEFAULT_ZH_CAUSE), entry.causes().get("zh_CN").stream().map(Text::value).toList());
    assertEquals("overlay.yaml", entry.causes().get("en").get(0).position().file().displayName());
    assertTrue(diagnostics.sorted().isEmpty(),
        () -> String.join("\n", diagnostics.sorted().stream().map(Diagnostics.Problem::render).toList()));
  }

  @Test
  void theReadmeOverrideKeepsTheChineseCauseInTheChineseBundle() {
    Compiles.catalogDir(dir, "acme-errors.yaml", README_OVERLAY);
    Compilation compilation =
        Compiles.compile(dir, List.of(), Compiles.packageInfo("com.acme.errors", "catalog = \"acme-errors.yaml\""));
    assertThat(compilation).succeeded();
    assertTrue(compilation.diagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.WARNING),
        () -> "warnings: " + compilation.diagnostics());

    List<JavaFileObject> chinese = compilation.generatedFiles().stream()
        .filter(f -> f.getName().contains("zh_CN"))
        .toList();
    assertFalse(chinese.isEmpty(), "no zh_CN texts were generated");
    String zh = String.join("\n", chinese.stream().map(OverrideLocalesTest::read).toList());
    assertFalse(zh.contains("Pick another name"), "the English override reached the zh_CN texts");
    assertTrue(zh.contains("用户名已存在") || zh.contains(escaped("用户名已存在")), "the default Chinese cause is gone:\n" + zh);
  }

  private static String read(JavaFileObject file) {
    try {
      CharSequence content = file.getCharContent(true);
      assertNotNull(content);
      return content.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text as a properties file may write it, with \\uXXXX escapes. */
  private static String escaped(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return sb.toString();
  }
}
