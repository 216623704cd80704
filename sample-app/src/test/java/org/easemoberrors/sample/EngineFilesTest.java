package org.easemoberrors.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The engine files generated into this app's errors package are the engine module's sources:
 * the same text apart from the package line and {@code @Generated}, so the code this app runs
 * is the code the engine module's tests exercise.
 */
class EngineFilesTest {
  private static final Path GENERATED = Paths.get("target/generated-sources/annotations/org/easemoberrors/sample/errors");
  private static final Path ENGINE = Paths.get("../engine/src/main/java/org/easemoberrors/engine");

  @Test
  void theGeneratedEngineIsTheEnginesSource() throws IOException {
    String[] files = {"EasemobNormalizer.java", "EasemobTemplates.java", "EasemobIndex.java", "EasemobTexts.java", "EasemobRetryAfter.java", "EasemobExamples.java", "EasemobMatchLevel.java", "EasemobJacksonBody.java"};
    for (String file : files) {
      String generated = new String(Files.readAllBytes(GENERATED.resolve(file)), StandardCharsets.UTF_8);
      String engine = new String(Files.readAllBytes(ENGINE.resolve(file)), StandardCharsets.UTF_8);
      String annotation = "@javax.annotation.processing.Generated(\"org.easemoberrors.processor.EasemobErrorsProcessor\")\n";
      assertTrue(generated.startsWith("package org.easemoberrors.sample.errors;\n"), file);
      assertTrue(generated.contains(annotation), file);
      String back = generated.replace("package org.easemoberrors.sample.errors;\n", "package org.easemoberrors.engine;\n")
          .replace(annotation, "");
      assertEquals(engine, back, file + " differs from the engine module's source");
    }
    assertTrue(!Files.exists(GENERATED.resolve("EasemobGsonBody.java")), "the app reads bodies with Jackson only");
  }
}
