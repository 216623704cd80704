package org.easemoberrors.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.easemoberrors.processor.diagnostics.Message;
import org.junit.jupiter.api.Test;

/** Every diagnostic tag has a row in the README's "Catalogue errors" table. */
class MessagesDocumentedTest {
  @Test
  void everyTagIsInTheReadme() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String section = readme.substring(readme.indexOf("## Catalogue errors"));
    for (Message m : Message.values()) {
      assertTrue(section.contains("| `" + m.tag() + "` |"), m.tag() + " is not documented in README.md");
    }
  }
}
