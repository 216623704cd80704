package org.easemoberrors.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.easemoberrors.sample.errors.EasemobAction;
import org.easemoberrors.sample.errors.EasemobClientException.BadRequest;
import org.easemoberrors.sample.errors.EasemobClientException.Forbidden;
import org.easemoberrors.sample.errors.EasemobErrorMatch;
import org.easemoberrors.sample.errors.EasemobErrorMatcher;
import org.easemoberrors.sample.errors.EasemobException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every (status, error, error_description) row that the newer per-API Easemob docs list, in the
 * newer-docs-error-rows.txt beside this test, must be recognised by the default catalogue: a response body
 * built from the row matches a catalogue entry (not only its status) that has the row's status and
 * error code, and that entry explains it in Chinese and in English.
 *
 * <p>Where the docs write a placeholder (XXX, %s, {appkey}, {}) the body carries a realistic value
 * instead, so the test shows that the entry's templates match what the server really sends.
 */
class NewerDocsCoverageTest {

  private static final String ROWS = "newer-docs-error-rows.txt";
  private static final int ROW_COUNT = 196;
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;
  private static final String APP_KEY = "easemob-demo#chatdemoui";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Rows whose description the docs got wrong, with the string the server sends. The per-API page
   * for adding group members drops the first letter of "can not join this group"; the same message
   * is written in full on the other pages and in the common error-code page.
   */
  private static final Map<String, String> DOC_MISTAKES = new LinkedHashMap<String, String>();

  static {
    DOC_MISTAKES.put(
        "an not join this group, reason:user: XX already in group: XX\\n",
        "can not join this group, reason:user: XX already in group: XX\\n");
  }

  /**
   * Rows matched on their error code alone, by an entry without templates: the two that have no
   * description to match. Every other row must be matched by one of its entry's templates.
   */
  private static final List<String> MATCHED_BY_CODE = Arrays.asList("forbidden_op | ", "INTERNAL_SERVER_ERROR | ");

  /** Placeholders of the docs and the values that stand for them, applied in this order. */
  private static final String[][] VALUES = {
    {"\\{appkey\\}", APP_KEY},
    {"X+#X+", APP_KEY},
    {"X+/X+", "easemob-demo/chatdemoui"},
    {"(time: )x+", "$12024010112"},
    {"(file )x+", "$14b5c7a40-2c4e-11ef-9d62-5b9d1e3c7a11"},
    {"%s", "100"},
    {"\\{\\}", "10240"},
    {"(Application )X+", "$14d7e4ba0-dc4a-11e3-90d5-e1ffbaacdaf5"},
    {"(in app )X+", "$18be024f0-e978-11e8-b697-5d598d5f8402"},
    {"(grpID |group ID |group: ?)X+", "$11234567890"},
    {"(size\\[)X+", "$1120"},
    {"(value\\[)X+", "$1100"},
    {"(exceed to |cannot exceed )X+", "$11024"},
    {"X+(\\]? is not legal)", "Tom&Jerry$1"},
    {"^X+( must be provided)", "owner$1"},
    {"^X+( is violation)", "Weekend Hikers$1"},
    {"^X+( template is not exist)", "welcome$1"},
    {"(invalid : )X+", "$1limit"},
    {"(passwords are )X+", "$1[pwd1, pwd2]"},
    {"X{2,}", "user1"},
  };

  private static final Pattern ROW = Pattern.compile("^(\\d{3}) \\| (.+?) \\| ?(.*)$");
  private static final Pattern LEFT_OVER = Pattern.compile("XX|xxx|%s|\\{appkey\\}|\\{\\}");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private static List<Row> rows;

  static final class Row {
    final int line;
    final int status;
    final String error;
    final String documented;
    final String description;

    Row(int line, int status, String error, String documented) {
      this.line = line;
      this.status = status;
      this.error = error;
      this.documented = documented;
      this.description = concrete(clean(documented));
    }

    String body() throws JsonProcessingException {
      ObjectNode body = JSON.createObjectNode();
      body.put("error", error);
      body.put("error_description", description);
      body.put("timestamp", 1718000000000L);
      return JSON.writeValueAsString(body);
    }

