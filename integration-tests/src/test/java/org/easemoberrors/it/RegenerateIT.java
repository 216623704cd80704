package org.easemoberrors.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One module with a catalogue for its main code and one for its tests (src/it/regenerate): an
 * edit of a catalogue alone, then {@code mvn test-compile} or {@code mvn package} without clean,
 * regenerates the code; with nothing changed, nothing is compiled; another processor with the
 * same catalogues regenerates it again.
 */
class RegenerateIT {
  private static final String YAML = "src/main/resources/regen-errors.yaml";
  private static final String TEST_YAML = "src/test/resources/regen-test-errors.yaml";
  private static final String MAIN = "target/classes/com/example/regen/errors/";
  private static final String GENERATED = "target/generated-sources/annotations/com/example/regen/errors/";
  private static final String TEST = "target/test-classes/com/example/regen/probe/";

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.easemoberrors.it.Jdk#all")
  void catalogueEditsRegenerateWithoutClean(Jdk jdk) throws Exception {
    UserProject p = UserProject.copy("regenerate", jdk.require());

    // A first build, as after a checkout.
    p.mvn("test-compile").assertSuccess();
    assertTrue(p.exists(MAIN + "EasemobClientException$Forbidden$WalletFrozen.class"));
    assertTrue(p.exists(MAIN + "EasemobServerException$ServiceUnavailable$LedgerLocked.class"));
    assertTrue(p.exists(TEST + "ProbeServerException$InternalServerError$ProbeFailed.class"));
    assertTrue(p.read(MAIN + "EasemobMessages_en.properties").contains("entry.wallet-frozen=The wallet is frozen.\n"));
    String record = p.read(GENERATED + "easemob-errors.inputs");
    assertTrue(record.contains("\nclass\tcom/example/regen/errors/package-info.class\n"), record);
    // The processor ran from its jar, and names it.
    assertTrue(record.matches("(?s).*\nprocessor\t[0-9a-f]{64}\n.*"), record);
    assertTrue(record.matches("(?s).*\ncatalog\t[0-9a-f]{64}\tregen-errors\\.yaml\n"), record);

    // A new entry and a changed cause in the main catalogue, a new entry in the test one.
    p.edit(YAML, "en: The wallet is frozen.", "en: The wallet is frozen by the risk team.");
    p.edit(YAML, "  - id: ledger-locked",
        "  - id: card-declined\n    status: 400\n    error: acme_card_declined\n"
            + "    causes:\n      zh_CN: 银行卡被拒绝\n      en: The card was declined.\n\n  - id: ledger-locked");
    p.write(TEST_YAML, p.read(TEST_YAML)
        + "\n  - id: probe-added\n    status: 500\n    error: acme_probe_added\n    causes:\n      zh_CN: 新探测\n      en: A new probe.\n");
    p.mvn("test-compile").assertSuccess()
        .assertLogContains("easemob-errors: catalogue regen-errors.yaml changed")
        .assertLogContains("easemob-errors: catalogue regen-test-errors.yaml changed");
    assertTrue(p.exists(MAIN + "EasemobClientException$BadRequest$CardDeclined.class"));
    assertTrue(p.read(MAIN + "EasemobMessages_en.properties").contains("entry.wallet-frozen=The wallet is frozen by the risk team.\n"));
    assertTrue(p.exists(TEST + "ProbeServerException$InternalServerError$ProbeAdded.class"));

    // A removed entry: its class and its source are gone, from the classes and from the jar.
    String text = p.read(YAML);
    p.write(YAML, text.substring(0, text.indexOf("\n  - id: ledger-locked")) + "\n");
    p.mvn("package").assertSuccess().assertLogContains("easemob-errors: catalogue regen-errors.yaml changed");
    assertFalse(p.exists(MAIN + "EasemobServerException$ServiceUnavailable$LedgerLocked.class"));
    assertFalse(p.read(GENERATED + "EasemobServerException.java").contains("LedgerLocked"));
    try (ZipFile jar = new ZipFile(p.path("target/regenerate-1.0.jar").toFile())) {
      assertTrue(jar.getEntry("com/example/regen/errors/EasemobClientException$BadRequest$CardDeclined.class") != null);
      assertTrue(jar.getEntry("com/example/regen/errors/EasemobServerException$ServiceUnavailable$LedgerLocked.class") == null);
      ZipEntry bundle = jar.getEntry("com/example/regen/errors/EasemobMessages_en.properties");
      String messages = new String(jar.getInputStream(bundle).readAllBytes(), StandardCharsets.ISO_8859_1);
      assertTrue(messages.contains("entry.wallet-frozen=The wallet is frozen by the risk team.\n"), messages);
      assertFalse(messages.contains("ledger-locked"), messages);
    }

    // Nothing changed: nothing is compiled, nothing is rewritten.
    Map<String, Long> classes = p.classTimes("target/classes");
    Map<String, Long> testClasses = p.classTimes("target/test-classes");
    long jarTime = Files.getLastModifiedTime(p.path("target/regenerate-1.0.jar")).toMillis();
    Build again = p.mvn("package").assertSuccess().assertLogLacks("Recompiling").assertLogLacks("easemob-errors: catalogue ");
    assertEquals(2, again.count("Nothing to compile - all classes are up to date"), "compile and testCompile");
    assertEquals(classes, p.classTimes("target/classes"));
    assertEquals(testClasses, p.classTimes("target/test-classes"));
    assertEquals(jarTime, Files.getLastModifiedTime(p.path("target/regenerate-1.0.jar")).toMillis());

    // Another processor, the same catalogues: as after an upgrade, or an edit of the processor's
    // sources in its own build. Both packages are compiled again, and name the new processor.
    installChangedProcessor();
    p.mvn("test-compile", "-Dprocessor.version=" + CHANGED_VERSION).assertSuccess()
        .assertLogContains("easemob-errors: processor changed (")
        .assertLogContains(CHANGED_VERSION + ".jar): deleted com/example/regen/errors/package-info.class")
        .assertLogContains(CHANGED_VERSION + ".jar): deleted com/example/regen/probe/package-info.class")
        .assertLogLacks("easemob-errors: catalogue ");
    String changed = p.read(GENERATED + "easemob-errors.inputs");
    assertTrue(changed.matches("(?s).*\nprocessor\t[0-9a-f]{64}\n.*"), changed);
    assertNotEquals(processorLine(record), processorLine(changed));
  }

  private static final String CHANGED_VERSION = UserProject.VERSION.replace("-SNAPSHOT", "") + "-changed-processor";

  private static String processorLine(String record) {
    return record.lines().filter(line -> line.startsWith("processor\t")).findFirst().orElseThrow();
  }

  /**
   * Installs, into the repository the projects use, the processor of this build with one entry
   * more, as version {@link #CHANGED_VERSION}: its default catalogue and what it generates are
   * the same, its content is not, which is all the record's identity tells.
   */
  private static void installChangedProcessor() throws IOException {
    ProcessorCopies.install(CHANGED_VERSION,
        Map.of("org/easemoberrors/processor/changed.txt", "a processor built from other sources\n".getBytes(StandardCharsets.UTF_8)));
  }
}
