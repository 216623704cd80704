package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.easemoberrors.processor.testing.Compiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor reads a catalogue as YAML does, and where YAML would read something other than
 * what the file seems to say, it refuses it and says what to write instead.
 */
class YamlReadingTest {
  static final String HEAD = CatalogErrorsTest.HEAD;
  static final String OK_ENTRY = CatalogErrorsTest.OK_ENTRY;

  @TempDir Path dir;

  Compilation compile(String yaml) {
    Compiles.catalogDir(dir, "y.yaml", yaml);
    return Compiles.compile(dir, List.of(), Compiles.packageInfo("com.example.y", "catalog = \"y.yaml\", defaultCatalog = false"));
  }

  static List<String> errors(Compilation compilation) {
    return CatalogErrorsTest.errors(compilation);
  }

  static Stream<Arguments> numbers() {
    return Stream.of(
        Arguments.of("0400", "YAML reads '0400' as 256 (octal, for the leading zero); write 256, or 400 without the leading zero if that is what you meant"),
        Arguments.of("0620", "YAML reads '0620' as 400 (octal, for the leading zero); write 400, or 620 without the leading zero"),
        Arguments.of("0x190", "YAML reads '0x190' as 400 (hexadecimal); write 400"),
        Arguments.of("0b110010000", "YAML reads '0b110010000' as 400 (binary); write 400"),
        Arguments.of("4_00", "YAML reads '4_00' as 400 (without the underscores); write 400"),
        Arguments.of("+400", "YAML reads '+400' as 400; write 400"),
        Arguments.of("6:40", "YAML reads '6:40' as 400 (base 60, for the colon); write 400"));
  }

  @ParameterizedTest(name = "status: {0}")
  @MethodSource("numbers")
  void aStatusThatIsNoPlainDecimalNumberIsRefused(String written, String says) {
    List<String> errors = errors(compile(HEAD + OK_ENTRY.replace("status: 400", "status: " + written)));
    assertEquals(1, errors.size(), String.join("\n", errors));
    assertTrue(errors.get(0).contains("y.yaml:11:13: error: [EasemobNotDecimal] 'status' in entry 'invalid-grant' must be a plain decimal number: " + says),
        errors.get(0));
  }

  @Test
  void aStatusKeyThatIsNoPlainDecimalNumberIsRefused() {
    List<String> errors = errors(compile(HEAD.replace("  400: {name", "  0620: {name") + OK_ENTRY));
    assertTrue(errors.get(0).contains("y.yaml:8:3: error: [EasemobNotDecimal] 'statuses' in the catalogue must be a plain decimal number: YAML reads '0620' as 400"),
        String.join("\n", errors));
  }

  @Test
  void plainDecimalStatusesAreRead() {
    assertThat(compile(HEAD + OK_ENTRY)).succeededWithoutWarnings();
  }
}
