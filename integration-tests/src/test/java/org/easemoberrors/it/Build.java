package org.easemoberrors.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One Maven run of a user project: its exit code and output. */
record Build(List<String> command, int exitCode, String log, Path logFile, long millis) {

  Build assertSuccess() {
    assertTrue(exitCode == 0, () -> "mvn " + String.join(" ", command) + " failed (" + exitCode + "), see " + logFile + "\n" + tail());
    return this;
  }

  Build assertLogContains(String text) {
    assertTrue(log.contains(text), () -> "no \"" + text + "\" in " + logFile + "\n" + tail());
    return this;
  }

  Build assertLogLacks(String text) {
    assertTrue(!log.contains(text), () -> "\"" + text + "\" in " + logFile);
    return this;
  }

  /** How many times a line matching the pattern occurs in the output. */
  int count(String regex) {
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(log);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private String tail() {
    String[] lines = log.split("\n");
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, lines.length - 60); i < lines.length; i++) {
      sb.append(lines[i]).append('\n');
    }
    return sb.toString();
  }
}
