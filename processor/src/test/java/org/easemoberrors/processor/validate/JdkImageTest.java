package org.easemoberrors.processor.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The first look {@link ReservedNames} takes at the JDK: its image must answer yes for every type
 * javac could report, or a clash would go unseen; no is what saves javac's slow misses.
 */
class JdkImageTest {
  private final ReservedNames.JdkImage jdk = ReservedNames.JdkImage.open();

  @Test
  void theTypesOfEachReservedPackageAreFound() {
    assertTrue(jdk.mayHave("java.lang", "RuntimeException"));
    assertTrue(jdk.mayHave("java.util.concurrent", "TimeoutException"));
    assertTrue(jdk.mayHave("java.nio.file", "Path"));
    assertTrue(jdk.mayHave("java.sql", "Timestamp"), "java.sql is a module of its own");
    assertTrue(jdk.mayHave("java.time", "Duration"));
  }

  @Test
  void aGeneratedNameIsNotThere() {
    for (String pkg : ReservedNames.JDK_PACKAGES) {
      assertFalse(jdk.mayHave(pkg, "EasemobErrorMatcher"), pkg);
    }
    assertFalse(jdk.mayHave("java.util", "list"), "names are compared as they are spelled");
  }
}
