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
    assertTrue(errors.get(0).contains(huge + ": error: [EasemobCatalogTooLarge] the catalogue file is 3,221,225,472 bytes; the limit is 4,194,304"),
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
    assertTrue(errors.get(0).contains("big/errors.yaml: error: [EasemobCatalogTooLarge] the catalogue file is larger than the limit of 4,194,304 bytes"),
        errors.get(0));
  }
}
