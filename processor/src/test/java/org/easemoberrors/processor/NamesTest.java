package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.easemoberrors.processor.testing.CompiledClasses;
import org.easemoberrors.processor.testing.Compiles;
import org.easemoberrors.processor.testing.Generated;
import org.easemoberrors.processor.validate.ReservedNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated names never shadow: every top-level type starts with the prefix, statuses and entries
 * are nested, and a name that would still collide is a compile error before any file is written.
 */
class NamesTest {
  private static final List<String> JDK_PACKAGES =
      List.of("java.lang", "java.io", "java.util", "java.util.concurrent", "java.net", "java.nio.file",
          "java.security", "java.sql", "java.text", "java.time");

  @TempDir Path dir;

  /** The public types of the JDK packages, asked of a javac of its own, apart from the processor. */
  private static Set<String> jdkTypeNames() throws IOException {
    JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler().getTask(null, null, null, null, null,
        List.of(JavaFileObjects.forSourceString("A", "class A {}")));
    task.analyze();
    Elements elements = task.getElements();
    Set<String> names = new TreeSet<>();
    for (String pkg : JDK_PACKAGES) {
      PackageElement p = elements.getPackageElement(pkg);
      assertTrue(p != null, pkg);
      for (Element e : p.getEnclosedElements()) {
        if (e instanceof TypeElement && e.getModifiers().contains(Modifier.PUBLIC)) {
          names.add(e.getSimpleName().toString());
        }
      }
    }
    assertTrue(names.contains("FileNotFoundException") && names.contains("InvalidParameterException"), "sanity: " + names.size());
    return names;
  }

