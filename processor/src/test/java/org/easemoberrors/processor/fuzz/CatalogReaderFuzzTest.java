package org.easemoberrors.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.easemoberrors.processor.diagnostics.Diagnostics;
import org.easemoberrors.processor.diagnostics.Message;
import org.easemoberrors.processor.model.CatalogFile;
import org.easemoberrors.processor.read.CatalogReader;
import org.easemoberrors.processor.read.CatalogSource;

/**
 * The catalogue reader on arbitrary bytes: whatever a file holds, the reader returns (a file, or
 * null with an error reported) and reports catalogue problems; it never throws, and every problem
 * renders as javac would print it.
 *
 * <p>In the normal build this replays the saved inputs beside it ({@code CatalogReaderFuzzTestInputs});
 * {@code JAZZER_FUZZ=1} turns it into a fuzzing campaign (see the README).
 */
class CatalogReaderFuzzTest {

  @FuzzTest(maxDuration = "30m", maxExecutions = 2_000_000)
  // No line breaks in entries: libFuzzer's dictionary holds one entry per line. The seeds have them.
  @DictionaryEntries({
    "catalog: 1", "locales: [zh_CN, en]", "fallbackLocale: en", "classes:", "  4xx:",
    "statuses:", "  400:", "    name: BadRequest", "    action: fix_request",
    "    description:", "      en: x", "entries:", "  - id: a-b", "    status: 400",
    "    error: [x, y]", "    description: \"{a} and {{b}}\"", "    causes:", "overrides:",
    "remove: [a]", "suppress: [EasemobMissingTranslation]", "&a ", "*a", "!!binary", "<<: ",
    "? ", "- ", "{", "}", "[", "]", "%YAML 1.1", "--- ", "..."
  })
  void read(byte[] data) {
    Diagnostics diagnostics = new Diagnostics();
    CatalogFile file = new CatalogReader(diagnostics).read(new CatalogSource("fuzz.yaml", data, null), 0);
    if (file == null) {
      assertTrue(diagnostics.hasErrors(), "a file that cannot be read is reported");
    }
    for (Diagnostics.Problem p : diagnostics.sorted()) {
      assertNotEquals(Message.INTERNAL_ERROR, p.message());
      assertNotNull(p.render());
    }
  }
}
