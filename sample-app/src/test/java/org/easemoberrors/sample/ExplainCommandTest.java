package org.easemoberrors.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

class ExplainCommandTest {

  private static String explain(String stdin, String... args) {
    return explain(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  private static String explain(byte[] stdin, String... args) {
    ExplainCommand command = new ExplainCommand();
    command.in = new ByteArrayInputStream(stdin);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    command.out = out;
    assertEquals(0, new CommandLine(command).execute(args));
    return strictUtf8(out.toByteArray());
  }

  /** The output as text, failing on any byte sequence that is not UTF-8. */
  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("the output is not UTF-8: " + e, e);
    }
  }

  /** The JSON objects explain wrote, one a line. */
  private static List<JsonNode> records(String output) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> records = new java.util.ArrayList<>();
    for (String line : output.split(System.lineSeparator(), -1)) {
      if (!line.isEmpty()) {
        records.add(json.readTree(line));
      }
    }
    assertTrue(output.isEmpty() || output.endsWith(System.lineSeparator()), "every record ends its line");
    return records;
  }

  private static String repeat(String s, int times) {
    StringBuilder sb = new StringBuilder(s.length() * times);
    for (int i = 0; i < times; i++) {
      sb.append(s);
    }
    return sb.toString();
  }

  private static final String INVALID_GRANT =
      "\"{\\\"error\\\":\\\"invalid_grant\\\",\\\"error_description\\\":\\\"invalid username or password\\\"}\"";

  /** An output stream that fails as a full disk does. */
  private static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  private static int explainInto(OutputStream out, StringWriter err, String stdin, String... args) {
    ExplainCommand command = new ExplainCommand();
    command.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    command.out = out;
    CommandLine line = new CommandLine(command);
    line.setErr(new PrintWriter(err, true));
    return line.execute(args);
  }

  @Test
  void aWriteFailureIsAnErrorWithAMessage() {
    StringWriter err = new StringWriter();
    int status = explainInto(new FullDisk(), err, "{\"status\": 400, \"body\": \"x\"}\n");

    assertNotEquals(0, status);
    assertTrue(err.toString().contains("explain: cannot write the output: No space left on device"), err.toString());
  }

  @Test
  void aWriteFailureOfTheTextIsAnErrorToo() {
    StringWriter err = new StringWriter();
    int status = explainInto(new FullDisk(), err, "", "--status", "400", "--body", "x");

    assertNotEquals(0, status);
    assertTrue(err.toString().contains("explain: cannot write the output: No space left on device"), err.toString());
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void theOutputGoesOutWhenTheInputWaits() throws Exception {
    // A reader that waits for more input (tail -f | explain) sees the answers to the lines so far.
    java.io.PipedOutputStream feed = new java.io.PipedOutputStream();
    java.io.PipedInputStream stdin = new java.io.PipedInputStream(feed);
    java.io.PipedInputStream answers = new java.io.PipedInputStream();
    ExplainCommand command = new ExplainCommand();
    command.in = stdin;
    command.out = new java.io.PipedOutputStream(answers);
    Thread running = new Thread(() -> new CommandLine(command).execute("--locale", "en"));
    running.setDaemon(true);
    running.start();
    feed.write("{\"status\": 504}\n".getBytes(StandardCharsets.UTF_8));
    feed.flush();
    java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(answers, StandardCharsets.UTF_8));
    String first = reader.readLine();
    assertTrue(first.startsWith("{\"status\":504,"), first);
    feed.close();
    running.join(10_000);
    assertFalse(running.isAlive());
  }

  @Test
  void aFiftyMegabyteLineIsRead() throws IOException {
    String big = repeat("x", 50 * 1024 * 1024);
    String in = "{\"status\": 400, \"trace\": \"" + big + "\", \"body\": " + INVALID_GRANT + "}\n"
        + "{\"status\": 413, \"body\": \"" + big + "\"}\n";

    List<JsonNode> records = records(explain(in, "--locale", "en"));

    assertEquals(2, records.size());
    assertEquals("invalid-credentials", records.get(0).path("entry").asText(), records.get(0).toString());
    assertEquals(413, records.get(1).path("status").asInt(), records.get(1).toString());
  }

  @Test
  void twoThousandLevelsOfNestingAreRead() throws IOException {
    String deep = repeat("{\"a\":", 2000) + "1" + repeat("}", 2000);
    String in = "{\"status\": 400, \"extra\": " + deep + ", \"body\": " + INVALID_GRANT + "}\n"
        + "{\"status\": 500, \"body\": " + deep + "}\n";

    List<JsonNode> records = records(explain(in, "--locale", "en"));

    assertEquals(2, records.size());
    assertEquals("invalid-credentials", records.get(0).path("entry").asText(), records.get(0).toString());
    assertEquals(500, records.get(1).path("status").asInt(), records.get(1).toString());
  }

  @Test
  void nestingBeyondExplainsLimitSaysSoWithTheLimit() throws IOException {
    int depth = ExplainCommand.MAX_NESTING + 1;
    String in = "{\"status\": 400, \"body\": " + repeat("[", depth) + repeat("]", depth) + "}\n{\"status\": 504}\n";

    List<JsonNode> records = records(explain(in, "--locale", "en"));

    assertEquals(2, records.size());
    assertEquals(1, records.get(0).path("line").asInt());
    assertEquals("nested more than " + ExplainCommand.MAX_NESTING + " levels deep, explain's limit",
        records.get(0).path("invalid").asText());
    assertEquals(504, records.get(1).path("status").asInt());
  }

  @Test
  void aByteOrderMarkAtTheStartIsSkipped() throws IOException {
    List<JsonNode> records = records(explain("\uFEFF{\"status\": 400, \"body\": " + INVALID_GRANT + "}\n", "--locale", "en"));

    assertEquals(1, records.size());
    assertEquals("invalid-credentials", records.get(0).path("entry").asText(), records.get(0).toString());
  }

  @Test
  void aLineLongerThanTheLimitGetsARecordThatSaysSo() throws IOException {
    String in = "{\"status\": 400, \"body\": \"" + repeat("y", ExplainCommand.MAX_LINE) + "\"}\n{\"status\": 504}\n";

    List<JsonNode> records = records(explain(in, "--locale", "en"));

    assertEquals(2, records.size());
    assertEquals(1, records.get(0).path("line").asInt());
    assertEquals("longer than " + ExplainCommand.MAX_LINE + " characters, explain's limit for a line: not read",
        records.get(0).path("invalid").asText());
    assertEquals(504, records.get(1).path("status").asInt());
  }

  @Test
  void theLimitCountsTheLineWithoutItsEndAcrossReads() throws IOException {
    // Lines longer than the reader's buffer, ended by a CR LF that the buffer splits.
    String ten = "0123456789";
    String longLine = "{\"status\": 504, \"x\": \"" + repeat("y", 8192 - 25) + "\"}";
    String in = ten + "\r\n" + ten + "A\n" + longLine + "\r\n" + longLine + "\r\n";
    ExplainCommand command = new ExplainCommand();
    command.in = new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8));
    command.maxLine = longLine.length();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    command.out = out;
    assertEquals(0, new CommandLine(command).execute("--locale", "en"));

    List<JsonNode> records = records(strictUtf8(out.toByteArray()));
    assertEquals(4, records.size(), records.toString());
    assertTrue(records.get(0).path("invalid").asText().startsWith("not JSON: "), records.get(0).toString());
    assertTrue(records.get(1).path("invalid").asText().startsWith("not JSON: "), records.get(1).toString());
    assertEquals(504, records.get(2).path("status").asInt(), records.get(2).toString());
    assertEquals(504, records.get(3).path("status").asInt(), records.get(3).toString());

    command = new ExplainCommand();
    command.in = new ByteArrayInputStream((ten + "\r\n" + ten + "A\r\n").getBytes(StandardCharsets.UTF_8));
    command.maxLine = 10;
    out = new ByteArrayOutputStream();
    command.out = out;
    assertEquals(0, new CommandLine(command).execute("--locale", "en"));
    records = records(strictUtf8(out.toByteArray()));
    assertTrue(records.get(0).path("invalid").asText().startsWith("not JSON: "), records.get(0).toString());
    assertEquals("longer than 10 characters, explain's limit for a line: not read", records.get(1).path("invalid").asText());
  }

  @Test
  void everyNonEmptyLineGetsExactlyOneRecord() throws IOException {
    String in = "\u0000\u0001\u001f\u0007\n"
        + "\n"
        + "   \n"
        + "\u000b\u000c\n"
        + "{\"status\": 504}\r\n"
        + "\r\n"
        + "{\"status\": 503}";

    List<JsonNode> records = records(explain(in, "--locale", "en"));

    assertEquals(5, records.size(), records.toString());
    assertEquals(1, records.get(0).path("line").asInt());
    assertTrue(records.get(0).path("invalid").asText().startsWith("not JSON: "), records.get(0).toString());
    assertEquals(3, records.get(1).path("line").asInt());
    assertEquals("blank: only white space", records.get(1).path("invalid").asText());
    assertEquals(4, records.get(2).path("line").asInt());
    assertTrue(records.get(2).path("invalid").asText().startsWith("not JSON: "), records.get(2).toString());
    assertEquals(504, records.get(3).path("status").asInt());
    assertEquals(503, records.get(4).path("status").asInt());
  }

  @Test
  void aLoneSurrogateIsEscapedNotReplaced() throws IOException {
    // The body's JSON says \ud800: the error code the matcher reads holds a lone surrogate.
    String in = "{\"status\": 400, \"body\": \"{\\\"error\\\":\\\"\\\\ud800x\\\",\\\"error_description\\\":\\\"\\\\udfff\\\"}\"}\n"
        + "{\"status\": 400, \"body\": \"{\\\"error\\\":\\\"\\\\ud83d\\\\ude00\\\"}\"}\n";

    String out = explain(in, "--locale", "en");
    List<JsonNode> records = records(out);

    assertEquals("\ud800x", records.get(0).path("error").asText());
    assertFalse(out.contains("?x"), out);
    assertTrue(out.contains("\"error\":\"\\ud800x\""), out);
    // A surrogate pair is a character like any other: written as it is.
    assertEquals("\ud83d\ude00", records.get(1).path("error").asText());
    assertTrue(out.contains("\"error\":\"\ud83d\ude00\""), out);
  }

  @Test
  void aLoneSurrogateInTheTextIsEscapedToo() {
    String text = explain("", "--locale", "en", "--status", "400", "--body", "{\"error\":\"\\ud800x\"}");

    assertTrue(text.startsWith("error[400]: HTTP 400 \\ud800x\n"), text);
  }

  @Test
  void helpFillsEachPlaceholderOnceFromTheResponse() {
    // The property's value is itself a placeholder's name: it stays as the response gave it.
    String text = explain("", "--locale", "en", "--status", "500", "--body",
        "{\"error\":\"no_full_text_index\",\"error_description\":\"Entity 'user' with property named '{operand}' is not full text "
            + "indexed.  You cannot use the 'contains' operand on this field\"}");

    assertTrue(text.contains("What to change:\n  Do not use 'contains' on {operand}: query by its exact value, or keep a searchable copy"
        + " of the data on your own server.\n"), text);
  }

  /** The JSON Lines contract that check-explain and scripts read: byte for byte. */
  @Test
  void jsonLinesStayAsTheyAre() {
    String in = String.join("\n",
        "{\"status\": 400, \"body\": \"{\\\"error\\\":\\\"duplicate_unique_property_exists\\\",\\\"error_description\\\":"
            + "\\\"Application 4d7e4ba0-dc4a-11e3-90d5-e1ffbaacdaf5Entity user requires that property named username be unique, value of dddd exists\\\"}\"}",
        "",
        "{\"status\": 401, \"body\": {\"error_description\": \"Unable to authenticate due to expired access token\"}}",
        "not json",
        "{\"status\": \"400\"}",
        "{\"status\": 504, \"body\": null}") + "\n";
    String expected = String.join("\n",
        "{\"status\":400,\"error\":\"duplicate_unique_property_exists\",\"entry\":\"duplicate-username\",\"exception\":"
            + "\"org.easemoberrors.sample.errors.EasemobClientException.BadRequest.DuplicateUsername\",\"action\":\"fix_request\",\"causes\":"
            + "[\"用户名已存在,dddd这个用户名在该APP下已经存在\"],\"help\":\"换一个 dddd 以外的用户名注册；如果 dddd 是之前某次应答丢失的请求创建的，就当作用户已创建成功。\","
            + "\"params\":{\"application\":\"4d7e4ba0-dc4a-11e3-90d5-e1ffbaacdaf5\",\"value\":\"dddd\"}}",
        "{\"status\":401,\"error\":null,\"entry\":\"expired-token\",\"exception\":\"org.easemoberrors.sample.errors.EasemobClientException.Unauthorized.ExpiredToken\","
            + "\"action\":\"refresh_token\",\"causes\":[\"token过期\"],"
            + "\"help\":\"调用获取 token 接口取得新的 App token 后再发一次请求；在 expires_in 到期之前主动更新 token。\",\"params\":{}}",
        "{\"line\":4,\"invalid\":\"not JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\"}",
        "{\"line\":5,\"invalid\":\"\\\"status\\\" must be an integer\"}",
        "{\"status\":504,\"error\":null,\"entry\":null,\"exception\":\"org.easemoberrors.sample.errors.EasemobServerException.GatewayTimeout\","
            + "\"action\":\"retry\",\"causes\":[\"(网关超时)服务器作为网关或代理,但是没有及时从上游服务器收到请求。\"],"
            + "\"help\":\"网关超时，请求可能已经生效：可以安全重复的请求直接重试；不能安全重复的请求先查询确认（例如用户是否已创建）再决定是否重发。\",\"params\":{}}")
        + System.lineSeparator();
    assertEquals(expected.replace("\n", System.lineSeparator()), explain(in, "--locale", "zh-CN"));
  }

  @Test
  void textExplainsTheEntryTheCauseTheActionAndWhatToChange() {
    String text = explain("", "--locale", "en", "--status", "400", "--body",
        "{\"error\":\"duplicate_unique_property_exists\",\"error_description\":\"Application 4d7e4ba0-dc4a-11e3-90d5-e1ffbaacdaf5"
            + "Entity user requires that property named username be unique, value of dddd exists\"}");

    assertTrue(text.startsWith("error[duplicate-username]: HTTP 400 duplicate_unique_property_exists\n"), text);
    assertTrue(text.contains("  exception: org.easemoberrors.sample.errors.EasemobClientException.BadRequest.DuplicateUsername\n"), text);
    assertTrue(text.contains("  parameters: application = 4d7e4ba0-dc4a-11e3-90d5-e1ffbaacdaf5, value = dddd\n"), text);
    assertTrue(text.contains("Likely cause:\n  The username is taken: a user named dddd already exists in this app.\n"), text);
    assertTrue(text.contains("Recommended action: fix_request\n  The request itself is wrong"), text);
    assertTrue(text.contains("What to change:\n  Register the user under a name other than dddd; if dddd was created by an earlier"
        + " attempt whose answer was lost, treat the user as created.\n"), text);
  }

  @Test
  void textSpeaksChineseWhenAsked() {
    String text = explain("", "--locale", "zh-CN", "--status", "500", "--body",
        "{\"error\":\"no_full_text_index\",\"error_description\":\"Entity 'user' with property named 'username' is not full text "
            + "indexed.  You cannot use the 'contains' operand on this field\"}");

    assertTrue(text.startsWith("error[not-full-text-indexed]: HTTP 500 no_full_text_index\n"), text);
    assertTrue(text.contains("可能原因:\n  username不支持全文索引,不可以对该字段进行contains操作\n"), text);
    assertTrue(text.contains("建议处理: alert\n"), text);
    assertTrue(text.contains("如何修改:\n  不要对 username 使用 'contains'"), text);
  }

  @Test
  void aStatusOnlyMatchGetsTheStatussHelp() {
    String text = explain("", "--locale", "en", "--status", "503", "--body", "<html>busy</html>");

    assertTrue(text.startsWith("error[503]: HTTP 503\n"), text);
    assertTrue(text.contains("  entry: none; matched on the status only\n"), text);
    assertTrue(text.contains("Recommended action: backoff\n"), text);
    assertTrue(text.contains("What to change:\n  The service is throttled or unavailable: wait as Retry-After says"), text);
  }
}