  private static Set<String> topLevelNames(Compilation compilation) {
    Set<String> names = new TreeSet<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      names.add(path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length()));
    }
    return names;
  }

  @Test
  void noTopLevelNameOfTheDefaultCatalogueIsAJdkOrWebType() throws IOException {
    Compilation compilation = Compiles.compile(null, List.of(), Compiles.packageInfo("com.example.names", ""));
    assertThat(compilation).succeededWithoutWarnings();
    Set<String> generated = topLevelNames(compilation);
    assertTrue(generated.contains("EasemobClientException") && generated.contains("EasemobErrorMatcher"), generated.toString());
    assertTrue(generated.stream().allMatch(n -> n.startsWith("Easemob")), generated.toString());
    Set<String> clashes = new TreeSet<>(generated);
    clashes.retainAll(jdkTypeNames());
    assertEquals(Set.of(), clashes, "generated top-level names that are JDK types");
    clashes = new TreeSet<>(generated);
    clashes.retainAll(ReservedNames.WEB_EXCEPTIONS.keySet());
    assertEquals(Set.of(), clashes, "generated top-level names that are JAX-RS or Spring exceptions");
    // The names the issue found in the sample package are now nested.
    String client = source(compilation, "com.example.names.EasemobClientException");
    assertTrue(client.contains("public static class NotFound extends EasemobClientException {"), "NotFound is nested");
    assertTrue(client.contains("public static final class InvalidParameter extends"), "InvalidParameter is nested");
  }

  private static String source(Compilation compilation, String type) throws IOException {
    return compilation.generatedSourceFile(type).orElseThrow().getCharContent(true).toString();
  }

  @Test
  void aCatchNamesTheStatusAndTheEntry() {
    Compilation compilation =
        Compiles.compile(null, List.of("-Xlint:all", "-Werror"),
            Compiles.packageInfo("com.acme.errors", ""),
            JavaFileObjects.forSourceString("com.acme.app.Register",
                "package com.acme.app;\n\n"
                    + "import com.acme.errors.EasemobClientException.BadRequest;\n"
                    + "import com.acme.errors.EasemobErrorMatcher;\n"
                    + "import com.acme.errors.EasemobServerException;\n\n"
                    + "class Register {\n"
                    + "  static String register(int status, String body) {\n"
                    + "    try {\n"
                    + "      throw EasemobErrorMatcher.from(status, body);\n"
                    + "    } catch (BadRequest.DuplicateUsername e) {\n"
                    + "      return \"taken: \" + e.value();\n"
                    + "    } catch (BadRequest e) {\n"
                    + "      return \"bad request\";\n"
                    + "    } catch (EasemobServerException.ServiceUnavailable e) {\n"
                    + "      return \"later\";\n"
                    + "    } catch (RuntimeException e) {\n"
                    + "      return \"other\";\n"
                    + "    }\n"
                    + "  }\n"
                    + "}\n"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @ParameterizedTest(name = "prefix {0}")
  @CsvSource({
    "Runtime, RuntimeException, java.lang.RuntimeException",
    "Timeout, TimeoutException, java.util.concurrent.TimeoutException",
    "NotFound, NotFoundException, javax.ws.rs.NotFoundException and jakarta.ws.rs.NotFoundException",
    "HttpClientError, HttpClientErrorException, org.springframework.web.client.HttpClientErrorException",
  })
  void aPrefixThatMakesAReservedNameIsAnError(String prefix, String type, String other) {
    Compilation compilation = Compiles.compile(null, List.of(), Compiles.packageInfo("com.example.p", "prefix = \"" + prefix + "\""));
    assertThat(compilation).hadErrorContaining(
        "[EasemobBadPrefix] prefix '" + prefix + "' makes the type " + type + ", which is also the name of " + other);
  }

  @Test
  void aTypeThePackageAlreadyHasIsAnErrorOnTheAnnotationAndNothingIsWritten() {
    Compilation compilation =
        Compiles.compile(null, List.of(),
            Compiles.packageInfo("com.example.own", ""),
            JavaFileObjects.forSourceString("com.example.own.EasemobException",
                "package com.example.own;\npublic class EasemobException extends RuntimeException {\n"
                    + "  private static final long serialVersionUID = 1L;\n}\n"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(
        "[EasemobNameClash] the package already has a type com.example.own.EasemobException, which the processor would generate");
    assertTrue(compilation.errors().stream().noneMatch(d -> d.getMessage(null).contains("FilerException")), compilation.errors().toString());
  }

  @Test
  void theClassesOfAnEarlierBuildOnTheClassPathAreNoClash() throws IOException {
    Path src = java.nio.file.Files.createDirectories(dir.resolve("src/com/example/again"));
    java.nio.file.Files.writeString(src.resolve("package-info.java"), "@org.easemoberrors.EasemobErrors\npackage com.example.again;\n");
    Path first = java.nio.file.Files.createDirectories(dir.resolve("first"));
    Path second = java.nio.file.Files.createDirectories(dir.resolve("second"));
    String classPath = System.getProperty("java.class.path");
    for (Path out : List.of(first, second)) {
      javax.tools.JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      java.io.StringWriter log = new java.io.StringWriter();
      try (var files = javac.getStandardFileManager(null, null, java.nio.charset.StandardCharsets.UTF_8)) {
        var task = javac.getTask(log, files, null,
            List.of("-d", out.toString(), "-s", out.toString(), "-classpath", first + java.io.File.pathSeparator + classPath),
            null, files.getJavaFileObjects(src.resolve("package-info.java")));
        task.setProcessors(List.of(new EasemobErrorsProcessor()));
        assertTrue(task.call(), log.toString());
      }
    }
    assertTrue(java.nio.file.Files.exists(second.resolve("com/example/again/EasemobException.class")));
  }

  @Test
  void anEntryClassNamedLikeAJavaLangTypeStaysNested() {
    Compiles.catalogDir(dir, "own.yaml",
        "catalog: 1\nentries:\n  - id: string\n    status: 400\n    error: acme_string\n"
            + "    description: \"bad string {value}\"\n    causes: {zh_CN: \"坏 {value}\", en: \"Bad {value}.\"}\n"
            + "  - id: override\n    status: 400\n    error: acme_override\n    causes: {zh_CN: 坏, en: Bad.}\n");
    Compilation compilation =
        Compiles.compile(dir, List.of("-Xlint:all", "-Werror"), Compiles.packageInfo("com.example.lang", "catalog = \"own.yaml\""));
    assertThat(compilation).succeededWithoutWarnings();
    Generated api = new Generated(new CompiledClasses(compilation), "com.example.lang");
    assertEquals("com.example.lang.EasemobClientException.BadRequest.String",
        api.matchFields(400, "acme_string", "bad string x").toException().getClass().getCanonicalName());
  }

  @Test
  void statusOnlyNestsNoEntryClasses() throws IOException {
    Compilation compilation =
        Compiles.compile(null, List.of("-Xlint:all", "-Werror"),
            Compiles.packageInfo("com.example.statusonly", "exceptionClasses = org.easemoberrors.EasemobErrors.ExceptionClasses.STATUS_ONLY"));
    assertThat(compilation).succeededWithoutWarnings();
    String client = source(compilation, "com.example.statusonly.EasemobClientException");
    assertTrue(client.contains("public static class BadRequest extends EasemobClientException {"), client);
    assertFalse(client.contains("DuplicateUsername"), "no entry class");
    assertFalse(client.contains("public static final class"), "no entry class at all");
  }

  @Test
  void entriesOfTwoStatusesMayShareAClassNameAndAnUnlistedStatusNestsInItsClass() {
    Compiles.catalogDir(dir, "own.yaml",
        """
        catalog: 1
        entries:
          - id: locked
            status: 403
            error: acme_locked
            causes: {zh_CN: 锁定, en: Locked.}
          - id: locked-again
            class: Locked
            status: 409
            error: acme_locked
            causes: {zh_CN: 锁定, en: Locked.}
          - id: teapot
            status: 418
            error: acme_teapot
            causes: {zh_CN: 茶壶, en: A teapot.}
        """);
    Compilation compilation =
        Compiles.compile(dir, List.of("-Xlint:all", "-Werror"), Compiles.packageInfo("com.example.twice", "catalog = \"own.yaml\""));
    assertThat(compilation).succeededWithoutWarnings();
    Generated api = new Generated(new CompiledClasses(compilation), "com.example.twice");
    assertEquals("com.example.twice.EasemobClientException.Forbidden.Locked", api.matchFields(403, "acme_locked", null).toException().getClass().getCanonicalName());
    assertEquals("com.example.twice.EasemobClientException.Conflict.Locked", api.matchFields(409, "acme_locked", null).toException().getClass().getCanonicalName());
    assertEquals("com.example.twice.EasemobClientException.Teapot", api.matchFields(418, "acme_teapot", null).toException().getClass().getCanonicalName());
  }

  @Test
  void anEntryAtAnUnlistedStatusCannotTakeAStatusClassName() {
    Compiles.catalogDir(dir, "own.yaml",
        "catalog: 1\nentries:\n  - id: not-found\n    status: 418\n    error: acme_teapot\n    causes: {zh_CN: 茶壶, en: A teapot.}\n");
    Compilation compilation = Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.clash", "catalog = \"own.yaml\""));
    assertThat(compilation).hadErrorContaining(
        "[EasemobNameClash] entry 'not-found' would generate EasemobClientException.NotFound, which status 404 also generates");
  }
}
