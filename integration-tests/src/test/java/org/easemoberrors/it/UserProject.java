package org.easemoberrors.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A copy of one project under src/it, built with the real Maven on a given JDK against a local
 * repository that holds this build's artifacts ({@code invoker:install}); everything else comes
 * from the main build's local repository, used as a file mirror, so nothing is downloaded.
 */
final class UserProject {
  private static final Path PROJECTS = Path.of(System.getProperty("it.projects"));
  private static final Path WORK = Path.of(System.getProperty("it.work"));
  private static final Path REPO = Path.of(System.getProperty("it.repo"));
  private static final Path MAVEN_HOME = Path.of(System.getProperty("it.mavenHome"));
  static final String VERSION = System.getProperty("it.version");

  final Path dir;
  final Jdk jdk;
  private int runs;

  private UserProject(Path dir, Jdk jdk) {
    this.dir = dir;
    this.jdk = jdk;
  }

  /** A fresh copy of src/it/NAME for this JDK, with {@code @project.version@} filled in. */
  static UserProject copy(String name, Jdk jdk) throws IOException {
    Path from = PROJECTS.resolve(name);
    Path to = WORK.resolve(jdk.name()).resolve(name);
    delete(to);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else if (f.getFileName().toString().equals("pom.xml")) {
          Files.writeString(target, Files.readString(f).replace("@project.version@", VERSION));
        } else {
          Files.copy(f, target);
        }
      }
    }
    return new UserProject(to, jdk);
  }

  /** Runs {@code mvn -B GOALS...} in the project with this JDK as JAVA_HOME. */
  Build mvn(String... goals) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(MAVEN_HOME.resolve("bin/mvn").toString());
    command.add("-B");
    command.add("--no-transfer-progress");
    command.add("-s");
    command.add(settings().toString());
    command.add("-Dmaven.repo.local=" + REPO);
    command.addAll(List.of(goals));
    Path log = dir.resolveSibling(dir.getFileName() + "-" + (++runs) + ".log");
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    for (String name : List.of("MAVEN_OPTS", "MAVEN_ARGS", "MAVEN_CONFIG", "MAVEN_BASEDIR", "MAVEN_PROJECTBASEDIR", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
      env.remove(name);
    }
    env.put("JAVA_HOME", jdk.home().toString());
    env.put("PATH", jdk.home().resolve("bin") + java.io.File.pathSeparator + env.getOrDefault("PATH", ""));
    // Short-lived JVMs: the quick compiler alone starts Maven faster.
    env.put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1");
    long start = System.nanoTime();
    Process p = pb.start();
    int exit = p.waitFor();
    long millis = (System.nanoTime() - start) / 1_000_000;
    String text = Files.readString(log, StandardCharsets.UTF_8);
    System.out.printf("[%s] %s: mvn %s -> %d in %.1f s%n", jdk.name(), dir.getFileName(), String.join(" ", goals), exit, millis / 1000.0);
    return new Build(command, exit, text, log, millis);
  }

  /** Settings that mirror every repository to the main build's local repository. */
  private static synchronized Path settings() throws IOException {
    Path file = WORK.resolve("settings.xml");
    if (!Files.exists(file)) {
      String url = Path.of(System.getProperty("it.remoteRepo")).toUri().toString();
      Files.createDirectories(WORK);
      Files.writeString(
          file,
          "<settings>\n"
              + "  <mirrors>\n"
              + "    <mirror>\n"
              + "      <id>main-build-repository</id>\n"
              + "      <mirrorOf>*</mirrorOf>\n"
              + "      <url>" + url + "</url>\n"
              + "    </mirror>\n"
              + "  </mirrors>\n"
              + "</settings>\n");
    }
    return file;
  }

  Path path(String relative) {
    return dir.resolve(relative);
  }

  String read(String relative) throws IOException {
    return Files.readString(path(relative), StandardCharsets.UTF_8);
  }

  void write(String relative, String text) throws IOException {
    Files.writeString(path(relative), text, StandardCharsets.UTF_8);
  }

  /** Replaces one occurrence of {@code from}, which must be there, in a file. */
  void edit(String relative, String from, String to) throws IOException {
    String text = read(relative);
    assertTrue(text.contains(from), () -> relative + " has no " + from);
    write(relative, text.replace(from, to));
  }

  boolean exists(String relative) {
    return Files.exists(path(relative));
  }

  /** Every file under a directory of the project, by relative path, with its bytes' content. */
  Map<String, byte[]> files(String relative) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    Path root = path(relative);
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path f : (Iterable<Path>) all::iterator) {
        if (Files.isRegularFile(f)) {
          files.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
        }
      }
    }
    return files;
  }

  /** Last-modified times of the class files under a directory, to tell whether javac ran. */
  Map<String, Long> classTimes(String relative) throws IOException {
    Map<String, Long> times = new TreeMap<>();
    Path root = path(relative);
    try (Stream<Path> all = Files.walk(root)) {
      for (Path f : (Iterable<Path>) all::iterator) {
        if (f.toString().endsWith(".class")) {
          times.put(root.relativize(f).toString(), Files.getLastModifiedTime(f).toMillis());
        }
      }
    }
    return times;
  }

  static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
    assertEquals(expected.keySet(), actual.keySet(), what + ": the same files");
    for (Map.Entry<String, byte[]> e : expected.entrySet()) {
      assertTrue(java.util.Arrays.equals(e.getValue(), actual.get(e.getKey())), () -> what + ": " + e.getKey() + " differs");
    }
  }

  static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
