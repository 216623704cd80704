package org.easemoberrors.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.easemoberrors.processor.diagnostics.Diagnostics;
import org.easemoberrors.processor.read.CatalogReader;
import org.easemoberrors.processor.read.CatalogSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile catalogue files are refused with one clear error, without constructing anything the
 * file names and without running out of memory. (The timeout only guards against a hang; the
 * times are reported, not asserted.)
 */
class HostileYamlTest {

  private static Diagnostics.Problem refuse(byte[] bytes) {
    Diagnostics diagnostics = new Diagnostics();
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      long start = System.nanoTime();
      new CatalogReader(diagnostics).read(new CatalogSource("hostile.yaml", bytes, null), 0);
      System.out.printf("refused %,d bytes in %d ms%n", bytes.length, (System.nanoTime() - start) / 1_000_000);
    });
    List<Diagnostics.Problem> problems = diagnostics.sorted();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(diagnostics.hasErrors());
    return problems.get(0);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aTagThatNamesAJavaTypeIsRefusedAndNothingIsConstructed() {
    Diagnostics.Problem p = refuse(utf8("entries:\n  - !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/x\"]]]]\n"));
    assertEquals("EasemobYamlTag", p.message().tag());
    assertTrue(p.render().startsWith("hostile.yaml:2:5: [EasemobYamlTag]"), p.render());
  }

  @Test
  void anyOtherGlobalTagIsRefused() {
    assertEquals("EasemobYamlTag", refuse(utf8("catalog: !!java.lang.Integer 1\n")).message().tag());
    assertEquals("EasemobYamlTag", refuse(utf8("catalog: !<tag:example.com,2000:app/foo> 1\n")).message().tag());
  }

  @Test
  void anAliasBombIsRefused() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
    for (int i = 1; i <= 9; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int k = 0; k < 9; k++) {
        yaml.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    yaml.append("locales: *a9\n");
    Diagnostics.Problem p = refuse(utf8(yaml.toString()));
    assertEquals("EasemobYamlLimit", p.message().tag());
    assertTrue(p.text().contains("aliases"), p.text());
  }

  @Test
  void aStructureNestedTenThousandDeepIsRefused() {
    String yaml = "entries: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    Diagnostics.Problem p = refuse(utf8(yaml));
    assertEquals("EasemobYamlLimit", p.message().tag());
    assertTrue(p.text().toLowerCase(java.util.Locale.ROOT).contains("nesting"), p.text());
  }

  @Test
  void aTwentyMegabyteFileIsRefusedBeforeParsing() {
    byte[] big = new byte[20 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) '#');
    Diagnostics.Problem p = refuse(big);
    assertEquals("EasemobCatalogTooLarge", p.message().tag());
    assertTrue(p.text().contains("20,971,520 bytes"), p.text());
  }

  @Test
  void aLineOfOneMegabyteIsRefused() {
    String yaml = "catalog: 1\nlocales: [en]\nfallbackLocale: \"" + "x".repeat(1024 * 1024) + "\"\n";
    Diagnostics.Problem p = refuse(utf8(yaml));
    assertEquals("EasemobYamlLimit", p.message().tag());
    assertTrue(p.render().startsWith("hostile.yaml:3:1: [EasemobYamlLimit] the YAML is refused: line 3 is 1,048,594 characters long"), p.render());
  }
}
