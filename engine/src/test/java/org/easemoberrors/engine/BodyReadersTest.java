package org.easemoberrors.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Jackson and the Gson reader give the same fields for every body: the seed corpus, the saved
 * fuzz inputs of the sample app, and bodies at and past Jackson's default read limits.
 */
class BodyReadersTest {
  private static final String CREDENTIALS =
    "\"error\":\"invalid_grant\",\"error_description\":\"invalid username or password\"";
  private static final String[] FIELDS = {"invalid_grant", "invalid username or password"};

  private static void agree(String body, List<String> disagreements) {
  String[] jackson = EasemobJacksonBody.read(body);
  String[] gson = EasemobGsonBody.read(body);
  if (!Arrays.equals(jackson, gson)) {
    String shown = body.length() > 200 ? body.substring(0, 200) + "..." : body;
    disagreements.add(shown + " -> jackson " + Arrays.toString(jackson) + ", gson " + Arrays.toString(gson));
  }
  }

  private static String[] both(String body) {
  String[] jackson = EasemobJacksonBody.read(body);
  assertArrayEquals(jackson, EasemobGsonBody.read(body), "Jackson and Gson disagree");
  return jackson;
  }

  @Test
  void theReadersAgreeOnTheSeedCorpus() throws IOException {
  Path file = Path.of(System.getProperty("easemob.corpus", "../processor/src/test/resources/org/easemoberrors/processor"), "seed-responses.jsonl");
  List<String> disagreements = new ArrayList<>();
  int rows = 0;
  int withFields = 0;
  for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
    if (line.isBlank()) {
    continue;
    }
    JsonObject row = JsonParser.parseString(line).getAsJsonObject();
    String body = row.get("body").isJsonNull() ? null : row.get("body").getAsString();
    agree(body, disagreements);
    rows++;
    String[] fields = EasemobJacksonBody.read(body);
    withFields += fields != null && fields[0] != null ? 1 : 0;
  }
  assertTrue(rows >= 30, rows + " rows in " + file);
  assertTrue(withFields >= 15, "only " + withFields + " rows have an error code");
  assertEquals(List.of(), disagreements);
  }

  @Test
  void theReadersAgreeOnTheFuzzInputs() throws IOException {
  List<Path> inputs = new ArrayList<>();
  for (String dir : System.getProperty("easemob.fuzz.inputs", "").split(",")) {
    Path d = Path.of(dir.trim());
    if (!dir.isBlank() && Files.isDirectory(d)) {
    try (Stream<Path> files = Files.walk(d)) {
      files.filter(Files::isRegularFile).sorted().forEach(inputs::add);
    }
    }
  }
  assertTrue(inputs.size() >= 50, "only " + inputs.size() + " fuzz inputs under " + System.getProperty("easemob.fuzz.inputs"));
  List<String> disagreements = new ArrayList<>();
  for (Path p : inputs) {
    byte[] data = Files.readAllBytes(p);
    byte[] rest = data.length < 2 ? new byte[0] : Arrays.copyOfRange(data, 2, data.length);
    // As the sample app's fuzz test makes bodies of them, and the whole input as text.
    agree(new String(rest, StandardCharsets.UTF_8), disagreements);
    agree(new String(rest, StandardCharsets.UTF_16BE), disagreements);
    agree(new String(data, StandardCharsets.UTF_8), disagreements);
  }
  assertEquals(List.of(), disagreements, disagreements.size() + " of " + 3 * inputs.size() + " bodies");
  }

  @Test
  void fieldsBeyondJacksonsDefaultLimitsDoNotCostTheEntry() {
  String digits = "9".repeat(1_001);
  assertArrayEquals(FIELDS, both("{" + CREDENTIALS + ",\"x\":" + digits + "}"));
  String number = "-" + "1".repeat(400) + "." + "5".repeat(400) + "e-" + "7".repeat(20);
  assertArrayEquals(FIELDS, both("{\"x\":" + number + "," + CREDENTIALS + "}"));
  assertArrayEquals(FIELDS, both("{" + CREDENTIALS + ",\"x\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}"));
  assertArrayEquals(FIELDS, both("{\"x\":" + "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000) + "," + CREDENTIALS + "}"));
  assertArrayEquals(FIELDS, both("{\"" + "n".repeat(60_000) + "\":1," + CREDENTIALS + "}"));
  assertArrayEquals(FIELDS, both("{\"x\":\"" + "s".repeat(21_000_000) + "\"," + CREDENTIALS + "}"));
  }

  @Test
  void aNumberOfMoreThan1023CharactersIsBeyondGsonAndSoBeyondBoth() {
  assertArrayEquals(FIELDS, both("{" + CREDENTIALS + ",\"x\":" + "1".repeat(1023) + "}"));
  assertArrayEquals(FIELDS, both("{" + CREDENTIALS + ",\"x\":-" + "1".repeat(1020) + ".5}"));
  assertNull(both("{" + CREDENTIALS + ",\"x\":" + "1".repeat(1024) + "}"));
  assertNull(both("{\"x\":-" + "1".repeat(1000) + ".5e-" + "1".repeat(1000) + "," + CREDENTIALS + "}"));
  }

  @Test
  void onlyTopLevelStringFieldsCount() {
  assertArrayEquals(new String[] {null, null}, both("{\"x\":{\"error\":\"a\"},\"error_description\":7}"));
  assertArrayEquals(new String[] {"b", null}, both("{\"error\":\"a\",\"error\":\"b\",\"error_description\":null}"));
  assertArrayEquals(new String[] {"\ud800", "\n"}, both("{\"error\":\"\\ud800\",\"error_description\":\"\\n\"}"));
  }

  @Test
  void aByteOrderMarkBeforeTheObjectIsSkipped() {
  assertArrayEquals(FIELDS, both("\uFEFF{" + CREDENTIALS + "}"));
  assertNull(both("\uFEFF"));
  assertNull(both("\uFEFF\uFEFF{" + CREDENTIALS + "}"), "one mark, at the start only");
  }

  @Test
  void whatIsNoJsonObjectGivesNoFields() {
  for (String body : new String[] {null, "", " ", "[]", "\"x\"", "<html>503</html>", "{", "{\"error\":\"a\"", "{\"error\":}", "{'error':'a'}", "{error:\"a\"}", "7"}) {
    assertNull(both(body), body);
  }
  }
}
