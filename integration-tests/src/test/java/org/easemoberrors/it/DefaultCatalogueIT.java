package org.easemoberrors.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A project on the default catalogue alone (src/it/default-catalogue): a processor whose default
 * catalogue reads differently, here the same processor with one cause edited under another
 * version, regenerates the code on the next compile without clean; built again, nothing is
 * compiled.
 */
class DefaultCatalogueIT {
  private static final String RESOURCE = "org/easemoberrors/catalog/easemob-errors.yaml";
  private static final String CAUSE = "en: The username or the password is wrong.";
  private static final String EDITED = "en: The username or the password is wrong, says the new processor.";
  private static final String MAIN = "target/classes/com/example/defaults/errors/";
  private static final String GENERATED = "target/generated-sources/annotations/com/example/defaults/errors/";
  private static final String EDITED_VERSION = UserProject.VERSION.replace("-SNAPSHOT", "") + "-edited-default";

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.easemoberrors.it.Jdk#all")
  void aChangedDefaultCatalogueRegeneratesWithoutClean(Jdk jdk) throws Exception {
    byte[] edited = installProcessorWithEditedDefault();
    UserProject p = UserProject.copy("default-catalogue", jdk.require());

    p.mvn("compile").assertSuccess();
    assertTrue(p.read(MAIN + "EasemobMessages_en.properties").contains("entry.invalid-credentials=The username or the password is wrong.\n"));
    String record = p.read(GENERATED + "easemob-errors.inputs");
    assertTrue(record.contains("\ndefault\t" + sha256(defaultCatalogue(ProcessorCopies.jar(UserProject.VERSION))) + "\t" + RESOURCE + "\n"), record);

    // Only the processor changes, as after a version bump: no source and no catalogue of the
    // project's own is touched.
    p.mvn("compile", "-Dprocessor.version=" + EDITED_VERSION).assertSuccess()
        .assertLogContains("easemob-errors: default catalogue changed (")
        .assertLogContains(EDITED_VERSION + ".jar!/" + RESOURCE + "): deleted com/example/defaults/errors/package-info.class");
    assertTrue(p.read(MAIN + "EasemobMessages_en.properties")
        .contains("entry.invalid-credentials=The username or the password is wrong, says the new processor.\n"));
    assertTrue(p.read(GENERATED + "easemob-errors.inputs").contains("\ndefault\t" + sha256(edited) + "\t" + RESOURCE + "\n"));

    // The same processor again: nothing is compiled.
    Map<String, Long> classes = p.classTimes("target/classes");
    Build again = p.mvn("compile", "-Dprocessor.version=" + EDITED_VERSION).assertSuccess()
        .assertLogContains("easemob-errors: catalogues unchanged (1 package)")
        .assertLogLacks("easemob-errors: default catalogue");
    assertEquals(1, again.count("Nothing to compile - all classes are up to date"));
    assertEquals(classes, p.classTimes("target/classes"));
  }

  /**
   * Installs, into the repository the projects use, the processor of this build with one cause of
   * its default catalogue edited, as version {@link #EDITED_VERSION}; returns that catalogue.
   */
  private static byte[] installProcessorWithEditedDefault() throws IOException {
    String text = new String(defaultCatalogue(ProcessorCopies.jar(UserProject.VERSION)), StandardCharsets.UTF_8);
    assertTrue(text.contains(CAUSE), "the default catalogue has no " + CAUSE);
    byte[] edited = text.replace(CAUSE, EDITED).getBytes(StandardCharsets.UTF_8);
    ProcessorCopies.install(EDITED_VERSION, Map.of(RESOURCE, edited));
    return edited;
  }

  private static byte[] defaultCatalogue(Path jar) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        if (entry.getName().equals(RESOURCE)) {
          return in.readAllBytes();
        }
      }
    }
    throw new IOException(jar + " has no " + RESOURCE);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
