package org.easemoberrors.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.easemoberrors.processor.diagnostics.Diagnostics;
import org.easemoberrors.processor.diagnostics.Position;
import org.easemoberrors.processor.generate.Names;
import org.easemoberrors.processor.model.Catalog;
import org.easemoberrors.processor.model.CatalogMerger;
import org.easemoberrors.processor.read.CatalogReader;
import org.easemoberrors.processor.read.CatalogSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thousands of entries that all compete for one description: checked in about linear time, and
 * reported as a bounded number of errors that say how many more there are.
 */
class CompetitionScaleTest {

  static String catalogue(int entries, String template) {
    StringBuilder y = new StringBuilder("catalog: 1\nlocales: [en]\nfallbackLocale: en\nclasses:\n");
    y.append("  4xx: {action: fix_request, description: {en: Client error.}}\n");
    y.append("  5xx: {action: alert, description: {en: Server error.}}\n");
    y.append("statuses:\n  400: {name: BadRequest, action: fix_request, description: {en: Bad.}}\n");
    y.append("entries:\n");
    for (int i = 0; i < entries; i++) {
      y.append("  - id: e-").append(i).append("\n    status: 400\n    description: \"")
          .append(template.replace("#", String.valueOf(i))).append("\"\n    causes: {en: Cause.}\n");
    }
    return y.toString();
  }

  static Diagnostics validate(String yaml) {
    Diagnostics diagnostics = new Diagnostics();
    var file = new CatalogReader(diagnostics).read(new CatalogSource("many.yaml", yaml.getBytes(StandardCharsets.UTF_8), null), 0);
    Catalog catalog = new CatalogMerger(diagnostics).merge(List.of(file));
    long start = System.nanoTime();
    new CatalogValidator(diagnostics).validate(catalog, new Names("p", "Easemob"), Position.ofFile(file.source()));
    System.out.printf("  (of which the validator: %d ms)%n", (System.nanoTime() - start) / 1_000_000);
    return diagnostics;
  }

  @ParameterizedTest(name = "{0} entries")
  @ValueSource(ints = {1_000, 2_000, 4_000})
  void entriesSharingOneTemplateAreReportedBoundedly(int entries) {
    String yaml = catalogue(entries, "{v} same");
    List<Diagnostics.Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      long start = System.nanoTime();
      List<Diagnostics.Problem> sorted = validate(yaml).sorted();
      System.out.printf("%,d entries sharing '{v} same': read, merged and checked in %d ms, %d problems%n",
          entries, (System.nanoTime() - start) / 1_000_000, sorted.size());
      return sorted;
    });
    int shown = CatalogValidator.MAX_AMBIGUOUS;
    assertEquals(shown + 1, problems.size());
    assertTrue(problems.stream().allMatch(p -> p.message().tag().equals("EasemobAmbiguous")));
    assertTrue(problems.get(0).text().startsWith("[EasemobAmbiguous] entries 'e-0' (many.yaml:10:5) and 'e-1' (many.yaml:14:5) would both match"),
        problems.get(0).text());
    String last = problems.get(shown).text();
    assertTrue(last.contains("and " + String.format(java.util.Locale.ROOT, "%,d", entries - 1 - shown) + " more"), last);
  }

  @ParameterizedTest(name = "{0} entries")
  @ValueSource(ints = {1_000, 4_000})
  void entriesWithDistinctTemplatesOfEqualWeightStayFastAndAreAccepted(int entries) {
    // "{v} same 0001" and "{v} same 0002": the same weight, ends that disagree.
    String yaml = catalogue(entries, "{v} same #").replaceAll("same (\\d+)\"", "same $1 x\"");
    List<Diagnostics.Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      long start = System.nanoTime();
      List<Diagnostics.Problem> sorted = validate(yaml).sorted();
      System.out.printf("%,d entries with distinct templates: checked in %d ms%n", entries, (System.nanoTime() - start) / 1_000_000);
      return sorted;
    });
    assertEquals(List.of(), problems.stream().filter(p -> p.message().tag().equals("EasemobAmbiguous")).toList());
  }
}
