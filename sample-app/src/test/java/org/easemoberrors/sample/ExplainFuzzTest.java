package org.easemoberrors.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code explain}'s JSON Lines on arbitrary standard input: it exits 0, its output is UTF-8, and
 * every line that is not empty gets exactly one JSON object, in order, either an explanation or a
 * record that names the line and says why it is not one. The line limit is 200 characters here,
 * so that the fuzzer reaches it.
 *
 * <p>In the normal build this replays its saved inputs ({@code ExplainFuzzTestInputs} beside this
 * class); {@code JAZZER_FUZZ=1} turns it into a fuzzing campaign (see the README).
 */
class ExplainFuzzTest {
  private static final int LIMIT = 200;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ACTIONS = Set.of("retry", "backoff", "split", "refresh_token", "fix_request", "alert");

  @FuzzTest(maxDuration = "30m", maxExecutions = 2_000_000)
  // No line breaks in entries: libFuzzer's dictionary holds one entry per line. The seeds have them.
  @DictionaryEntries({
    "{\"status\": 400, \"body\": \"", "{\"status\":401,\"body\":{\"error\":\"", "\"}", "\\\"}\"}", "\"status\":",
    "\"body\":", "\\\"error_description\\\":\\\"", "invalid_grant", "\\\\ud800", "\\ud800", "\\udc00", "\\u0000",
    "\uFEFF", "[[[[[[[[", "]]]]]]]]", "{\"a\":", "null", "true", "1e400",
    "-0", "400.0", "2147483648", "Application ", "Entity user requires that property named username be unique, value of "
  })
  void jsonLines(byte[] data) throws IOException {
    ExplainCommand command = new ExplainCommand();
    command.locale = data.length > 0 && (data[0] & 1) == 1 ? "zh-CN" : "en";
    command.maxLine = LIMIT;
    // Explain's 64 K-character output buffer, allocated for every input, was a tenth of a campaign's time.
    command.outputBuffer = 512;
    command.in = new ByteArrayInputStream(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    command.out = out;

    assertEquals(0, command.call());

    List<long[]> lines = nonEmptyLines(data);
    List<String> records = outputLines(out.toByteArray());
    assertEquals(lines.size(), records.size(), "one record for every line that is not empty");
    for (int i = 0; i < records.size(); i++) {
      long number = lines.get(i)[0];
      long length = lines.get(i)[1];
      JsonNode record = JSON.readTree(records.get(i));
      assertTrue(record.isObject(), records.get(i));
      if (record.has("invalid")) {
        assertEquals(number, record.path("line").asLong(), records.get(i));
        String reason = record.path("invalid").asText();
        assertEquals(length > LIMIT, reason.startsWith("longer than " + LIMIT + " characters"), records.get(i));
      } else {
        assertTrue(length <= LIMIT, records.get(i));
        assertTrue(record.path("status").isInt(), records.get(i));
        assertTrue(ACTIONS.contains(record.path("action").asText()), records.get(i));
        assertFalse(record.path("exception").asText().isEmpty(), records.get(i));
        assertTrue(record.path("causes").isArray() && record.path("causes").size() > 0, records.get(i));
        assertFalse(record.path("help").asText().isEmpty(), records.get(i));
      }
    }
  }

  /**
   * The number and length of each line that is not empty, worked out apart from explain's reader:
   * the input as UTF-8 (bad bytes replaced, as any decoding does) without a leading byte order
   * mark, cut at each LF, a CR before it dropped.
   */
  private static List<long[]> nonEmptyLines(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<long[]> lines = new ArrayList<>();
    if (text.isEmpty()) {
      return lines;
    }
    String[] parts = text.split("\n", -1);
    int count = text.endsWith("\n") ? parts.length - 1 : parts.length;
    for (int i = 0; i < count; i++) {
      String line = parts[i].endsWith("\r") ? parts[i].substring(0, parts[i].length() - 1) : parts[i];
      if (!line.isEmpty()) {
        lines.add(new long[] {i + 1, line.length()});
      }
    }
    return lines;
  }

  /** The output's lines, which must be UTF-8, each ended by the line separator. */
  private static List<String> outputLines(byte[] bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("the output is not UTF-8", e);
    }
    List<String> lines = new ArrayList<>();
    String separator = System.lineSeparator();
    int from = 0;
    while (from < text.length()) {
      int end = text.indexOf(separator, from);
      assertTrue(end >= 0, "the last record ends its line");
      lines.add(text.substring(from, end));
      from = end + separator.length();
    }
    return lines;
  }
}
