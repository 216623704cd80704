package org.easemoberrors.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor keeps its libraries to itself: its jar holds only relocated classes, and a user
 * with SnakeYAML 1.33 and Jackson of its own, with the processor on the class path, builds and
 * runs (src/it/own-snakeyaml).
 */
class ShadingIT {

  @Test
  void processorJarHoldsOnlyItsOwnPackages() throws Exception {
    Path jar = Path.of(System.getProperty("it.repo"), "org/easemoberrors/easemob-errors-processor", UserProject.VERSION,
        "easemob-errors-processor-" + UserProject.VERSION + ".jar");
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<String> foreign = zip.stream().map(e -> e.getName())
          .filter(n -> n.endsWith(".class") && !n.startsWith("org/easemoberrors/"))
          .collect(Collectors.toList());
      assertEquals(List.of(), foreign);
      assertTrue(zip.getEntry("org/easemoberrors/processor/shaded/snakeyaml/Yaml.class") != null);
      assertTrue(zip.getEntry("org/easemoberrors/processor/shaded/javapoet/JavaFile.class") != null);
      assertEquals("org.easemoberrors.processor.EasemobErrorsProcessor,aggregating",
          new String(zip.getInputStream(zip.getEntry("META-INF/gradle/incremental.annotation.processors")).readAllBytes()).trim());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.easemoberrors.it.Jdk#all")
  void userWithItsOwnSnakeYamlAndJackson(Jdk jdk) throws Exception {
    UserProject p = UserProject.copy("own-snakeyaml", jdk.require());
    p.mvn("verify").assertSuccess()
        .assertLogContains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0, Time elapsed:")
        .assertLogContains("-- in com.example.yamlapp.AppTest");
  }
}
