package org.easemoberrors.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessorIdentityTest {
  @TempDir Path root;

  private static final FileTime MONDAY = FileTime.fromMillis(1_700_000_000_000L);
  private static final FileTime TUESDAY = FileTime.fromMillis(1_700_086_400_000L);

  /** The entries of a processor jar as a build packages it. */
  private static Map<String, byte[]> processor() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("META-INF/", null);
    entries.put("META-INF/MANIFEST.MF", utf8("Manifest-Version: 1.0\nCreated-By: Maven JAR Plugin 3.4.1\n"));
    entries.put("org/", null);
    entries.put("org/easemoberrors/processor/", null);
    entries.put(ProcessorIdentity.PROCESSOR_CLASS, new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 61});
    entries.put("org/easemoberrors/processor/generate/Generator.class", new byte[] {(byte) 0xca, (byte) 0xfe, 1, 2, 3});
    entries.put(InputRecord.DEFAULT_RESOURCE, utf8("catalog: 1\nentries: []\n"));
    entries.put("META-INF/maven/org.easemoberrors/easemob-errors-processor/pom.properties",
        utf8("artifactId=easemob-errors-processor\ngroupId=org.easemoberrors\nversion=0.1.0-SNAPSHOT\n"));
    return entries;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private Path jar(String name, Map<String, byte[]> entries, FileTime time, int level) throws IOException {
    Path jar = root.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(level);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setLastModifiedTime(time);
        zip.putNextEntry(entry);
        if (e.getValue() != null) {
          zip.write(e.getValue());
        }
        zip.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void theSameProcessorBuiltAgainHasTheSameIdentity() throws IOException {
    String monday = ProcessorIdentity.ofJar(jar("monday.jar", processor(), MONDAY, 9));
    // Built again a day later: other timestamps, another compression level, the entries in
    // another order, a manifest and Maven metadata of that build.
    Map<String, byte[]> again = new LinkedHashMap<>();
    processor().entrySet().stream().sorted(Map.Entry.<String, byte[]>comparingByKey().reversed())
        .forEach(e -> again.put(e.getKey(), e.getValue()));
    again.put("META-INF/MANIFEST.MF", utf8("Manifest-Version: 1.0\nBuild-Jdk-Spec: 21\n"));
    again.put("META-INF/maven/org.easemoberrors/easemob-errors-processor/pom.properties", utf8("#Tue\nversion=0.1.0-SNAPSHOT\n"));
    String tuesday = ProcessorIdentity.ofJar(jar("tuesday.jar", again, TUESDAY, 0));
    assertEquals(monday, tuesday);
    assertTrue(monday.matches("[0-9a-f]{64}"), monday);
    assertNotEquals(Files.readAllBytes(root.resolve("monday.jar")).length, Files.readAllBytes(root.resolve("tuesday.jar")).length,
        "the jars themselves differ");
  }

  @Test
  void oneChangedClassChangesTheIdentity() throws IOException {
    String before = ProcessorIdentity.ofJar(jar("before.jar", processor(), MONDAY, 9));
    Map<String, byte[]> edited = processor();
    edited.put("org/easemoberrors/processor/generate/Generator.class", new byte[] {(byte) 0xca, (byte) 0xfe, 1, 2, 4});
    assertNotEquals(before, ProcessorIdentity.ofJar(jar("after.jar", edited, MONDAY, 9)));
  }

  @Test
  void aChangedDefaultCatalogueAnAddedOrARenamedEntryChangeTheIdentity() throws IOException {
    String before = ProcessorIdentity.ofJar(jar("before.jar", processor(), MONDAY, 9));

    Map<String, byte[]> catalogue = processor();
    catalogue.put(InputRecord.DEFAULT_RESOURCE, utf8("catalog: 1\nentries: [x]\n"));
    assertNotEquals(before, ProcessorIdentity.ofJar(jar("catalogue.jar", catalogue, MONDAY, 9)));

    Map<String, byte[]> added = processor();
    added.put("org/easemoberrors/processor/engine/EasemobNew.java", new byte[0]);
    assertNotEquals(before, ProcessorIdentity.ofJar(jar("added.jar", added, MONDAY, 9)));

    Map<String, byte[]> renamed = processor();
    renamed.put("org/easemoberrors/processor/generate/Generator2.class", renamed.remove("org/easemoberrors/processor/generate/Generator.class"));
    assertNotEquals(before, ProcessorIdentity.ofJar(jar("renamed.jar", renamed, MONDAY, 9)));

    // Bytes moved from one entry's end to the next one's start: the lengths tell them apart.
    Map<String, byte[]> a = new LinkedHashMap<>();
    a.put("a", utf8("xy"));
    a.put("b", utf8("z"));
    Map<String, byte[]> b = new LinkedHashMap<>();
    b.put("a", utf8("x"));
    b.put("b", utf8("yz"));
    assertNotEquals(ProcessorIdentity.ofJar(jar("a.jar", a, MONDAY, 9)), ProcessorIdentity.ofJar(jar("b.jar", b, MONDAY, 9)));
  }

  /** A class of no package and no dependency, whose class file can be put into a jar of its own. */
  static final class Marker {}

  @Test
  void aClassLoadedFromAJarHasThatJarsIdentity() throws Exception {
    String resource = Marker.class.getName().replace('.', '/') + ".class";
    byte[] bytes;
    try (InputStream in = Marker.class.getClassLoader().getResourceAsStream(resource)) {
      bytes = in.readAllBytes();
    }
    Path jar = jar("marker.jar", Map.of(resource, bytes), MONDAY, 9);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, Object.class.getClassLoader())) {
      Class<?> loaded = loader.loadClass(Marker.class.getName());
      assertEquals(ProcessorIdentity.ofJar(jar), ProcessorIdentity.ofClass(loaded));
      assertEquals(jar, ProcessorIdentity.jarOf(loaded));
    }
  }

  @Test
  void aClassLoadedFromADirectoryHasNoIdentity() {
    // This test's own classes are in target/test-classes, as the processor's are in its tests.
    assertNull(ProcessorIdentity.ofClass(Marker.class));
    // Nor has a class of the runtime, which is in no jar.
    assertNull(ProcessorIdentity.ofClass(String.class));
  }
}
