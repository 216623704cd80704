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
import org.easemoberrors.inputs.InputRecord;
import org.easemoberrors.inputs.ProcessorIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records are written with {@link InputRecord}, the class the processor writes them with, into
 * the directory where the processor leaves them, and read back from that file as the goal does.
 */
class StalenessTest {
  private static final String PKG_DIR = "target/generated-sources/annotations/com/acme/errors/";
  private static final String CLASS_FILE = "com/acme/errors/package-info.class";

  @TempDir Path root;

  private Path write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The record file of a package that read these catalogues (by name and bytes then). */
  private Path record(List<String> searchPath, InputRecord.Catalog defaultCatalog, InputRecord.Catalog... catalogs) throws IOException {
    Path file = root.resolve(PKG_DIR + InputRecord.FILE_NAME);
    List<String> search = searchPath.stream().map(dir -> InputRecord.relative(file.getParent(), root.resolve(dir))).toList();
    new InputRecord(CLASS_FILE, search, defaultCatalog, List.of(catalogs)).write(file);
    return file;
  }

  private Path readAs(String name, String text) throws IOException {
    return record(List.of(), null, InputRecord.Catalog.of(name, utf8(text)));
  }

  private static String reason(Path file, CatalogLookup lookup, List<Path> processorPath) throws IOException {
    return Staleness.reason(file, InputRecord.read(file), lookup, processorPath);
  }

  private CatalogLookup lookup(Path... classPath) {
    return new CatalogLookup(List.of(root.resolve("src/main/java")), root.resolve("target/classes"), List.of(classPath));
  }

  @Test
  void sameBytesInTheClassOutputAreUpToDate() throws IOException {
    write("target/classes/app.yaml", "catalog: 1\n");
    Path record = readAs("app.yaml", "catalog: 1\n");
    try (CatalogLookup lookup = lookup()) {
      assertNull(reason(record, lookup, null));
    }
  }

  @Test
  void anEditIsSeen() throws IOException {
    write("target/classes/app.yaml", "catalog: 1\nentries: []\n");
    Path record = readAs("app.yaml", "catalog: 1\n");
    try (CatalogLookup lookup = lookup()) {
      String reason = reason(record, lookup, null);
      assertTrue(reason.startsWith("catalogue app.yaml changed"), reason);
    }
  }

  @Test
  void aRemovedFileIsSeen() throws IOException {
    Path record = readAs("app.yaml", "catalog: 1\n");
    try (CatalogLookup lookup = lookup()) {
      assertEquals("catalogue app.yaml is gone", reason(record, lookup, null));
    }
  }

  @Test
  void theSearchPathComesFirstAndIsRelativeToTheRecord() throws IOException {
    write("catalogs/app.yaml", "catalog: 1\n");
    write("target/classes/app.yaml", "something else\n");
    Path file = record(List.of("catalogs"), null, InputRecord.Catalog.of("app.yaml", utf8("catalog: 1\n")));
    InputRecord record = InputRecord.read(file);
    assertEquals(List.of("../../../../../../catalogs"), record.searchPath());
    assertEquals(List.of(root.resolve("catalogs")), record.searchPath(file.getParent()));
    try (CatalogLookup lookup = lookup()) {
      assertNull(Staleness.reason(file, record, lookup, null));
    }
  }

  @Test
  void theSourceRootsComeBeforeTheClassOutput() throws IOException {
    write("src/main/java/app.yaml", "catalog: 1\n");
    write("target/classes/app.yaml", "something else\n");
    try (CatalogLookup lookup = lookup()) {
      assertNull(reason(readAs("app.yaml", "catalog: 1\n"), lookup, null));
      assertTrue(reason(readAs("app.yaml", "something else\n"), lookup, null).contains("src/main/java/app.yaml"));
    }
  }

  @Test
  void aCatalogueInAJarOnTheClassPath() throws IOException {
    Path jar = jar("shared.jar", "com/acme/shared.yaml", "catalog: 1\n");
    Path otherDir = Files.createDirectories(root.resolve("other/classes"));
    try (CatalogLookup lookup = lookup(otherDir, jar)) {
      assertNull(reason(readAs("/com/acme/shared.yaml", "catalog: 1\n"), lookup, null));
      String reason = reason(readAs("com/acme/shared.yaml", "catalog: 2\n"), lookup, null);
      assertTrue(reason.contains("shared.jar!/com/acme/shared.yaml"), reason);
    }
  }

