package org.easemoberrors.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** A JDK the user projects are built with: Maven itself runs on it, and so does javac. */
record Jdk(String name, int feature, Path home) {

  static Stream<Jdk> all() {
    return Stream.of(
        new Jdk("jdk17", 17, Path.of(System.getProperty("it.jdk17"))),
        new Jdk("jdk25", 25, Path.of(System.getProperty("it.jdk25"))));
  }

  /** Skips the test when this JDK is not installed here. */
  Jdk require() {
    Assumptions.assumeTrue(Files.isExecutable(home.resolve("bin/javac")), name + " is not installed at " + home);
    return this;
  }

  @Override
  public String toString() {
    return name;
  }
}
