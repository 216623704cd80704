package org.easemoberrors.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explain} as a separate process, with standard output where a shell puts it: on a full
 * disk, on a closed descriptor, into a pipe whose reader has gone. (Linux: /dev/full and sh.)
 */
class ExplainProcessTest {
  private static final String LINE = "{\"status\":400,\"body\":\"x\"}\n";

  private static List<String> javaExplain() {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    return new ArrayList<>(Arrays.asList(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "explain", "--locale", "en"));
  }

  private static byte[] manyLines() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append(LINE);
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String stderrOf(Process process) throws Exception {
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "explain ended");
    return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void aFullDiskIsAnError(@TempDir Path dir) throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "/dev/full exists (Linux)");
    Path stdin = Files.write(dir.resolve("in.jsonl"), manyLines());

    Process process = new ProcessBuilder(javaExplain())
        .redirectInput(stdin.toFile())
        .redirectOutput(full)
        .start();
    String stderr = stderrOf(process);

    assertNotEquals(0, process.exitValue(), stderr);
    assertTrue(stderr.contains("explain: cannot write the output: No space left on device"), stderr);
  }

  @Test
  void aClosedStandardOutputIsAnError(@TempDir Path dir) throws Exception {
    assumeTrue(new File("/bin/sh").exists(), "a POSIX shell");
    Path stdin = Files.write(dir.resolve("in.jsonl"), manyLines());
    List<String> command = new ArrayList<>(Arrays.asList("/bin/sh", "-c", "exec \"$@\" >&-", "sh"));
    command.addAll(javaExplain());

    Process process = new ProcessBuilder(command).redirectInput(stdin.toFile()).start();
    String stderr = stderrOf(process);

    assertNotEquals(0, process.exitValue(), stderr);
    assertTrue(stderr.contains("explain: cannot write the output: "), stderr);
  }

  @Test
  void aBrokenPipeEndsTheCommand() throws Exception {
    // yes '{"status":400,"body":"x"}' | explain | head -1
    Process process = new ProcessBuilder(javaExplain()).start();
    Thread yes = new Thread(() -> {
      byte[] line = LINE.getBytes(StandardCharsets.UTF_8);
      try (OutputStream stdin = process.getOutputStream()) {
        while (true) {
          stdin.write(line);
        }
      } catch (IOException endedOrClosed) {
        // explain has ended: so does yes.
      }
    });
    yes.setDaemon(true);
    yes.start();
    try {
      BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String first = stdout.readLine();
      assertTrue(first.startsWith("{\"status\":400,"), first);
      stdout.close(); // head -1 has what it wanted
      boolean ended = process.waitFor(60, TimeUnit.SECONDS);
      assertTrue(ended, "explain ended when its output pipe broke");
      assertNotEquals(0, process.exitValue());
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aCompleteRunExitsZero(@TempDir Path dir) throws Exception {
    Path stdin = Files.write(dir.resolve("in.jsonl"), (LINE + LINE).getBytes(StandardCharsets.UTF_8));
    Path stdout = dir.resolve("out.jsonl");

    Process process = new ProcessBuilder(javaExplain()).redirectInput(stdin.toFile()).redirectOutput(stdout.toFile()).start();
    String stderr = stderrOf(process);

    assertEquals(0, process.exitValue(), stderr);
    assertEquals("", stderr);
    assertEquals(2, Files.readAllLines(stdout).size());
  }
}
