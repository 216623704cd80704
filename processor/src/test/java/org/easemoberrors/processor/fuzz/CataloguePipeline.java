package org.easemoberrors.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.easemoberrors.processor.diagnostics.Diagnostics;
import org.easemoberrors.processor.diagnostics.Message;
import org.easemoberrors.processor.diagnostics.Position;
import org.easemoberrors.processor.generate.Context;
import org.easemoberrors.processor.generate.CodeSize;
import org.easemoberrors.processor.generate.Generator;
import org.easemoberrors.processor.generate.Names;
import org.easemoberrors.processor.model.Catalog;
import org.easemoberrors.processor.model.CatalogFile;
import org.easemoberrors.processor.model.CatalogMerger;
import org.easemoberrors.processor.read.CatalogReader;
import org.easemoberrors.processor.read.CatalogSource;
import org.easemoberrors.processor.validate.CatalogValidator;

/**
 * The processor's stages on one catalogue, as {@code Pipeline} runs them but without javac:
 * read, merge, validate and, when no error was found, generate. Checks on the way what must hold
 * for any catalogue: nothing throws, the reader takes every well-formed file, no problem is an
 * internal error, every problem has a position and renders, and generation gives sources in the
 * package asked for, the same sources when it runs a second time (where asked: it doubles the cost).
 */
final class CataloguePipeline {
  private CataloguePipeline() {}

  /** What the stages made of a catalogue: its problems, and its sources when it was accepted. */
  record Outcome(List<Diagnostics.Problem> problems, Map<String, String> sources, Map<String, String> resources) {
    boolean accepted() {
      return sources != null;
    }
  }

  static Outcome run(String yaml, String pkg, Context.JsonLibrary json, Context.ExceptionClasses classes) {
    return run(yaml, pkg, json, classes, true);
  }

  /** As {@link #run(String, String, Context.JsonLibrary, Context.ExceptionClasses)}; generates twice only if {@code twice}. */
  static Outcome run(String yaml, String pkg, Context.JsonLibrary json, Context.ExceptionClasses classes, boolean twice) {
    Diagnostics diagnostics = new Diagnostics();
    CatalogFile file = new CatalogReader(diagnostics).read(new CatalogSource("random.yaml", yaml.getBytes(StandardCharsets.UTF_8), null), 0);
    assertNotNull(file, () -> "a well-formed catalogue is read: " + diagnostics.sorted());
    assertFalse(diagnostics.hasErrors(), () -> "the reader takes a catalogue of the right shape: " + render(diagnostics.sorted()));
    Catalog catalog = new CatalogMerger(diagnostics).merge(List.of(file));
    diagnostics.suppress(catalog.suppressed());
    Names names = new Names(pkg, "Easemob");
    new CatalogValidator(diagnostics).validate(catalog, names, Position.ofFile(file.source()));
    if (!diagnostics.hasErrors()) {
      assertTrue(catalog.entries().size() <= CodeSize.maxEntries(), "a small catalogue fits");
    }
    List<Diagnostics.Problem> problems = diagnostics.sorted();
    for (Diagnostics.Problem p : problems) {
      assertNotEquals(Message.INTERNAL_ERROR, p.message(), p.text());
      assertNotNull(p.position(), p.text());
      assertNotNull(p.render());
    }
    if (diagnostics.hasErrors()) {
      return new Outcome(problems, null, null);
    }
    Context context = new Context(catalog, names, ClassName.get("javax.annotation.processing", "Generated"), json, classes);
    Map<String, String> sources = new Generator(context).sources();
    Map<String, String> resources = new Generator(context).resources();
    assertFalse(sources.isEmpty());
    if (twice) {
      assertEquals(sources, new Generator(context).sources(), "the same catalogue gives the same sources");
    }
    for (Map.Entry<String, String> source : sources.entrySet()) {
      assertTrue(source.getKey().startsWith(pkg + "."), source.getKey());
    }
    return new Outcome(problems, sources, resources);
  }

  static String render(List<Diagnostics.Problem> problems) {
    StringBuilder sb = new StringBuilder();
    problems.forEach(p -> sb.append('\n').append(p.render()));
    return sb.toString();
  }
}
