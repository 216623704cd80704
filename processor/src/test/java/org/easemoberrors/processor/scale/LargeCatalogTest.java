package org.easemoberrors.processor.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.easemoberrors.processor.EasemobErrorsProcessor;
import org.easemoberrors.processor.generate.CodeSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue of about as many entries as one enum can hold: {@code exceptionClasses = STATUS_ONLY}
 * compiles it warning-free at {@code --release 8} into a working matcher whose error type is still
 * an enum, and one entry more is refused in either mode with the processor's message rather than
 * javac's "code too large".
 */
class LargeCatalogTest {
  /** The most entries that fit, rounded down to keep the picks of the last entries below in step with the kinds. */
  private static final int ENTRIES = CodeSize.maxEntries() / 6 * 6;
  private static final int[] STATUSES = {400, 401, 403, 404, 429, 500, 503};

  @TempDir Path dir;

  /**
   * Entries of three kinds: exact description, template with a placeholder (its distinctive
   * literal first or last), code only.
   */
  private static String catalogue(int entries) {
    StringBuilder y = new StringBuilder("catalog: 1\nlocales: [en]\nfallbackLocale: en\nclasses:\n");
    y.append("  4xx: {action: fix_request, description: {en: Client error.}}\n");
    y.append("  5xx: {action: alert, description: {en: Server error.}}\n");
    y.append("statuses:\n");
    for (int s : STATUSES) {
      y.append("  ").append(s).append(": {name: S").append(s).append(", action: fix_request, description: {en: S.}}\n");
    }
    y.append("entries:\n");
    for (int i = 0; i < entries; i++) {
      y.append("  - id: e-").append(i).append("\n    status: ").append(STATUSES[i % STATUSES.length]).append('\n');
      switch (i % 3) {
        case 0 -> y.append("    error: shared\n    description: \"Entry ").append(i).append(" failed\"\n");
        case 1 -> y.append(i % 2 == 0
            ? "    error: shared\n    description: \"Entry " + i + " refused {who} today\"\n"
            : "    error: shared\n    description: \"{who} was refused by entry " + i + " tonight\"\n");
        default -> y.append("    error: code_").append(i).append('\n');
      }
      y.append("    causes: {en: \"Cause ").append(i).append(".\"}\n");
    }
    return y.toString();
  }

  private List<Diagnostic<? extends JavaFileObject>> compile(int entries, String exceptionClasses, Path out) throws IOException {
    Path catalog = dir.resolve("catalog");
    Files.createDirectories(catalog);
    Files.writeString(catalog.resolve("big.yaml"), catalogue(entries));
    Path source = dir.resolve("src/big/package-info.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "@org.easemoberrors.EasemobErrors(catalog = \"big.yaml\", defaultCatalog = false,"
        + " exceptionClasses = org.easemoberrors.EasemobErrors.ExceptionClasses." + exceptionClasses + ")\npackage big;\n");
    Files.createDirectories(out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of("--release", "8", "-Xlint:all,-options,-processing", "-Werror", "-classpath", classPath,
              "-Aeasemob.errors.path=" + catalog, "-d", out.toString(), "-s", out.toString()),
          null, files.getJavaFileObjects(source));
      task.setProcessors(List.of(new EasemobErrorsProcessor()));
      task.call();
    }
    List<Diagnostic<? extends JavaFileObject>> problems = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.NOTE) {
        problems.add(d);
      }
    }
    return problems;
  }

  @Test
  void statusOnlyCompilesIntoAWorkingMatcher() throws Exception {
    Path out = dir.resolve("out");
    List<Diagnostic<? extends JavaFileObject>> problems = compile(ENTRIES, "STATUS_ONLY", out);
    assertTrue(problems.isEmpty(), problems.toString());
    try (Stream<Path> classes = Files.walk(out)) {
      assertFalse(classes.anyMatch(p -> p.getFileName().toString().startsWith("E0")), "no class per entry");
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> matcher = loader.loadClass("big.EasemobErrorMatcher");
      Class<?> error = loader.loadClass("big.EasemobError");
      assertTrue(error.isEnum(), "the error type is an enum in every mode");
      Object[] values = (Object[]) error.getMethod("values").invoke(null);
      assertEquals(ENTRIES, values.length);
      Method match = matcher.getMethod("matchFields", int.class, String.class, String.class);
      Method from = matcher.getMethod("fromFields", int.class, String.class, String.class);

      // The last entries of each kind, so the lookup goes through the full tables.
      int exact = ENTRIES - 3;
      Object m = match.invoke(null, STATUSES[exact % STATUSES.length], "shared", "Entry " + exact + " failed");
      assertEquals("e-" + exact, m.getClass().getMethod("entryId").invoke(m));
      int template = ENTRIES - 2;
      m = match.invoke(null, STATUSES[template % STATUSES.length], "other", "Entry " + template + " refused  Ann today");
      assertEquals("e-" + template, m.getClass().getMethod("entryId").invoke(m));
      assertEquals(Map.of("who", "Ann"), m.getClass().getMethod("params").invoke(m));
      int last = ENTRIES - 5;
      m = match.invoke(null, STATUSES[last % STATUSES.length], "shared", "Bo was refused by entry " + last + " tonight");
      assertEquals("e-" + last, m.getClass().getMethod("entryId").invoke(m));
      assertEquals(Map.of("who", "Bo"), m.getClass().getMethod("params").invoke(m));
      int code = ENTRIES - 1;
      m = match.invoke(null, STATUSES[code % STATUSES.length], "code_" + code, "anything");
      assertEquals("e-" + code, m.getClass().getMethod("entryId").invoke(m));
      Object unknown = match.invoke(null, 400, "shared", "Entry 3 failed");
      assertNull(unknown.getClass().getMethod("entry").invoke(unknown), "entry 3 is a 404");

      // Every entry is thrown as its status's exception.
      Object e = from.invoke(null, STATUSES[code % STATUSES.length], "code_" + code, null);
      int status = STATUSES[code % STATUSES.length];
      assertEquals("big.Easemob" + (status < 500 ? "Client" : "Server") + "Exception$S" + status, e.getClass().getName());
      Object entry = error.getMethod("ofId", String.class).invoke(null, "e-" + code);
      assertSame(entry, e.getClass().getMethod("entry").invoke(e));
      assertSame(e.getClass(), error.getMethod("exceptionType").invoke(entry));

      // A match survives serialization with its entry still the one instance.
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
        o.writeObject(m);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
        @Override
        protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
          return Class.forName(desc.getName(), false, loader);
        }
      }) {
        Object copy = in.readObject();
        assertEquals(m, copy);
        assertSame(m.getClass().getMethod("entry").invoke(m), copy.getClass().getMethod("entry").invoke(copy));
      }
    }
  }

  @Test
  void eitherModeRefusesOneEntryMore() throws Exception {
    for (String mode : List.of("ALL", "STATUS_ONLY")) {
      List<Diagnostic<? extends JavaFileObject>> problems = compile(CodeSize.maxEntries() + 1, mode, dir.resolve("out-" + mode));
      assertEquals(1, problems.size(), problems.toString());
      String message = problems.get(0).getMessage(null);
      assertTrue(message.contains("[EasemobTooManyEntries]"), message);
      assertNotNull(problems.get(0).getSource(), "reported on the annotation");
    }
  }
}
