package org.easemoberrors.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  @Test
  void aBodyHasTheServersFieldsInTheServersOrder() {
  assertEquals(
    "{\"error\": \"invalid_grant\", \"exception\": \"org.apache.usergrid.rest.exceptions.IllegalArgumentException\","
      + " \"timestamp\": 1542609999016, \"duration\": 0, \"error_description\": \"invalid username or password\"}",
    EasemobExamples.body(new String[] {"invalid_grant", "other"}, "BAD_REQUEST", new String[] {"invalid username or password"}, "ignored", null));
  }

  @Test
  void anEntryForAnyCodeGetsItsStatusNameAndOneWithoutTemplatesItsFirstCause() {
  String body = EasemobExamples.body(new String[0], "TOO_MANY_REQUESTS", new String[0], "Too many calls.\nA second cause.", null);
  assertArrayEquals(new String[] {"too_many_requests", "Too many calls."}, EasemobJacksonBody.read(body));
  }

  @Test
  void placeholdersTakeTheValuesGivenElseOnesFromTheirNames() {
  String template = "user {username} of {appKey} is over {max} in {groupId}: {{{usernames}}} {value}";
  assertEquals("user alice of easemob-demo#chatdemoui is over 100 in 1234567890: {username1,username2} value1",
    EasemobExamples.fill(template, Map.of("username", "alice")));
  assertEquals("chatdemoui", EasemobExamples.value("application"));
  assertEquals("easemob-demo", EasemobExamples.value("org"));
  assertEquals("100", EasemobExamples.value("fileSizeLimit"));
  }

  @Test
  void aValueGivenPicksATemplateThatHasItsPlaceholder() {
  String[] templates = {"Limit exceeds the maximum quantity limit", "Limit exceeds the maximum of {max}"};
  assertEquals(0, EasemobExamples.template(templates, Map.of()));
  assertEquals(1, EasemobExamples.template(templates, Map.of("max", "5")));
  assertEquals(0, EasemobExamples.template(templates, Map.of("other", "5")), "no template has it: the first");
  String body = EasemobExamples.body(new String[] {"limit"}, "BAD_REQUEST", templates, "", Map.of("max", "5"));
  assertEquals("{\"error\": \"limit\", \"exception\": \"" + EasemobExamples.EXCEPTION + "\", \"timestamp\": 1542609999016, "
    + "\"duration\": 0, \"error_description\": \"Limit exceeds the maximum of 5\"}", body);
  }

  @Test
  void stringsAreEscapedSoAJsonReaderGetsThemBack() {
  String nasty = "quote \" backslash \\ newline \n tab \t control \u0001 line \u2028 \u4e2d\u6587";
  String body = EasemobExamples.body("code \"x\"", EasemobExamples.EXCEPTION, nasty);
  assertArrayEquals(new String[] {"code \"x\"", nasty}, EasemobJacksonBody.read(body));
  assertEquals(-1, body.indexOf('\n'), "one line");
  assertEquals(-1, body.indexOf('\u2028'), "no JavaScript line break");
  }

  @Test
  void withoutAnErrorCodeTheFieldIsLeftOut() {
  assertEquals("{\"exception\": \"e\", \"timestamp\": 1542609999016, \"duration\": 0, \"error_description\": \"d\"}",
    EasemobExamples.body(null, "e", "d"));
  }
}
