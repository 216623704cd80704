package org.easemoberrors.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ExplainCommandTest {

  private static String explain(String stdin, String... args) {
    ExplainCommand command = new ExplainCommand();
    command.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    command.out = out;
    assertEquals(0, new CommandLine(command).execute(args));
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
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
            + "[\"用户名已存在,dddd这个用户名在该APP下已经存在\"],\"params\":{\"application\":\"4d7e4ba0-dc4a-11e3-90d5-e1ffbaacdaf5\",\"value\":\"dddd\"}}",
        "{\"status\":401,\"error\":null,\"entry\":\"expired-token\",\"exception\":\"org.easemoberrors.sample.errors.EasemobClientException.Unauthorized.ExpiredToken\","
            + "\"action\":\"refresh_token\",\"causes\":[\"token过期\"],\"params\":{}}",
        "{\"line\":4,\"invalid\":\"not JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\"}",
        "{\"line\":5,\"invalid\":\"\\\"status\\\" must be an integer\"}",
        "{\"status\":504,\"error\":null,\"entry\":null,\"exception\":\"org.easemoberrors.sample.errors.EasemobServerException.GatewayTimeout\","
            + "\"action\":\"retry\",\"causes\":[\"(网关超时)服务器作为网关或代理,但是没有及时从上游服务器收到请求。\"],\"params\":{}}")
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
    assertTrue(text.contains("What to change:\n  Choose a username other than dddd."), text);
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
  void aStatusOnlyMatchGetsTheActionsAdvice() {
    String text = explain("", "--locale", "en", "--status", "503", "--body", "<html>busy</html>");

    assertTrue(text.startsWith("error[503]: HTTP 503\n"), text);
    assertTrue(text.contains("  entry: none; matched on the status only\n"), text);
    assertTrue(text.contains("Recommended action: backoff\n"), text);
    assertTrue(text.contains("What to change:\n  Nothing in the request: wait as Retry-After says"), text);
  }
}
