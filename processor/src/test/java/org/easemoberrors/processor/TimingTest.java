package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.easemoberrors.processor.testing.Compiles;
import org.junit.jupiter.api.Test;

/** The timing log behind -Deasemob.errors.timing: one line per package, every phase, nothing when off. */
class TimingTest {

  private static String stderrOf(Runnable run) {
    PrintStream old = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      run.run();
    } finally {
      System.setErr(old);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void onItLogsEveryPhaseOfEachPackage() {
    String log;
    System.setProperty(Timing.PROPERTY, "true");
    try {
      log = stderrOf(() -> {
        Compilation c = Compiles.compile(null, List.of(), Compiles.packageInfo("com.example.timed", ""));
        assertThat(c).succeededWithoutWarnings();
      });
    } finally {
      System.clearProperty(Timing.PROPERTY);
    }
    String phase = " [0-9]+\\.[0-9] ms cpu \\([0-9]+\\.[0-9] wall, [0-9]+ classes\\)";
    List<String> lines = log.lines().filter(l -> l.startsWith("easemob-errors timing: com.example.timed:")).toList();
    assertEquals(1, lines.size(), log);
    assertTrue(lines.get(0).matches("easemob-errors timing: com\\.example\\.timed:"
        + String.join(",", List.of(" locate", " read", " merge", " validate", " generate", " record").stream().map(p -> p + phase).toList())),
        lines.get(0));
    assertTrue(log.lines().anyMatch(l -> l.matches("easemob-errors timing: round 1 begins at [0-9.]+ ms cpu \\([0-9.]+ wall\\) since the JVM started")), log);
  }

  @Test
  void offItLogsNothing() {
    String log = stderrOf(() -> assertThat(Compiles.compile(null, List.of(), Compiles.packageInfo("com.example.quiet", ""))).succeeded());
    assertTrue(!log.contains("easemob-errors timing"), log);
  }
}
