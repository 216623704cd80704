package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.easemoberrors.processor.testing.Compiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated sources and message files of a small catalogue, compared byte for byte with golden
 * files under {@code src/test/resources/golden/com/example/im}. After an intended change to the
 * generator, run with {@code -Deasemob.golden.update=true} to rewrite them, and review the diff.
 * The engine's files are left out: they are the engine module's own sources, which {@code
 * EngineSourcesTest} compares them with, so a golden copy would only repeat them.
 */
class GoldenSourcesTest {
  private static final String PKG = "com.example.im";
  private static final Path GOLDEN = Path.of("src/test/resources/golden/com/example/im");

  /** Where the processor's jar holds the engine's sources that it copies into each package. */
  private static final String ENGINE_SOURCES = "/org/easemoberrors/processor/engine/";

  @TempDir Path dir;

  private Map<String, String> generate() throws IOException {
    Compiles.catalogDir(dir, "small.yaml", Compiles.resource("golden/small.yaml"));
    Compilation compilation =
        Compiles.compile(dir, List.of(), Compiles.packageInfo(PKG, "catalog = \"small.yaml\", defaultCatalog = false"));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> out = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      boolean source = path.endsWith(".java");
      boolean messages = path.endsWith(".properties");
      boolean reference = path.endsWith(".md");
      String name = path.substring(path.lastIndexOf('/') + 1);
      boolean engine = GoldenSourcesTest.class.getResource(ENGINE_SOURCES + name) != null;
      if ((source || messages || reference) && !engine) {
        try (InputStream in = file.openInputStream()) {
          out.put(path.substring(path.lastIndexOf('/') + 1), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  @Test
  void generatedFilesMatchTheGoldenFiles() throws IOException {
    Map<String, String> generated = generate();
    if (Boolean.getBoolean("easemob.golden.update")) {
      Files.createDirectories(GOLDEN);
      try (Stream<Path> old = Files.list(GOLDEN)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
      for (Map.Entry<String, String> e : generated.entrySet()) {
        Files.writeString(GOLDEN.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
    }
    Map<String, String> golden = new TreeMap<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      for (Path p : files.toList()) {
        golden.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    assertEquals(golden.keySet(), generated.keySet(), "the set of generated files");
    for (String name : golden.keySet()) {
      assertEquals(golden.get(name), generated.get(name), name + " differs from its golden file");
    }
  }

  @Test
  void theSameCatalogueGivesTheSameBytes() throws IOException {
    assertEquals(generate(), generate());
  }

  @Test
  void generatedSourcesArePureAscii() throws IOException {
    for (Map.Entry<String, String> e : generate().entrySet()) {
      if (e.getKey().endsWith(".md")) {
        continue; // the reference is UTF-8 text for people, not a source
      }
      assertTrue(e.getValue().chars().allMatch(c -> c < 0x80), e.getKey() + " has non-ASCII characters");
    }
  }
}
