package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.easemoberrors.processor.testing.CompiledClasses;
import org.easemoberrors.processor.testing.Compiles;
import org.easemoberrors.processor.testing.Generated;
import org.easemoberrors.processor.testing.SeedCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The matcher generated from the default catalogue, run over every response of the seed corpus
 * (one response per row of both seed documents, plus one per status), and over bad input.
 */
class SeedMatcherTest {
  private static final String PKG = "com.example.seed";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Generated api;

  @BeforeAll
  static void compile() {
    Compilation compilation = Compiles.compile(null, List.of(), Compiles.packageInfo(PKG, ""));
    assertThat(compilation).succeededWithoutWarnings();
    api = new Generated(new CompiledClasses(compilation), PKG);
  }

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (String line : SeedCorpus.lines()) {
      if (!line.isBlank()) {
        JsonNode c = JSON.readTree(line);
        cases.add(Arguments.of(c.get("name").asText(), c));
      }
    }
    assertEquals(30, cases.size(), "the seed corpus has 30 responses");
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everySeedResponseMatchesAsTheDocumentsSay(String name, JsonNode c) {
    JsonNode expect = c.get("expect");
    Generated.Match m = api.match(c.get("status").asInt(), c.get("body").asText());
    String entry = expect.path("entry").asText("any");
    if (entry.equals("required")) {
      assertNotNull(m.entryId(), "an entry must match");
      if (expect.has("error")) {
        assertEquals(expect.get("error").asText(), m.errorCode());
      }
    } else if (entry.equals("none")) {
      assertNull(m.entryId(), "only the status may match");
    }
    List<String> actions = new ArrayList<>();
    if (expect.get("action").isArray()) {
      expect.get("action").forEach(a -> actions.add(a.asText()));
    } else {
      actions.add(expect.get("action").asText());
    }
    assertTrue(actions.contains(m.action()), "action " + m.action());
    String zh = String.join(" ", m.causes(Locale.SIMPLIFIED_CHINESE)).replaceAll("\\s+", " ");
    for (JsonNode s : expect.path("cause_zh_contains")) {
      assertTrue(zh.contains(s.asText().replaceAll("\\s+", " ")), "zh causes lack " + s + ": " + zh);
    }
    for (JsonNode v : expect.path("param_values")) {
      assertTrue(m.params().containsValue(v.asText()), "params lack " + v + ": " + m.params());
    }
    List<String> en = m.causes(Locale.ENGLISH);
    assertFalse(en.isEmpty());
    RuntimeException e = m.toException();
    assertEquals(PKG, e.getClass().getPackageName());
  }

  @Test
  void theDuplicateUsernameExceptionCarriesItsPlaceholders() throws ReflectiveOperationException {
    RuntimeException e = api.from(400,
        "{\"error\":\"duplicate_unique_property_exists\",\"error_description\":\"Application 4d7e4ba0-dc4a-11e3-90d5-e1ffbaacdaf5Entity user requires that property named username be unique, value of dddd exists\"}");
    assertEquals(PKG + ".EasemobClientException.BadRequest.DuplicateUsername", e.getClass().getCanonicalName());
    assertEquals(PKG + ".EasemobClientException.BadRequest", e.getClass().getSuperclass().getCanonicalName());
    assertEquals("dddd", e.getClass().getMethod("value").invoke(e));
    assertEquals("4d7e4ba0-dc4a-11e3-90d5-e1ffbaacdaf5", e.getClass().getMethod("application").invoke(e));
    assertEquals("用户名已存在,dddd这个用户名在该APP下已经存在", e.getClass().getMethod("cause", Locale.class).invoke(e, Locale.CHINA));
  }

  @Test
  void typographicQuotesAndSpacesMatchTheirPlainForms() {
    Generated.Match m = api.match(400, "illegal_argument", "  group   member  username1 doesn\u2019t exist ");
    assertEquals("group-member-not-found", m.entryId());
    assertEquals("username1", m.params().get("username"));
  }

  @Test
  void anExpiredTokenIsRecognisedWhateverCodeTheServerSends() {
    for (String code : new String[] {null, "unauthorized", "auth_bad_access_token", "something_else"}) {
      Generated.Match m = api.match(401, code, "Unable to authenticate due to expired access token");
      assertEquals("expired-token", m.entryId(), "with code " + code);
      assertEquals("refresh_token", m.action());
    }
  }

  @Test
  void aKnownCodeWithAnUnknownDescriptionFallsBackToTheCodeOnlyEntry() {
    Generated.Match m = api.match(400, "json_parse", "Unexpected end-of-input: expected close marker for OBJECT");
    assertEquals("malformed-json", m.entryId());
  }

  @Test
  void aDriftedDescriptionWithTheCodeOfOneEntryFindsItByTheCode() throws ReflectiveOperationException {
    Generated.Match m = api.match(400, "invalid_grant", "Invalid username or password.");
    assertEquals("invalid-credentials", m.entryId());
    assertEquals("ERROR_CODE", m.call("level").toString());
    Generated.Match reworded = api.match(400, "{\"error\":\"management\",\"error_description\":\"User with id u1 does not exist in the app a1\"}");
    assertEquals("user-not-found-in-app", reworded.entryId());
    assertEquals("ERROR_CODE", reworded.call("level").toString());
    assertEquals(Map.of(), reworded.params(), "no placeholder has a value");
    RuntimeException e = reworded.toException();
    assertNull(e.getClass().getMethod("userId").invoke(e));
    assertEquals("ERROR_CODE", e.getClass().getMethod("level").invoke(e).toString());
  }

