package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.easemoberrors.processor.testing.Compiles;
import org.junit.jupiter.api.Test;

/**
 * The README's "In your code" example compiles against the code generated for {@code
 * com.acme.errors}, as written: its imports, its catches and the methods it calls.
 */
class ReadmeExampleTest {

  /** The first Java block after the heading, split into its imports and the rest. */
  static List<List<String>> example() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int heading = readme.indexOf("\n### In your code\n");
    assertTrue(heading >= 0, "the README has an 'In your code' section");
    int start = readme.indexOf("```java\n", heading) + "```java\n".length();
    String block = readme.substring(start, readme.indexOf("```\n", start));
    List<String> imports = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String line : block.split("\n")) {
      if (line.startsWith("import ")) {
        imports.add(line);
      } else if (!line.strip().equals("…")) {
        body.add(line);
      }
    }
    return List.of(imports, body);
  }

  @Test
  void theInYourCodeExampleCompiles() throws IOException {
    List<List<String>> example = example();
    assertTrue(example.get(0).contains("import com.acme.errors.EasemobClientException.BadRequest;"), example.get(0).toString());
    String source =
        "package com.acme.app;\n\n"
            + String.join("\n", example.get(0)) + "\n"
            + "import java.net.http.HttpClient;\n"
            + "import java.net.http.HttpRequest;\n"
            + "import java.net.http.HttpResponse;\n"
            + "import java.util.List;\n"
            + "import java.util.Locale;\n\n"
            + "class Example {\n"
            + "  interface Users { void create(String name, String password); }\n"
            + "  interface Log { void info(String format, Object arg); void warn(String format, Object a, Object b); }\n"
            + "  interface Tokens { void refresh(); }\n"
            + "  interface Alerts { void raise(String message, List<String> causes); }\n"
            + "  interface Scheduler { void retryIn(java.time.Duration wait); }\n\n"
            + "  void run(HttpClient http, HttpRequest request, Users users, Log log, Tokens tokens, Alerts alerts,\n"
            + "      Scheduler scheduler,\n"
            + "      String name, String password) throws Exception {\n"
            + String.join("\n", example.get(1)) + "\n"
            + "  }\n"
            + "}\n";
    Compilation compilation =
        Compiles.compile(null, List.of("-Xlint:all", "-Werror"),
            Compiles.packageInfo("com.acme.errors", ""),
            JavaFileObjects.forSourceString("com.acme.app.Example", source));
    assertThat(compilation).succeededWithoutWarnings();
  }
}