  private Path jar(String name, String entry, String text) throws IOException {
    Path jar = root.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(utf8(text));
      zip.closeEntry();
    }
    return jar;
  }

  private static final String DEFAULT = "catalog: 1\nentries: []\n";

  private Path usesTheDefault(String text) throws IOException {
    return record(List.of(), InputRecord.Catalog.of(InputRecord.DEFAULT_RESOURCE, utf8(text)));
  }

  @Test
  void theDefaultCatalogueIsComparedWithTheOneOnTheProcessorPath() throws IOException {
    Path processor = jar("easemob-errors-processor.jar", InputRecord.DEFAULT_RESOURCE, DEFAULT);
    InputRecord record = InputRecord.read(usesTheDefault(DEFAULT));
    assertEquals(InputRecord.sha256(utf8(DEFAULT)), record.defaultCatalog().sha256());
    assertEquals(InputRecord.DEFAULT_RESOURCE, record.defaultCatalog().name());
    try (CatalogLookup lookup = lookup()) {
      assertNull(reason(usesTheDefault(DEFAULT), lookup, List.of(processor)));
      String reason = reason(usesTheDefault("catalog: 1\n"), lookup, List.of(processor));
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
      assertNull(reason(usesTheDefault(DEFAULT), lookup, path));
      assertTrue(reason(usesTheDefault("catalog: 1\n"), lookup, path).startsWith("default catalogue changed ("));
    }
  }

  @Test
  void theDefaultCatalogueIsNotLookedUpAmongTheUsersFiles() throws IOException {
    // A copy in the class output is not what the processor loads.
    write("target/classes/" + InputRecord.DEFAULT_RESOURCE, "catalog: 1\n");
    Path processor = jar("easemob-errors-processor.jar", InputRecord.DEFAULT_RESOURCE, DEFAULT);
    try (CatalogLookup lookup = lookup()) {
      assertNull(reason(usesTheDefault(DEFAULT), lookup, List.of(processor)));
    }
  }

  @Test
  void withoutAProcessorPathTheDefaultCatalogueIsNotCompared() throws IOException {
    try (CatalogLookup lookup = lookup()) {
      assertNull(reason(usesTheDefault("catalog: 1\n"), lookup, null));
    }
  }

  @Test
  void aPackageWithoutTheDefaultCatalogueIgnoresIt() throws IOException {
    Path processor = jar("easemob-errors-processor.jar", InputRecord.DEFAULT_RESOURCE, DEFAULT);
    write("target/classes/app.yaml", "catalog: 1\n");
    Path file = readAs("app.yaml", "catalog: 1\n");
    assertNull(InputRecord.read(file).defaultCatalog());
    try (CatalogLookup lookup = lookup()) {
      assertNull(reason(file, lookup, List.of(processor)));
    }
  }

  /** A processor jar as a build packages it: the processor's class, a generator and the default catalogue. */
  private Path processorJar(String name, String generator) throws IOException {
    Path jar = root.resolve(name);
    Files.createDirectories(jar.getParent());
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String[] entry : new String[][] {
          {ProcessorIdentity.PROCESSOR_CLASS, "processor"},
          {"org/easemoberrors/processor/generate/Generator.class", generator},
          {InputRecord.DEFAULT_RESOURCE, DEFAULT}}) {
        zip.putNextEntry(new ZipEntry(entry[0]));
        zip.write(utf8(entry[1]));
        zip.closeEntry();
      }
    }
    return jar;
  }

  /** The record of a package generated from the default catalogue by the processor of that identity. */
  private Path generatedBy(String processor) throws IOException {
    Path file = root.resolve(PKG_DIR + InputRecord.FILE_NAME);
    new InputRecord(CLASS_FILE, List.of(), InputRecord.Catalog.of(InputRecord.DEFAULT_RESOURCE, utf8(DEFAULT)), List.of(), processor).write(file);
    return file;
  }

  @Test
  void anotherProcessorWithTheSameCatalogueMakesThePackageStale() throws IOException {
    // A new version of the processor, or the processor built again from edited sources: the
    // default catalogue reads the same, the generator does not.
    Path old = processorJar("old/easemob-errors-processor.jar", "generator 1");
    Path now = processorJar("easemob-errors-processor.jar", "generator 2");
    try (CatalogLookup lookup = lookup()) {
      assertEquals("processor changed (" + now + ")", reason(generatedBy(ProcessorIdentity.ofJar(old)), lookup, List.of(now)));
    }
    // When the default catalogue changed too, that is the reason given: it names the file.
    Path file = root.resolve(PKG_DIR + InputRecord.FILE_NAME);
    new InputRecord(CLASS_FILE, List.of(), InputRecord.Catalog.of(InputRecord.DEFAULT_RESOURCE, utf8("catalog: 1\n")), List.of(),
        ProcessorIdentity.ofJar(old)).write(file);
    try (CatalogLookup lookup = lookup()) {
      assertTrue(reason(file, lookup, List.of(now)).startsWith("default catalogue changed ("));
    }
  }

  @Test
  void theSameProcessorLeavesThePackageUpToDate() throws IOException {
    Path jar = processorJar("easemob-errors-processor.jar", "generator 1");
    Path file = generatedBy(ProcessorIdentity.ofJar(jar));
    try (CatalogLookup lookup = lookup()) {
      assertNull(reason(file, lookup, List.of(jar)));
      // The same processor packaged again, a moment later: its identity is that of its content.
      Path again = processorJar("again/easemob-errors-processor.jar", "generator 1");
      assertNull(reason(file, lookup, List.of(again)));
    }
  }

  @Test
  void theProcessorIsTheFirstEntryOfTheProcessorPathWithItsClass() throws IOException {
    Path helper = jar("helper.jar", "com/acme/Helper.class", "helper");
    Path jar = processorJar("easemob-errors-processor.jar", "generator 1");
    Path later = processorJar("later/easemob-errors-processor.jar", "generator 2");
    Path file = generatedBy(ProcessorIdentity.ofJar(jar));
    try (CatalogLookup lookup = lookup()) {
      assertNull(reason(file, lookup, List.of(helper, jar, later)));
      assertEquals("processor changed (" + later + ")", reason(file, lookup, List.of(helper, later, jar)));
    }
  }

  @Test
  void aProcessorThatCannotBeToldIsNotCompared() throws IOException {
    Path jar = processorJar("easemob-errors-processor.jar", "generator 2");
    // A record written before the processor line existed, or by a processor run from a directory.
    try (CatalogLookup lookup = lookup()) {
      assertNull(reason(generatedBy(null), lookup, List.of(jar)));
    }
    // A processor on the path as a directory (a reactor module's classes): nothing to compare with.
    write("processor/target/classes/" + ProcessorIdentity.PROCESSOR_CLASS, "processor");
    write("processor/target/classes/" + InputRecord.DEFAULT_RESOURCE, DEFAULT);
    try (CatalogLookup lookup = lookup()) {
      assertNull(reason(generatedBy(InputRecord.sha256(utf8("another"))), lookup, List.of(root.resolve("processor/target/classes"), jar)));
      // Nor when the processor path cannot be told.
      assertNull(reason(generatedBy(InputRecord.sha256(utf8("another"))), lookup, null));
    }
  }

  @Test
  void recordsAreFoundUnderTheGeneratedSources() throws IOException {
    Path one = readAs("app.yaml", "catalog: 1\n");
    write("target/generated-sources/annotations/com/acme/other/Foo.java", "class Foo {}");
    assertEquals(List.of(one), InputRecord.find(root.resolve("target/generated-sources/annotations")));
    assertEquals(List.of(), InputRecord.find(root.resolve("target/nothing-here")));
  }

  @Test
  void anUnknownVersionIsRefused() throws IOException {
    // Written by hand: the writer writes only its own version.
    Path file = write("x/" + InputRecord.FILE_NAME, "version\t2\nclass\tA.class\n");
    assertThrows(IOException.class, () -> InputRecord.read(file));
  }
}
