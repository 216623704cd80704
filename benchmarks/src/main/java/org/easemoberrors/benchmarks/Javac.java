package org.easemoberrors.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.easemoberrors.processor.EasemobErrorsProcessor;

/**
 * Compiles a package annotated with {@code @EasemobErrors} over a generated catalogue, in process,
 * with the processor and the flags of the sample app ({@code --release 8 -Xlint:all -Werror}): the
 * work of a user's build, generated sources included.
 */
public final class Javac {
  private final Path root;
  private final Path source;

  /** Writes a catalogue of {@code entries} and an annotated package into {@code root}. */
  public Javac(Path root, int entries, String exceptionClasses) {
    this.root = root;
    try {
      Files.createDirectories(root.resolve("catalog"));
      Files.writeString(root.resolve("catalog/scale.yaml"), ScaleCatalog.yaml(entries, false));
      source = root.resolve("src/bench/package-info.java");
      Files.createDirectories(source.getParent());
      Files.writeString(source,
          "@org.easemoberrors.EasemobErrors(catalog = \"scale.yaml\", defaultCatalog = false,\n"
              + "    exceptionClasses = org.easemoberrors.EasemobErrors.ExceptionClasses." + exceptionClasses + ")\n"
              + "package bench;\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles into a fresh output directory; returns the number of class files written. */
  public int compile() {
    Path out = root.resolve("out");
    Path gen = root.resolve("gen");
    delete(out);
    delete(gen);
    try {
      Files.createDirectories(out);
      Files.createDirectories(gen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of(
          "--release", "8", "-Xlint:all,-options,-processing", "-Werror",
          "-classpath", System.getProperty("java.class.path"),
          "-Aeasemob.errors.path=" + root.resolve("catalog"),
          "-d", out.toString(), "-s", gen.toString());
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(source));
      task.setProcessors(List.of(new EasemobErrorsProcessor()));
      boolean ok = task.call();
      List<String> problems = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING) {
          problems.add(d.toString());
        }
      }
      if (!ok || !problems.isEmpty()) {
        throw new IllegalStateException("javac failed: " + String.join("\n", problems.subList(0, Math.min(5, problems.size()))));
      }
      try (Stream<Path> written = Files.walk(out)) {
        return (int) written.filter(p -> p.toString().endsWith(".class")).count();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