  @Test
  void aDriftedDescriptionWithAnUnknownOrSharedCodeFallsBackToTheStatus() {
    Generated.Match unknown = api.match(400, "invalid_grant_v2", "Invalid username or password.");
    assertNull(unknown.entryId());
    assertEquals("STATUS", unknown.call("level").toString());
    assertEquals(PKG + ".EasemobClientException.BadRequest", unknown.toException().getClass().getCanonicalName());
    Generated.Match shared = api.match(401, "auth_bad_access_token", "Unable to authenticate due to an expired access token.");
    assertNull(shared.entryId(), "three entries share the code at 401");
    assertEquals("STATUS", shared.call("level").toString());
  }

  @Test
  void eachMatchSaysHowSpecificItWas() {
    assertEquals("EXACT_TEMPLATE", api.match(400, "invalid_grant", "invalid username or password").call("level").toString());
    assertEquals("TEMPLATE", api.match(400, "management", "User with id u1 does not exist in app a1").call("level").toString());
    assertEquals("ERROR_CODE", api.match(400, "json_parse", "Unexpected end-of-input").call("level").toString());
    assertEquals("STATUS", api.match(400, "<html>").call("level").toString());
    assertEquals("STATUS_CLASS", api.match(418, "invalid_grant", "invalid username or password").call("level").toString());
    assertEquals("STATUS_CLASS", api.match(302, null).call("level").toString());
  }

  @Test
  void placeholderValuesKeepTheServersOwnCharacters() {
    Generated.Match m = api.match(400, "management", " User with id O\u2019Neil  Jr does not exist in app\u00A0app\u20141 ");
    assertEquals("user-not-found-in-app", m.entryId());
    assertEquals("TEMPLATE", m.call("level").toString());
    assertEquals("O\u2019Neil  Jr", m.params().get("userId"));
    assertEquals("app\u20141", m.params().get("app"));
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 200, 302, 399, 600, 999, Integer.MAX_VALUE})
  void statusesThatAreNoErrorsStillGiveTheBaseException(int status) {
    Generated.Match m = api.match(status, "{\"error\":\"invalid_grant\",\"error_description\":\"invalid username or password\"}");
    assertNull(m.entryId());
    assertEquals("EasemobException", m.toException().getClass().getSimpleName());
    assertEquals("alert", m.action());
    assertFalse(m.causes(Locale.ENGLISH).get(0).isBlank());
  }

  @ParameterizedTest
  @ValueSource(ints = {418, 422, 451})
  void unlistedClientStatusesFallBackToThe4xxClass(int status) {
    Generated.Match m = api.match(status, "{}");
    assertEquals("EasemobClientException", m.toException().getClass().getSimpleName());
    assertEquals("fix_request", m.action());
  }

  @ParameterizedTest
  @ValueSource(ints = {505, 507, 599})
  void unlistedServerStatusesFallBackToThe5xxClass(int status) {
    Generated.Match m = api.match(status, "");
    assertEquals("EasemobServerException", m.toException().getClass().getSimpleName());
    assertEquals("alert", m.action());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "{", "}", "[1,2]", "null", "\"text\"", "{\"error\":", "{\"error\":1,\"error_description\":[]}",
      "<html>413</html>", "{\"error\":\"invalid_grant\",\"error_description\":\"invalid username or password\"", "\u0000\uFFFF"})
  void brokenBodiesYieldTheStatusLevelExceptionAndKeepTheBody(String body) {
    Generated.Match m = api.match(400, body);
    assertNull(m.entryId());
    assertEquals("STATUS", m.call("level").toString());
    assertEquals(body, m.call("body"));
    assertEquals(PKG + ".EasemobClientException.BadRequest", m.toException().getClass().getCanonicalName());
  }

  @Test
  void nullInputsNeverThrow() {
    assertNull(api.match(400, null).entryId());
    assertNull(api.match(400, null, null).entryId());
    assertEquals("invalid-credentials", api.match(400, "invalid_grant", "invalid username or password").entryId());
  }

  @Test
  void causesFallBackToTheCatalogueFallbackLocaleNotTheJvmDefault() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      Generated.Match m = api.match(401, null, "Unable to authenticate due to expired access token");
      assertEquals(List.of("The access token has expired."), m.causes(Locale.JAPANESE));
      assertEquals(List.of("The access token has expired."), m.causes(null));
      assertEquals(List.of("token过期"), m.causes(Locale.forLanguageTag("zh-CN")));
      assertEquals("token过期", m.toException().getLocalizedMessage());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void theMessageSaysWhatTheServerSaid() {
    RuntimeException e = api.from(400, "{\"error\":\"invalid_grant\",\"error_description\":\"invalid username or password\"}");
    assertEquals("400 invalid_grant [invalid-credentials]: invalid username or password", e.getMessage());
  }
}
