package org.easemoberrors.it;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies of this build's processor, installed under another version into the repository the
 * user projects resolve from, so that a test can switch a project to a processor that differs in
 * one known way.
 */
final class ProcessorCopies {
  private ProcessorCopies() {}

  /** Where the processor of {@code version} lies in the projects' repository. */
  static Path jar(String version) {
    return Path.of(System.getProperty("it.repo"), "org/easemoberrors/easemob-errors-processor", version,
        "easemob-errors-processor-" + version + ".jar");
  }

  /**
   * Installs this build's processor as {@code version}, with each entry of {@code changes} in place
   * of the jar's entry of that name, or added after the others when the jar has none.
   */
  static synchronized void install(String version, Map<String, byte[]> changes) throws IOException {
    Path jar = jar(version);
    Files.createDirectories(jar.getParent());
    Map<String, byte[]> left = new LinkedHashMap<>(changes);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar(UserProject.VERSION)));
        OutputStream file = Files.newOutputStream(jar);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        byte[] changed = left.remove(entry.getName());
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(changed != null ? changed : in.readAllBytes());
        out.closeEntry();
      }
      for (Map.Entry<String, byte[]> added : left.entrySet()) {
        out.putNextEntry(new ZipEntry(added.getKey()));
        out.write(added.getValue());
        out.closeEntry();
      }
    }
    Files.writeString(jar.resolveSibling("easemob-errors-processor-" + version + ".pom"),
        "<project>\n"
            + "  <modelVersion>4.0.0</modelVersion>\n"
            + "  <groupId>org.easemoberrors</groupId>\n"
            + "  <artifactId>easemob-errors-processor</artifactId>\n"
            + "  <version>" + version + "</version>\n"
            + "  <dependencies>\n"
            + "    <dependency>\n"
            + "      <groupId>org.easemoberrors</groupId>\n"
            + "      <artifactId>easemob-errors-annotations</artifactId>\n"
            + "      <version>" + UserProject.VERSION + "</version>\n"
            + "    </dependency>\n"
            + "  </dependencies>\n"
            + "</project>\n");
  }
}
