package org.easemoberrors.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages name the file a user edits, not Maven's copy of it in target/classes. */
class CatalogLocatorTest {
  @TempDir Path project;

  @Test
  void aCopyInTheClassOutputIsTracedBackToSrcMainResources() throws Exception {
    byte[] yaml = "catalog: 1\n".getBytes();
    Path original = project.resolve("src/main/resources/im/errors.yaml");
    Path copy = project.resolve("target/classes/im/errors.yaml");
    Files.createDirectories(original.getParent());
    Files.createDirectories(copy.getParent());
    Files.write(original, yaml);
    Files.write(copy, yaml);
    assertEquals(original, CatalogLocator.editedFile(StandardLocation.CLASS_OUTPUT, copy, "im/errors.yaml", yaml));
  }

  @Test
  void aCopyThatDiffersFromItsOriginalKeepsItsOwnName() throws Exception {
    Path original = project.resolve("src/main/resources/errors.yaml");
    Path copy = project.resolve("target/classes/errors.yaml");
    Files.createDirectories(original.getParent());
    Files.createDirectories(copy.getParent());
    Files.write(original, "catalog: 1\n".getBytes());
    Files.write(copy, "catalog: 1\nlocales: [en]\n".getBytes());
    assertEquals(copy, CatalogLocator.editedFile(StandardLocation.CLASS_OUTPUT, copy, "errors.yaml", Files.readAllBytes(copy)));
  }

  @Test
  void filesFoundElsewhereKeepTheirNames() {
    Path p = project.resolve("errors.yaml");
    assertEquals(p, CatalogLocator.editedFile(StandardLocation.SOURCE_PATH, p, "errors.yaml", new byte[0]));
  }
}
