package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.easemoberrors.processor.testing.Compiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What must never crash, hang or exhaust the processor: each case is one compiler error on the
 * annotation, in the time of an ordinary build.
 */
class BuildLimitsTest {

  @TempDir Path dir;

  static List<String> errors(Compilation compilation) {
    return compilation.errors().stream().map(d -> d.getMessage(null)).toList();
  }

  @Test
  void aThreeGigabyteCatalogueIsRefusedWithoutBeingRead() throws Exception {
    Path huge = dir.resolve("huge.yaml");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(3L * 1024 * 1024 * 1024); // sparse: no disk space, and reading it would take 3 GB of heap
    }
    Compilation compilation =
        Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.huge", "catalog = \"huge.yaml\", defaultCatalog = false"));
    assertThat(compilation).failed();
    List<String> errors = errors(compilation);
    assertEquals(1, errors.size(), String.join("\n", errors));
    assertTrue(errors.get(0).contains(huge + ": [EasemobCatalogTooLarge] the catalogue file is 3,221,225,472 bytes; the limit is 4,194,304"),
        errors.get(0));
  }

  @Test
  void anOversizedCatalogueInAJarIsReadNoFurtherThanTheLimit() throws Exception {
    Path jar = dir.resolve("catalogues.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("big/errors.yaml"));
      byte[] comments = "# padding\n".repeat(100_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      for (int i = 0; i < 6; i++) {
        out.write(comments); // 6 MB that compress to almost nothing
      }
      out.closeEntry();
    }
    Compilation compilation = Compiles.compile(null,
        List.of("-classpath", jar + java.io.File.pathSeparator + System.getProperty("java.class.path")),
        Compiles.packageInfo("com.example.big", "catalog = \"big/errors.yaml\", defaultCatalog = false"));
    List<String> errors = errors(compilation);
    assertEquals(1, errors.size(), String.join("\n", errors));
    assertTrue(errors.get(0).contains("big/errors.yaml: [EasemobCatalogTooLarge] the catalogue file is larger than the limit of 4,194,304 bytes"),
        errors.get(0));
  }

  static final String HEAD = CatalogErrorsTest.HEAD;

  /**
   * A template too long for one string constant of the generated code is refused at its place;
   * javac used to fail inside the generated EasemobError.java ("constant string too long").
   */
  @Test
  void aTemplateTooLongForTheGeneratedCodeIsAnErrorAtItsPlace() {
    StringBuilder template = new StringBuilder("{v} ");
    for (int i = 0; i < 30; i++) {
      template.append("\\\n      ").append("ab".repeat(500)); // 30 lines of 1,000 characters, joined without spaces
    }
    Compiles.catalogDir(dir, "long.yaml", HEAD + CatalogErrorsTest.OK_ENTRY + "    description: \"" + template + "\"\n");
    List<String> errors = errors(Compiles.compile(dir, List.of(),
        Compiles.packageInfo("com.example.longer", "catalog = \"long.yaml\", defaultCatalog = false")));
    assertEquals(1, errors.size(), String.join("\n", errors));
    assertTrue(errors.get(0).contains("long.yaml:14:18: [EasemobTextTooLong] a description template of entry 'invalid-grant' is 30,004 characters long; the limit is 16,384"),
        errors.get(0));
  }

  @Test
  void aClassNameOutsideAsciiIsAnErrorAtItsPlace() {
    Compiles.catalogDir(dir, "u.yaml", HEAD + CatalogErrorsTest.OK_ENTRY + "    class: \u00dcnicode\n");
    List<String> errors = errors(Compiles.compile(dir, List.of(),
        Compiles.packageInfo("com.example.u", "catalog = \"u.yaml\", defaultCatalog = false")));
    assertEquals(1, errors.size(), String.join("\n", errors));
    assertTrue(errors.get(0).contains("u.yaml:14:12: [EasemobBadName] '\u00dcnicode' cannot be used as a Java name: a generated type name must be ASCII"),
        errors.get(0));
  }

  @Test
  void aStatusNameOutsideAsciiIsAnErrorAtItsPlace() {
    Compiles.catalogDir(dir, "u.yaml", HEAD.replace("name: BadRequest", "name: B\u00e4dRequest") + CatalogErrorsTest.OK_ENTRY);
    List<String> errors = errors(Compiles.compile(dir, List.of(),
        Compiles.packageInfo("com.example.u", "catalog = \"u.yaml\", defaultCatalog = false")));
    assertEquals(1, errors.size(), String.join("\n", errors));
    assertTrue(errors.get(0).contains("u.yaml:8:15: [EasemobBadName] 'B\u00e4dRequest' cannot be used as a Java name: a generated type name must be ASCII"),
        errors.get(0));
  }

  @Test
  void aPrefixOutsideAsciiIsAnErrorOnTheAnnotation() {
    Compilation compilation = Compiles.compile(null, List.of(), Compiles.packageInfo("com.example.u", "prefix = \"\u00dcnicode\""));
    List<String> errors = errors(compilation);
    assertEquals(1, errors.size(), String.join("\n", errors));
    assertTrue(errors.get(0).contains("[EasemobBadPrefix] prefix '\u00dcnicode' is not ASCII"), errors.get(0));
    assertEquals(1, compilation.errors().get(0).getLineNumber(), "on the annotation's line");
  }

  /**
   * A failure nobody foresaw, here a file system that refuses one package's files: one error on
   * that package's annotation with the stack trace, and the other package still generates.
   */
  @Test
  void anUnexpectedFailureIsOneErrorOnItsAnnotationAndOthersStillGenerate() throws Exception {
    Path src = dir.resolve("src");
    Path gen = Files.createDirectories(dir.resolve("gen"));
    Path out = Files.createDirectories(dir.resolve("out"));
    for (String pkg : List.of("one", "two")) {
      Files.createDirectories(src.resolve("com/example/" + pkg));
      Files.writeString(src.resolve("com/example/" + pkg + "/package-info.java"),
          "@org.easemoberrors.EasemobErrors\npackage com.example." + pkg + ";\n");
    }
    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    javax.tools.DiagnosticCollector<javax.tools.JavaFileObject> diagnostics = new javax.tools.DiagnosticCollector<>();
    try (var files = javac.getStandardFileManager(null, null, java.nio.charset.StandardCharsets.UTF_8)) {
      var task = javac.getTask(null, files, diagnostics,
          List.of("-d", out.toString(), "-s", gen.toString(), "-classpath", System.getProperty("java.class.path")), null,
          files.getJavaFileObjects(src.resolve("com/example/one/package-info.java"), src.resolve("com/example/two/package-info.java")));
      task.setProcessors(List.of(new FailingFiler("com.example.one.")));
      assertEquals(false, task.call());
    }
    List<javax.tools.Diagnostic<? extends javax.tools.JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR).toList();
    assertEquals(1, errors.size(), errors.toString());
    String error = errors.get(0).getMessage(null);
    assertTrue(error.startsWith("[EasemobInternalError] the easemob-errors processor failed unexpectedly: java.lang.IllegalStateException: disk on fire."), error);
    assertTrue(error.contains("\tat org.easemoberrors.processor."), "with the stack trace: " + error);
    assertTrue(errors.get(0).getSource().getName().endsWith("one/package-info.java"), errors.get(0).getSource().getName());
    assertEquals(1, errors.get(0).getLineNumber(), "on the annotation's line, not the package's");
    assertTrue(Files.exists(gen.resolve("com/example/two/EasemobErrorMatcher.java")), "the other package generates");
  }

  @Test
  void anErrorOfTheJvmIsNotReportedAsTheProcessorsOwnFailure() throws Exception {
    Path src = dir.resolve("src");
    Path gen = Files.createDirectories(dir.resolve("gen"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createDirectories(src.resolve("com/example/one"));
    Files.writeString(src.resolve("com/example/one/package-info.java"), "@org.easemoberrors.EasemobErrors\npackage com.example.one;\n");
    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    javax.tools.DiagnosticCollector<javax.tools.JavaFileObject> diagnostics = new javax.tools.DiagnosticCollector<>();
    OutOfMemoryError error = new OutOfMemoryError("simulated");
    Throwable thrown;
    try (var files = javac.getStandardFileManager(null, null, java.nio.charset.StandardCharsets.UTF_8)) {
      var task = javac.getTask(null, files, diagnostics,
          List.of("-d", out.toString(), "-s", gen.toString(), "-classpath", System.getProperty("java.class.path")), null,
          files.getJavaFileObjects(src.resolve("com/example/one/package-info.java")));
      task.setProcessors(List.of(new FailingFiler("com.example.one.", () -> error)));
      thrown = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class, task::call);
    }
    Throwable cause = thrown;
    while (cause != null && cause != error) {
      cause = cause.getCause();
    }
    assertEquals(error, cause, "javac hands the error on: " + thrown);
    assertTrue(diagnostics.getDiagnostics().stream().noneMatch(d -> d.getMessage(null).contains("[EasemobInternalError]")),
        diagnostics.getDiagnostics().toString());
  }

  /** The processor, with a Filer that fails for the sources of one package. */
  static final class FailingFiler implements javax.annotation.processing.Processor {
    private final EasemobErrorsProcessor processor = new EasemobErrorsProcessor();
    private final String failing;
    private final java.util.function.Supplier<? extends Throwable> failure;

    FailingFiler(String failing) {
      this(failing, () -> new IllegalStateException("disk on fire"));
    }

    FailingFiler(String failing, java.util.function.Supplier<? extends Throwable> failure) {
      this.failing = failing;
      this.failure = failure;
    }

    @Override
    public void init(javax.annotation.processing.ProcessingEnvironment env) {
      javax.annotation.processing.Filer filer = env.getFiler();
      Object failingFiler = java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {javax.annotation.processing.Filer.class}, (proxy, method, args) -> {
            if (method.getName().equals("createSourceFile") && args[0].toString().startsWith(failing)) {
              throw failure.get();
            }
            try {
              return method.invoke(filer, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause();
            }
          });
      Object wrapped = java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {javax.annotation.processing.ProcessingEnvironment.class}, (proxy, method, args) -> {
            if (method.getName().equals("getFiler")) {
              return failingFiler;
            }
            try {
              return method.invoke(env, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause();
            }
          });
      processor.init((javax.annotation.processing.ProcessingEnvironment) wrapped);
    }

    @Override
    public java.util.Set<String> getSupportedOptions() {
      return processor.getSupportedOptions();
    }

    @Override
    public java.util.Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public javax.lang.model.SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
        javax.annotation.processing.RoundEnvironment round) {
      return processor.process(annotations, round);
    }

    @Override
    public Iterable<? extends javax.annotation.processing.Completion> getCompletions(javax.lang.model.element.Element element,
        javax.lang.model.element.AnnotationMirror annotation, javax.lang.model.element.ExecutableElement member, String userText) {
      return processor.getCompletions(element, annotation, member, userText);
    }
  }
}
