package org.easemoberrors.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Eclipse's compiler (ecj, which the Eclipse IDE and VS Code's Java extension compile with) runs
 * the processor found on its class path and generates exactly what javac generates: the same
 * sources and the same message bundles, byte for byte (src/it/eclipse, default catalogue plus an
 * overlay found through {@code -Aeasemob.errors.path}).
 *
 * <p>ecj runs only processors it finds on {@code -cp}; given {@code -processorpath} alone it runs
 * none and says nothing, whatever the processor, so the README tells Eclipse users to put the
 * processor on the class path (m2e's annotation processing does so).
 */
class EclipseCompilerIT {
  private static final Path REPO = Path.of(System.getProperty("it.repo"));
  private static final Path ECJ = Path.of(System.getProperty("it.ecj"));
  private static final String VERSION = UserProject.VERSION;

  private static UserProject javacProject;
  private static Path javacSources;
  private static Path javacClasses;

  private static Path artifact(String group, String artifact, String version) {
    Path jar = REPO.resolve(group.replace('.', '/')).resolve(artifact).resolve(version).resolve(artifact + "-" + version + ".jar");
    assertTrue(Files.isRegularFile(jar), () -> jar + " is not in the integration-test repository");
    return jar;
  }

  private static String classPath() {
    return Stream.of(
            artifact("org.easemoberrors", "easemob-errors-processor", VERSION),
            artifact("org.easemoberrors", "easemob-errors-annotations", VERSION),
            artifact("com.fasterxml.jackson.core", "jackson-core", "2.18.2"))
        .map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
  }

  /** The user sources of the project, in a stable order. */
  private static List<String> sources(UserProject p) throws IOException {
    try (Stream<Path> files = Files.walk(p.path("src/main/java"))) {
      return files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().collect(Collectors.toList());
    }
  }

  /** Runs a compiler; returns its output, and fails the test unless it exits 0. */
  private static String run(UserProject p, List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile(p.dir.getParent(), p.dir.getFileName().toString(), ".log");
    Process process = new ProcessBuilder(command).directory(p.dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = process.waitFor();
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, exit, () -> String.join(" ", command) + " failed:\n" + out);
    return out;
  }

  private static List<String> options(UserProject p, Path sourceOut, Path classOut) throws IOException {
    List<String> o = new ArrayList<>(List.of(
        "--release", "11",
        "-encoding", "UTF-8",
        "-cp", classPath(),
        "-Aeasemob.errors.path=" + p.path("src/main/resources"),
        "-s", sourceOut.toString(),
        "-d", classOut.toString()));
    o.addAll(sources(p));
    Files.createDirectories(sourceOut);
    Files.createDirectories(classOut);
    return o;
  }

  @BeforeAll
  static void compileWithJavac() throws Exception {
    Jdk jdk = Jdk.all().findFirst().orElseThrow().require();
    javacProject = UserProject.copy("eclipse", jdk);
    // Outside the project's copy, which each test makes anew.
    Path out = javacProject.dir.resolveSibling("eclipse-javac");
    UserProject.delete(out);
    javacSources = out.resolve("generated-sources");
    javacClasses = out.resolve("classes");
    List<String> command = new ArrayList<>(List.of(jdk.home().resolve("bin/javac").toString(), "-Xlint:all,-processing", "-Werror"));
    command.addAll(options(javacProject, javacSources, javacClasses));
    run(javacProject, command);
  }

  /** The files the processor wrote: generated sources, and the bundles beside the classes. */
  private static Map<String, byte[]> generated(Path sources, Path classes) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (Path root : List.of(sources, classes)) {
      try (Stream<Path> all = Files.walk(root)) {
        for (Path f : (Iterable<Path>) all::iterator) {
          if (Files.isRegularFile(f) && !f.toString().endsWith(".class")) {
            files.put(root.getFileName() + "/" + root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
          }
        }
      }
    }
    return files;
  }

  @ParameterizedTest(name = "ecj {0}")
  @ValueSource(strings = {"3.40.0", "3.42.0"})
  void ecjGeneratesWhatJavacGenerates(String ecjVersion) throws Exception {
    Path ecj = ECJ.resolve("ecj-" + ecjVersion + ".jar");
    assertTrue(Files.isRegularFile(ecj), () -> ecj + " is missing: the build copies it there");
    UserProject p = UserProject.copy("eclipse", javacProject.jdk);
    Path out = p.dir.resolveSibling("eclipse-ecj-" + ecjVersion);
    UserProject.delete(out);
    Path sources = out.resolve("generated-sources");
    Path classes = out.resolve("classes");
    List<String> command = new ArrayList<>(List.of(p.jdk.home().resolve("bin/java").toString(), "-jar", ecj.toString()));
    command.addAll(options(p, sources, classes));
    String log = run(p, command);
    assertFalse(log.contains("ERROR in"), log);

    Map<String, byte[]> expected = generated(javacSources, javacClasses);
    Map<String, byte[]> actual = generated(sources, classes);
    assertTrue(expected.containsKey("generated-sources/com/acme/im/EasemobErrorMatcher.java"), () -> "javac generated " + expected.keySet());
    assertTrue(expected.containsKey("generated-sources/com/acme/im/EasemobClientException.java"), () -> "javac generated " + expected.keySet());
    UserProject.assertSameFiles(expected, actual, "ecj " + ecjVersion + " against javac");
    // And the user's class that calls the generated matcher was compiled too.
    assertTrue(Files.isRegularFile(classes.resolve("com/acme/im/Calls.class")), "Calls.class");
    assertTrue(Files.isRegularFile(classes.resolve("com/acme/im/EasemobClientException$Conflict$VersionConflict.class")), "VersionConflict.class");
  }
}
