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
  @DictionaryEntries({
    "catalog: 1\n", "locales: [zh_CN, en]\n", "fallbackLocale: en\n", "classes:\n", "  4xx:\n",
    "statuses:\n", "  400:\n", "    name: BadRequest\n", "    action: fix_request\n",
    "    description:\n", "      en: x\n", "entries:\n", "  - id: a-b\n", "    status: 400\n",
    "    error: [x, y]\n", "    description: \"{a} and {{b}}\"\n", "    causes:\n", "overrides:\n",
    "remove: [a]\n", "suppress: [EasemobMissingTranslation]\n", "&a ", "*a", "!!binary", "<<: ",
    "? ", "- ", "{", "}", "[", "]", "\t", "%YAML 1.1\n", "--- ", "...\n"
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
