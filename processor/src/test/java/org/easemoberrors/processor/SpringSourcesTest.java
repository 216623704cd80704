package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.easemoberrors.processor.testing.Compiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A package gets the Spring handlers only when its compile has Spring, and they are the Spring
 * module's sources, compiling without a warning against Spring 6.2 and Spring 7 alike.
 */
class SpringSourcesTest {
  private static final Path SPRING = Path.of("../spring/src/main/java/org/easemoberrors/spring");
  private static final String GENERATED = "@javax.annotation.processing.Generated(\"org.easemoberrors.processor.EasemobErrorsProcessor\")\n";

  /** The jars of one Spring line, which the build copies to target/spring/6 and target/spring/7. */
  private static List<File> spring(String line, boolean webflux) throws IOException {
    List<File> jars = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("target/spring", line))) {
      files.sorted()
          .filter(f -> webflux || !f.getFileName().toString().startsWith("spring-webflux"))
          .forEach(f -> jars.add(f.toFile()));
    }
    assertTrue(jars.size() >= 8, "the build copied Spring " + line + ": " + jars);
    return jars;
  }

  private static Map<String, String> generate(String pkg, String arguments, List<File> extra) throws IOException {
    List<File> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    classpath.addAll(extra);
    Compilation compilation = Compiler.javac()
        .withProcessors(new EasemobErrorsProcessor())
        .withOptions("-Xlint:all", "-Werror")
        .withClasspath(classpath)
        .compile(Compiles.packageInfo(pkg, arguments));
    assertThat(compilation).succeededWithoutWarnings();
    return Compiles.generatedSources(compilation);
  }

  private static void sameAsTheModule(String generated, String pkg, String prefix, String type) throws IOException {
    String module = Files.readString(SPRING.resolve("Easemob" + type + ".java"), StandardCharsets.UTF_8);
    assertEquals(1, generated.split(java.util.regex.Pattern.quote(GENERATED), -1).length - 1, "one @Generated");
    String back = generated.replace("package " + pkg + ";\n", "package org.easemoberrors.spring;\n")
        .replace(GENERATED, "")
        .replaceAll("\\b" + prefix + "(ErrorMatcher|Exception|ResponseErrorHandler|ExchangeFilter)\\b", "Easemob$1");
    assertEquals(module, back, type + " differs from the Spring module's source");
  }

  @Test
  void withoutSpringNoSpringFileIsGenerated() throws IOException {
    Map<String, String> generated = generate("com.example.nospring", "", List.of());
    assertTrue(generated.containsKey("EasemobErrorMatcher.java"), generated.keySet().toString());
    assertFalse(generated.keySet().stream().anyMatch(f -> f.endsWith("ResponseErrorHandler.java") || f.endsWith("ExchangeFilter.java")),
        generated.keySet().toString());
  }

  @ParameterizedTest(name = "Spring {0}")
  @ValueSource(strings = {"6", "7"})
  void withSpringWebAndWebfluxBothHandlersCompileCleanly(String line) throws IOException {
    Map<String, String> generated = generate("com.example.spring" + line, "prefix = \"Im\"", spring(line, true));
    sameAsTheModule(generated.get("ImResponseErrorHandler.java"), "com.example.spring" + line, "Im", "ResponseErrorHandler");
    sameAsTheModule(generated.get("ImExchangeFilter.java"), "com.example.spring" + line, "Im", "ExchangeFilter");
    assertTrue(generated.get("ImResponseErrorHandler.java").contains("ImErrorMatcher.from("), "calls the package's matcher");
  }

  @Test
  void withSpringWebAloneOnlyTheResponseErrorHandler() throws IOException {
    Map<String, String> generated = generate("com.example.springweb", "", spring("7", false));
    assertTrue(generated.containsKey("EasemobResponseErrorHandler.java"), generated.keySet().toString());
    assertFalse(generated.containsKey("EasemobExchangeFilter.java"), generated.keySet().toString());
  }
}
