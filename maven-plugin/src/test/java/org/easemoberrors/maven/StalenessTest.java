package org.easemoberrors.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalenessTest {
  @TempDir Path root;

  private Path write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private Path record(String... lines) throws IOException {
    return write("target/generated-sources/annotations/com/acme/errors/" + InputRecord.FILE_NAME,
        "# comment\nversion\t1\nclass\tcom/acme/errors/package-info.class\n" + String.join("\n", lines) + "\n");
  }

  private static String sha(String text) {
    return Staleness.sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  private CatalogLookup lookup(Path... classPath) {
    return new CatalogLookup(List.of(root.resolve("src/main/java")), root.resolve("target/classes"), List.of(classPath));
  }

  @Test
  void sameBytesInTheClassOutputAreUpToDate() throws IOException {
    write("target/classes/app.yaml", "catalog: 1\n");
    InputRecord record = InputRecord.read(record("catalog\t" + sha("catalog: 1\n") + "\tapp.yaml"));
    try (CatalogLookup lookup = lookup()) {
      assertNull(Staleness.reason(record, lookup, null));
    }
  }

  @Test
  void anEditIsSeen() throws IOException {
    write("target/classes/app.yaml", "catalog: 1\nentries: []\n");
    InputRecord record = InputRecord.read(record("catalog\t" + sha("catalog: 1\n") + "\tapp.yaml"));
    try (CatalogLookup lookup = lookup()) {
      String reason = Staleness.reason(record, lookup, null);
      assertTrue(reason.startsWith("catalogue app.yaml changed"), reason);
    }
  }

  @Test
  void aRemovedFileIsSeen() throws IOException {
    InputRecord record = InputRecord.read(record("catalog\t" + sha("catalog: 1\n") + "\tapp.yaml"));
    try (CatalogLookup lookup = lookup()) {
      assertEquals("catalogue app.yaml is gone", Staleness.reason(record, lookup, null));
    }
  }

  @Test
  void theSearchPathComesFirstAndIsRelativeToTheRecord() throws IOException {
    write("catalogs/app.yaml", "catalog: 1\n");
    write("target/classes/app.yaml", "something else\n");
    InputRecord record = InputRecord.read(record("search\t../../../../../../catalogs", "catalog\t" + sha("catalog: 1\n") + "\tapp.yaml"));
    assertEquals(List.of(root.resolve("catalogs")), record.searchPath);
    try (CatalogLookup lookup = lookup()) {
      assertNull(Staleness.reason(record, lookup, null));
    }
  }

  @Test
  void aCatalogueInAJarOnTheClassPath() throws IOException {
    Path jar = root.resolve("shared.jar");
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("com/acme/shared.yaml"));
      zip.write("catalog: 1\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Path otherDir = Files.createDirectories(root.resolve("other/classes"));
    try (CatalogLookup lookup = lookup(otherDir, jar)) {
      assertNull(Staleness.reason(InputRecord.read(record("catalog\t" + sha("catalog: 1\n") + "\tcom/acme/shared.yaml")), lookup, null));
      String reason = Staleness.reason(InputRecord.read(record("catalog\t" + sha("catalog: 2\n") + "\tcom/acme/shared.yaml")), lookup, null);
      assertTrue(reason.contains("shared.jar!/com/acme/shared.yaml"), reason);
    }
  }

  private Path jar(String name, String entry, String text) throws IOException {
    Path jar = root.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return jar;
  }

  private static final String DEFAULT = "catalog: 1\nentries: []\n";

  private InputRecord usesTheDefault(String text) throws IOException {
    return InputRecord.read(record("default\t" + sha(text) + "\t" + InputRecord.DEFAULT_RESOURCE));
  }

  @Test
  void theDefaultCatalogueIsComparedWithTheOneOnTheProcessorPath() throws IOException {
    Path processor = jar("easemob-errors-processor.jar", InputRecord.DEFAULT_RESOURCE, DEFAULT);
    InputRecord record = usesTheDefault(DEFAULT);
    assertEquals(sha(DEFAULT), record.defaultCatalog.sha256);
    assertEquals(InputRecord.DEFAULT_RESOURCE, record.defaultCatalog.name);
    try (CatalogLookup lookup = lookup()) {
      assertNull(Staleness.reason(record, lookup, List.of(processor)));
      String reason = Staleness.reason(usesTheDefault("catalog: 1\n"), lookup, List.of(processor));
      assertEquals("default catalogue changed (" + processor + "!/" + InputRecord.DEFAULT_RESOURCE + ")", reason);
    }
  }

  @Test
  void theFirstEntryOfTheProcessorPathWins() throws IOException {
    // As in javac's processor class loader: a directory (a reactor module's classes) or a jar,
    // in the order the compiler plugin resolved them.
    write("catalog/target/classes/" + InputRecord.DEFAULT_RESOURCE, DEFAULT);
    Path later = jar("old-catalog.jar", InputRecord.DEFAULT_RESOURCE, "catalog: 1\n");
    Path nothing = Files.createDirectories(root.resolve("processor/target/classes"));
    try (CatalogLookup lookup = lookup()) {
      List<Path> path = List.of(nothing, root.resolve("catalog/target/classes"), later);
      assertNull(Staleness.reason(usesTheDefault(DEFAULT), lookup, path));
      assertTrue(Staleness.reason(usesTheDefault("catalog: 1\n"), lookup, path).startsWith("default catalogue changed ("));
    }
  }

  @Test
  void theDefaultCatalogueIsNotLookedUpAmongTheUsersFiles() throws IOException {
    // A copy in the class output is not what the processor loads.
    write("target/classes/" + InputRecord.DEFAULT_RESOURCE, "catalog: 1\n");
    Path processor = jar("easemob-errors-processor.jar", InputRecord.DEFAULT_RESOURCE, DEFAULT);
    try (CatalogLookup lookup = lookup()) {
      assertNull(Staleness.reason(usesTheDefault(DEFAULT), lookup, List.of(processor)));
    }
  }

  @Test
  void withoutAProcessorPathTheDefaultCatalogueIsNotCompared() throws IOException {
    try (CatalogLookup lookup = lookup()) {
      assertNull(Staleness.reason(usesTheDefault("catalog: 1\n"), lookup, null));
    }
  }

  @Test
  void aPackageWithoutTheDefaultCatalogueIgnoresIt() throws IOException {
    Path processor = jar("easemob-errors-processor.jar", InputRecord.DEFAULT_RESOURCE, DEFAULT);
    write("target/classes/app.yaml", "catalog: 1\n");
    InputRecord record = InputRecord.read(record("catalog\t" + sha("catalog: 1\n") + "\tapp.yaml"));
    assertNull(record.defaultCatalog);
    try (CatalogLookup lookup = lookup()) {
      assertNull(Staleness.reason(record, lookup, List.of(processor)));
    }
  }

  @Test
  void recordsAreFoundUnderTheGeneratedSources() throws IOException {
    Path one = record();
    write("target/generated-sources/annotations/com/acme/other/Foo.java", "class Foo {}");
    assertEquals(List.of(one), InputRecord.find(root.resolve("target/generated-sources/annotations")));
    assertEquals(List.of(), InputRecord.find(root.resolve("target/nothing-here")));
  }

  @Test
  void anUnknownVersionIsRefused() throws IOException {
    Path file = write("x/" + InputRecord.FILE_NAME, "version\t2\nclass\tA.class\n");
    assertThrows(IOException.class, () -> InputRecord.read(file));
  }
}
