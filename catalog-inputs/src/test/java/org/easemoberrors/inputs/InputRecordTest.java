package org.easemoberrors.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputRecordTest {
  @TempDir Path root;

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void sha256IsLowerCaseHex() {
    // FIPS 180-2, appendix B.1.
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", InputRecord.sha256(utf8("abc")));
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", InputRecord.sha256(new byte[0]));
  }

  @Test
  void theTextIsTheDocumentedFormat() {
    InputRecord record = new InputRecord("com/acme/errors/package-info.class", List.of("../../catalogs", "/opt/shared"),
        InputRecord.Catalog.of(InputRecord.DEFAULT_RESOURCE, utf8("abc")), List.of(InputRecord.Catalog.of("/app.yaml", new byte[0])));
    String text = record.text();
    assertTrue(text.startsWith("# "), text);
    assertEquals(
        "version\t1\n"
            + "class\tcom/acme/errors/package-info.class\n"
            + "search\t../../catalogs\n"
            + "search\t/opt/shared\n"
            + "default\tba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\torg/easemoberrors/catalog/easemob-errors.yaml\n"
            + "catalog\te3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\tapp.yaml\n",
        text.substring(text.indexOf("version")));
  }

  @Test
  void theProcessorLineFollowsTheClassLine() throws IOException {
    String identity = InputRecord.sha256(utf8("a processor jar"));
    InputRecord record = new InputRecord("A.class", List.of(), null, List.of(), identity);
    String text = record.text();
    assertEquals("version\t1\nclass\tA.class\nprocessor\t" + identity + "\n", text.substring(text.indexOf("version")));
    assertEquals(record, InputRecord.parse(text, "r"));
    assertEquals(identity, InputRecord.parse(text, "r").processor());
  }

  @Test
  void aRecordWrittenBeforeTheProcessorLineNamesNoProcessor() throws IOException {
    // As the processor wrote it before the line existed, and as it writes it when run from a directory.
    InputRecord record = InputRecord.parse("version\t1\nclass\tA.class\ndefault\tabc\t" + InputRecord.DEFAULT_RESOURCE + "\n", "r");
    assertNull(record.processor());
    assertEquals(new InputRecord("A.class", List.of(), new InputRecord.Catalog("abc", InputRecord.DEFAULT_RESOURCE), List.of()), record);
    assertFalse(record.text().contains("processor\t"), record.text());
  }

  @Test
  void whatIsWrittenIsReadBack() throws IOException {
    InputRecord record = new InputRecord("com/acme/Api$Errors.class", List.of("x"), null,
        List.of(InputRecord.Catalog.of("a.yaml", utf8("1")), InputRecord.Catalog.of("com/acme/b.yaml", utf8("2"))));
    Path file = root.resolve("deep/dir/" + InputRecord.FILE_NAME);
    record.write(file);
    assertEquals(record, InputRecord.read(file));
    assertNull(InputRecord.read(file).defaultCatalog());
  }

  @Test
  void theSearchPathIsRelativeToTheRecord() {
    Path dir = root.resolve("target/generated-sources/annotations/com/acme");
    String written = InputRecord.relative(dir, root.resolve("catalogs"));
    assertEquals("../../../../../catalogs", written);
    assertEquals(".", InputRecord.relative(dir, dir));
    InputRecord record = new InputRecord("A.class", List.of(written, root.resolve("abs").toString()), null, List.of());
    assertEquals(List.of(root.resolve("catalogs"), root.resolve("abs")), record.searchPath(dir));
    // Without a directory to be relative to, the path is absolute.
    assertEquals(root.resolve("catalogs").toString(), InputRecord.relative(null, root.resolve("catalogs")));
  }

  @Test
  void commentsBlankLinesAndUnknownKeysAreSkipped() throws IOException {
    InputRecord record = InputRecord.parse("# a comment\n\nversion\t1\r\nlater\tsomething\tnew\nclass\tA.class\n", "r");
    assertEquals(new InputRecord("A.class", List.of(), null, List.of()), record);
  }

  @Test
  void anotherVersionIsRefused() {
    IOException e = assertThrows(IOException.class, () -> InputRecord.parse("version\t2\nclass\tA.class\n", "r"));
    assertEquals("r: not a record this plugin can read (version 2)", e.getMessage());
    assertThrows(IOException.class, () -> InputRecord.parse("class\tA.class\n", "r"));
  }

  @Test
  void aMissingFieldIsRefusedWithItsLine() {
    IOException e = assertThrows(IOException.class, () -> InputRecord.parse("version\t1\nclass\tA.class\ncatalog\tabc\n", "r"));
    assertEquals("r:3: missing field 2", e.getMessage());
    assertThrows(IOException.class, () -> InputRecord.parse("version\t1\n", "r"));
  }

  @Test
  void aValueTheFormatCannotHoldIsRefusedWhenWritten() {
    assertThrows(IllegalArgumentException.class, () -> new InputRecord("A\t.class", List.of(), null, List.of()));
    assertThrows(IllegalArgumentException.class, () -> InputRecord.Catalog.of("a\nb.yaml", new byte[0]));
    assertThrows(IllegalArgumentException.class, () -> new InputRecord("A.class", List.of(""), null, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new InputRecord("A.class", List.of(), null, List.of(), ""));
  }

  @Test
  void recordsAreFoundInAStableOrder() throws IOException {
    Path b = root.resolve("gen/b/" + InputRecord.FILE_NAME);
    Path a = root.resolve("gen/a/" + InputRecord.FILE_NAME);
    new InputRecord("b/package-info.class", List.of(), null, List.of()).write(b);
    new InputRecord("a/package-info.class", List.of(), null, List.of()).write(a);
    Files.writeString(root.resolve("gen/a/Other.java"), "class Other {}");
    assertEquals(List.of(a, b), InputRecord.find(root.resolve("gen")));
    assertEquals(List.of(), InputRecord.find(root.resolve("nothing")));
  }
}
