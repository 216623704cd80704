package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.easemoberrors.processor.testing.Compiles;
import org.junit.jupiter.api.Test;

/**
 * The engine files a package gets are the engine module's sources, byte for byte, apart from the
 * package line, the prefix of the engine's type names and {@code @Generated}: what users compile
 * is what the engine module tests.
 */
class EngineSourcesTest {
  private static final Path ENGINE = Path.of("../engine/src/main/java/org/easemoberrors/engine");
  private static final String GENERATED = "@javax.annotation.processing.Generated(\"org.easemoberrors.processor.EasemobErrorsProcessor\")\n";

  /** The generated sources of a package, by simple file name. */
  private static Map<String, String> generate(String pkg, String arguments) throws IOException {
    Compilation compilation = Compiles.compile(null, List.of(), Compiles.packageInfo(pkg, arguments));
    assertThat(compilation).succeededWithoutWarnings();
    return Compiles.generatedSources(compilation);
  }

  /** The generated file with the package, the prefix and the annotation put back as the engine has them. */
  private static String undo(String generated, String pkg, String prefix) {
    assertEquals(1, generated.split(GENERATED.replace("(", "\\(").replace(")", "\\)").replace(".", "\\."), -1).length - 1,
        "one @Generated on the class");
    return generated.replace("package " + pkg + ";\n", "package org.easemoberrors.engine;\n")
        .replace(GENERATED, "")
        .replaceAll("\\b" + prefix + "(Normalizer|Templates|Index|Texts|RetryAfter|Examples|MatchLevel|JacksonBody|GsonBody)\\b", "Easemob$1");
  }

  private static void sameAsTheEngine(Map<String, String> generated, String pkg, String prefix, List<String> types) throws IOException {
    for (String type : types) {
      String file = prefix + type + ".java";
      String engine = Files.readString(ENGINE.resolve("Easemob" + type + ".java"), StandardCharsets.UTF_8);
      assertEquals(engine, undo(generated.get(file), pkg, prefix), file + " differs from the engine's source");
    }
  }

  @Test
  void aPackageWithItsOwnPrefixGetsTheEngineSourcesWithJacksonsReader() throws IOException {
    Map<String, String> generated = generate("com.example.engine", "prefix = \"Im\"");
    sameAsTheEngine(generated, "com.example.engine", "Im", List.of("Normalizer", "Templates", "Index", "Texts", "RetryAfter", "Examples", "MatchLevel", "JacksonBody"));
    assertFalse(generated.containsKey("ImGsonBody.java"));
    assertFalse(generated.get("ImErrorMatcher.java").contains("EasemobIndex"), "the facade uses the renamed index");
  }

  @Test
  void gsonsReaderIsTheEngineSourceToo() throws IOException {
    Map<String, String> generated = generate("com.example.enginegson", "json = org.easemoberrors.EasemobErrors.Json.GSON");
    sameAsTheEngine(generated, "com.example.enginegson", "Easemob", List.of("Normalizer", "Templates", "Index", "Texts", "RetryAfter", "Examples", "MatchLevel", "GsonBody"));
    assertFalse(generated.containsKey("EasemobJacksonBody.java"));
  }

  @Test
  void withoutAJsonLibraryThereIsNoReader() throws IOException {
    Map<String, String> generated = generate("com.example.enginenone", "json = org.easemoberrors.EasemobErrors.Json.NONE");
    sameAsTheEngine(generated, "com.example.enginenone", "Easemob", List.of("Normalizer", "Templates", "Index", "Texts", "RetryAfter", "Examples", "MatchLevel"));
    assertFalse(generated.keySet().stream().anyMatch(f -> f.endsWith("Body.java")), generated.keySet().toString());
  }
}