    @Override
    public String toString() {
      return ROWS + ":" + line + " [" + status + " | " + error + " | " + documented + "]";
    }
  }

  @BeforeAll
  static void readRows() throws IOException {
    rows = new ArrayList<Row>();
    List<String> lines = rowLines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#") || line.trim().isEmpty()) {
        continue;
      }
      Matcher m = ROW.matcher(line);
      assertTrue(m.matches(), ROWS + ":" + (i + 1) + ": not a row: " + line);
      rows.add(new Row(i + 1, Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
    }
  }

  /** The rows, vendored beside this test (see the header of the file for where they come from). */
  static List<String> rowLines() throws IOException {
    try (java.io.InputStream in = NewerDocsCoverageTest.class.getResourceAsStream(ROWS)) {
      assertNotNull(in, ROWS + " is not on the test class path");
      return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
    }
  }

  /**
   * Undoes how the docs print descriptions: quotes around the whole description (or only at its
   * end) belong to the docs' tables, and "\n" is a newline written as a JSON escape.
   */
  static String clean(String documented) {
    String s = DOC_MISTAKES.containsKey(documented) ? DOC_MISTAKES.get(documented) : documented;
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    } else if (s.endsWith("\"") && s.indexOf('"') == s.length() - 1) {
      s = s.substring(0, s.length() - 1);
    }
    return s.replace("\\n", "\n");
  }

  static String concrete(String description) {
    String s = description;
    for (String[] value : VALUES) {
      s = s.replaceAll(value[0], value[1]);
    }
    return s;
  }

  @Test
  void everyRowIsRead() {
    assertEquals(ROW_COUNT, rows.size(), "rows in " + ROWS);
    for (Row row : rows) {
      assertFalse(LEFT_OVER.matcher(row.description).find(), "a placeholder is left in " + row + ": " + row.description);
    }
    for (String listed : MATCHED_BY_CODE) {
      boolean found = false;
      for (Row row : rows) {
        found |= listed.equals(row.error + " | " + row.documented);
      }
      assertTrue(found, "no row is " + listed);
    }
    // Spot checks of the cleaning.
    assertEquals("newpassword is required", rowWith("\"newpassword is required\"").description);
    assertEquals(
        "Failed to find chat message history download url for appkey: " + APP_KEY + ", time: 2024010112",
        rowWith("Failed to find chat message history download url for appkey: XXXX#XXXX, time: xxxxxx\"").description);
    assertEquals(
        "can not join this group, reason:user: user1 already in group: 1234567890\n",
        rowWith("an not join this group, reason:user: XX already in group: XX\\n").description);
    assertEquals("", rowWith("").description);
  }

  @TestFactory
  Stream<DynamicTest> everyRowMatchesACatalogueEntry() {
    return rows.stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> check(row)));
  }

  private static void check(Row row) throws JsonProcessingException {
    EasemobErrorMatch match = EasemobErrorMatcher.match(row.status, row.body());
    String what = row + " as \"" + row.description + "\"";
    assertNotNull(match.entry(), "only the status matched " + what);
    assertEquals(row.status, match.entry().status(), "status of " + match.entryId() + " for " + what);
    assertTrue(
        match.entry().errorCodes().contains(row.error),
        match.entryId() + " " + match.entry().errorCodes() + " lacks the error code of " + what);
    assertEquals(row.error, match.errorCode());
    assertEquals(row.description, match.description());
    boolean byCode = MATCHED_BY_CODE.contains(row.error + " | " + row.documented);
    assertEquals(
        byCode,
        match.entry().templates().isEmpty(),
        (byCode ? "expected a match on the code alone for " : "no template of " + match.entryId() + " matches ") + what);

    List<String> zh = match.explanations(ZH);
    List<String> en = match.explanations(EN);
    assertFalse(zh.isEmpty(), "no zh_CN causes for " + what);
    assertFalse(en.isEmpty(), "no en causes for " + what);
    assertEquals(zh.size(), en.size(), "zh_CN and en causes differ in number for " + what);
    assertNotEquals(
        match.statusType().description(ZH), zh.get(0), "the entry's causes are the status's for " + what);
    for (String cause : zh) {
      assertFalse(cause.trim().isEmpty(), "blank zh_CN cause for " + what);
      assertTrue(HAN.matcher(cause).find(), "zh_CN cause is not Chinese for " + what + ": " + cause);
      assertFalse(cause.matches(".*\\{[A-Za-z_$][A-Za-z0-9_$]*\\}.*"), "unfilled placeholder in " + cause);
    }
    for (String cause : en) {
      assertFalse(cause.trim().isEmpty(), "blank en cause for " + what);
      assertFalse(HAN.matcher(cause).find(), "en cause has Chinese text for " + what + ": " + cause);
      assertFalse(cause.matches(".*\\{[A-Za-z_$][A-Za-z0-9_$]*\\}.*"), "unfilled placeholder in " + cause);
    }
    assertNotNull(match.toException().getClass(), "no exception for " + what);
    assertEquals(match.entry().exceptionType(), match.toException().getClass(), "exception type for " + what);
  }

  /** Placeholders in the docs are values the server fills in: the entry hands them back. */
  @Test
  void placeholderValuesAreExtracted() throws JsonProcessingException {
    assertParams("user XX has joined too many groups!", "username", "user1");
    assertParams("appKey:XX#XX has create too many chatrooms!", "appKey", APP_KEY);
    assertParams("illegal arguments: appkey: XXXX#XXXX, time: xxxxxx", "appkey", APP_KEY, "time", "2024010112");
    assertParams(
        "illegal arguments: appkey: XXXX#XXXX, time: xxxxxx, maybe chat message history is expired or unstored\"",
        "appkey", APP_KEY, "time", "2024010112");
    assertParams("user: XX doesn't exist in group: XXX", "username", "user1", "groupId", "1234567890");
    assertParams("params to's size can't exceed limit 600", "max", "600");
    assertParams("removeMute member size more than max limit :  60", "max", "60");
    assertParams("size of metadata for this single user exceeds the user defined limit, {}Bytes", "limit", "10240");
    assertParams("Could not find application for XXX/XXX from URI: XXX/XXX/users", "org", "easemob-demo", "app", "chatdemoui");
  }

  private static void assertParams(String documented, String... namesAndValues) throws JsonProcessingException {
    Row row = rowWith(documented);
    EasemobErrorMatch match = EasemobErrorMatcher.match(row.status, row.body());
    for (int i = 0; i < namesAndValues.length; i += 2) {
      assertEquals(namesAndValues[i + 1], match.param(namesAndValues[i]), namesAndValues[i] + " of " + row + " " + match.params());
    }
  }

  /**
   * Plan limits are not retried; the API rate limit and the per-second message limit of groups
   * and chat rooms are (with backoff); a batch that is too large is split; a service that is not
   * enabled needs an operator.
   */
  @Test
  void limitsAndServicesHaveFittingActions() throws JsonProcessingException {
    for (Row row : rows) {
      EasemobErrorMatch match = EasemobErrorMatcher.match(row.status, row.body());
      if (row.error.equals("resource_limited")) {
        assertFalse(
            Arrays.asList(EasemobAction.RETRY, EasemobAction.BACKOFF).contains(match.action()),
            "a plan limit is not retried: " + row);
      }
      if (row.error.equals("reach_limit") || row.description.equals("message send reach limit")) {
        assertEquals(EasemobAction.BACKOFF, match.action(), "a rate limit backs off: " + row);
      }
      if (row.description.matches(".*(not open|unopened|service not allow).*")
          && !row.description.startsWith("registration is not open")) {
        assertEquals(EasemobAction.ALERT, match.action(), "a service that is not enabled: " + row);
      }
    }
    assertEquals(EasemobAction.SPLIT, actionOf("params to's size can't exceed limit 3"));
    assertEquals(EasemobAction.SPLIT, actionOf("addMembers: addMembers number more than maxSize : 60"));
    assertEquals(EasemobAction.REFRESH_TOKEN, actionOf("\"Unable to authenticate due to expired access token\""));
  }

  private static EasemobAction actionOf(String documented) throws JsonProcessingException {
    Row row = rowWith(documented);
    return EasemobErrorMatcher.match(row.status, row.body()).action();
  }

  /** The same condition reported with different codes across doc versions is one entry. */
  @Test
  void oneConditionOneEntry() throws JsonProcessingException {
    assertEquals(entryOf(401, "unauthorized", "Unable to authenticate due to expired access token"),
        entryOf(401, "auth_bad_access_token", "Unable to authenticate due to expired access token"));
    assertEquals("expired-token", entryOf(401, null, "Unable to authenticate due to expired access token"));
    assertEquals(entryOf(400, "IllegalArgumentException", "file must be provided."),
        entryOf(400, "illegal_argument", "file must be provided."));
    assertEquals("username-missing", entryOf(400, "required_property_not_found", "Entity user requires a property named username"));
    assertEquals("group-not-found", entryOf(404, "RestGroupFeignException", "grpID 1234567890 does not exist!"));
    assertEquals("group-not-found", entryOf(404, "service_resource_not_found", "do not find this group:1234567890"));
  }

  /**
   * Descriptions that begin with a value have entries of their own, and so do the two conditions
   * that once shared one entry; the code-only entries stay as the fallback of their codes.
   */
  @Test
  void descriptionsThatBeginWithAValueHaveTheirOwnEntries() throws JsonProcessingException {
    BadRequest.PushNicknameTooLong nickname =
        (BadRequest.PushNicknameTooLong) exceptionFor("XXX push nickname length exceeds the limit");
    assertEquals("user1", nickname.username());
    BadRequest.RequiredParameterMissing field = (BadRequest.RequiredParameterMissing) exceptionFor("XX must be provided");
    assertEquals("owner", field.field());
    BadRequest.PushTemplateNotFound template = (BadRequest.PushTemplateNotFound) exceptionFor("XXX template is not exist");
    assertEquals("welcome", template.name());
    Forbidden.GroupNameViolation name = (Forbidden.GroupNameViolation) exceptionFor("XX is violation, please change it.");
    assertEquals("Weekend Hikers", name.groupName());
    Forbidden.UserAttributeServiceNotEnabled service =
        (Forbidden.UserAttributeServiceNotEnabled) exceptionFor("{appkey} user metadata service not allow");
    assertEquals(APP_KEY, service.appKey());
    assertEquals(EasemobAction.ALERT, service.match().action());

    assertEquals("user-not-in-group", entryOf(403, "forbidden_op", "user: user1 doesn't exist in group: 1234567890"));
    assertEquals("not-group-member", entryOf(404, "resource_not_found", "user: user1 doesn't exist in group: 1234567890"));
    Forbidden.NotGroupAdmin admin = (Forbidden.NotGroupAdmin) exceptionFor("user:XX is not admin of group:XX");
    assertEquals("user1", admin.username());
    assertEquals("1234567890", admin.groupId());
    assertTrue(admin.explanation(EN).contains("not an admin of group 1234567890"), admin.explanation(EN));
    Forbidden.UserNotInGroup member = (Forbidden.UserNotInGroup) EasemobErrorMatcher.fromFields(
        403, "forbidden_op", "user: user1 doesn't exist in group: 1234567890");
    assertTrue(member.explanation(EN).contains("not a member of group 1234567890"), member.explanation(EN));

    assertEquals("invalid-argument", entryOf(400, "illegal_argument", "something new is wrong"));
    assertEquals("invalid-parameter", entryOf(400, "invalid_parameter", "something new is wrong"));
    assertEquals("entity-not-found", entryOf(400, "EntityNotFoundException", "user user1 is not exist"));
    // The FORBIDDEN code has no catch-all any more: an unknown description yields the status only.
    assertNull(entryOf(403, "FORBIDDEN", "something new is forbidden"));
  }

  private static EasemobException exceptionFor(String documented) throws JsonProcessingException {
    Row row = rowWith(documented);
    return EasemobErrorMatcher.from(row.status, row.body());
  }

  private static String entryOf(int status, String error, String description) throws JsonProcessingException {
    ObjectNode body = JSON.createObjectNode();
    if (error != null) {
      body.put("error", error);
    }
    body.put("error_description", description);
    return EasemobErrorMatcher.match(status, JSON.writeValueAsString(body)).entryId();
  }

  private static Row rowWith(String documented) {
    for (Row row : rows) {
      if (row.documented.equals(documented)) {
        return row;
      }
    }
    return fail("no row documents " + documented);
  }
}
