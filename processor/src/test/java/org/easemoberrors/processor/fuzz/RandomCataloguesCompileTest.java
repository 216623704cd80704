package org.easemoberrors.processor.fuzz;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.easemoberrors.processor.generate.Context;
import org.easemoberrors.processor.testing.Compiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property of the whole processor: every catalogue it accepts yields code that javac compiles
 * without a single warning under {@code -Xlint:all}, at release 8, 11 and 17 (the catalogue's
 * own warnings, such as a missing optional translation, aside). The
 * catalogues are {@value #CATALOGUES} random ones ({@link RandomCatalogs}, seeds 0 and up); those
 * that the processor's stages accept (checked in process first, see {@link CataloguePipeline})
 * are compiled through the real processor, {@value #BATCH} packages to a javac run, each package
 * with its own catalogue and its own JSON library and exception classes.
 */
class RandomCataloguesCompileTest {
  static final int CATALOGUES = 340;
  /** A diagnostic of the processor about the catalogue carries one of its tags, javac's never do. */
  private static final java.util.regex.Pattern CATALOGUE_TAG = java.util.regex.Pattern.compile(": \\[Easemob[A-Za-z]+\\] ");

  /** About two in three are accepted; the others fail validation, which the fuzz test covers. */
  static final int ACCEPTED = 180;
  static final int BATCH = 50;
  private static final String[] RELEASES = {"8", "11", "17"};
  private static final Pattern PACKAGE = Pattern.compile("random\\.c(\\d+)");

  @Test
  void everyAcceptedCatalogueCompilesWithoutWarnings(@TempDir Path dir) {
    Map<Integer, String> accepted = new TreeMap<>();
    List<JavaFileObject> packages = new ArrayList<>();
    for (int seed = 0; seed < CATALOGUES; seed++) {
      String yaml = RandomCatalogs.catalogue(RandomCatalogs.random(seed));
      String pkg = "random.c" + seed;
      Context.JsonLibrary json = Context.JsonLibrary.values()[seed % 3];
      Context.ExceptionClasses classes = seed % 4 == 3 ? Context.ExceptionClasses.STATUS_ONLY : Context.ExceptionClasses.ALL;
      if (!CataloguePipeline.run(yaml, pkg, json, classes).accepted()) {
        continue;
      }
      accepted.put(seed, yaml);
      Compiles.catalogDir(dir, "c" + seed + ".yaml", yaml);
      packages.add(Compiles.packageInfo(pkg, "catalog = \"c" + seed + ".yaml\", defaultCatalog = false"
          + ", json = org.easemoberrors.EasemobErrors.Json." + (json == Context.JsonLibrary.JACKSON ? "AUTO" : json.name())
          + ", exceptionClasses = org.easemoberrors.EasemobErrors.ExceptionClasses." + classes.name()));
    }
    assertTrue(accepted.size() >= ACCEPTED,
        "enough random catalogues are accepted for the property to say something: " + accepted.size() + " of " + CATALOGUES);

    StringBuilder failures = new StringBuilder();
    for (int from = 0, run = 0; from < packages.size(); from += BATCH, run++) {
      List<JavaFileObject> batch = packages.subList(from, Math.min(packages.size(), from + BATCH));
      String release = RELEASES[run % RELEASES.length];
      // Without -Werror, which would make the catalogues' own warnings (a missing optional
      // translation) errors: any other warning fails the test all the same.
      Compilation compilation = Compiles.compile(dir, List.of("--release", release, "-Xlint:all,-options"),
          batch.toArray(new JavaFileObject[0]));
      List<Diagnostic<? extends JavaFileObject>> bad = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
        boolean catalogueWarning = d.getKind() != Diagnostic.Kind.ERROR && CATALOGUE_TAG.matcher(d.getMessage(null)).find();
        if (!catalogueWarning && (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)) {
          bad.add(d);
        }
      }
      for (Diagnostic<? extends JavaFileObject> d : bad) {
        String where = d.getSource() != null ? d.getSource().getName() : "";
        Matcher m = PACKAGE.matcher(where.replace('/', '.') + " " + d.getMessage(null));
        String seed = m.find() ? m.group(1) : null;
        failures.append("\n--release ").append(release).append(": ").append(d.getKind()).append(' ').append(where)
            .append(':').append(d.getLineNumber()).append(": ").append(d.getMessage(null));
        if (seed != null && failures.indexOf("catalogue of seed " + seed + ":") < 0) {
          failures.append("\ncatalogue of seed ").append(seed).append(":\n").append(accepted.get(Integer.parseInt(seed)));
        }
      }
    }
    if (failures.length() > 0) {
      fail("accepted catalogues whose code does not compile cleanly:" + failures);
    }
  }

  /**
   * Found by the test above (seeds 31, 50, 90, 120, 135, 162, 200 and 293 of the first 300, before
   * it kept these characters out):
   * an error code holding U+2028 or U+2029 is accepted, and the generated {@code EasemobError}
   * does not compile ("unclosed string literal" at the code in the constant's array). (A template
   * is safe: the two are white space, which its normalization turns into a space.) JavaPoet breaks the lines it emits
   * at every {@code \R}, and these two characters, not ISO controls, reach its {@code $S} as
   * they are, so a line break and indentation land inside the string literal. generate/ now
   * escapes them (and every other control and format character) before JavaPoet sees the text.
   */
  @Test
  void lineAndParagraphSeparatorsInStringsCompile(@TempDir Path dir) {
    String yaml = String.join("\n",
        "catalog: 1",
        "locales: [en]",
        "fallbackLocale: en",
        "classes:",
        "  4xx: {action: fix_request, description: {en: Client error}}",
        "  5xx: {action: alert, description: {en: Server error}}",
        "entries:",
        "  - id: separated",
        "    status: 400",
        "    error: \"line\\u2028separator\"",
        "    description: \"paragraph\\u2029separator {value}\"",
        "    causes: {en: \"{value}\"}",
        "");
    Compiles.catalogDir(dir, "separators.yaml", yaml);
    Compilation compilation = Compiles.compile(dir, List.of("-Xlint:all", "-Werror"),
        Compiles.packageInfo("random.separators", "catalog = \"separators.yaml\", defaultCatalog = false"));
    assertThat(compilation).succeededWithoutWarnings();
  }
}
