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
    String zh = String.join(" ", m.explanations(Locale.SIMPLIFIED_CHINESE)).replaceAll("\\s+", " ");
    for (JsonNode s : expect.path("cause_zh_contains")) {
      assertTrue(zh.contains(s.asText().replaceAll("\\s+", " ")), "zh causes lack " + s + ": " + zh);
    }
    for (JsonNode v : expect.path("param_values")) {
      assertTrue(m.params().containsValue(v.asText()), "params lack " + v + ": " + m.params());
    }
    List<String> en = m.explanations(Locale.ENGLISH);
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
    assertEquals("用户名已存在,dddd这个用户名在该APP下已经存在", e.getClass().getMethod("explanation", Locale.class).invoke(e, Locale.CHINA));
  }

  @Test
  void typographicQuotesAndSpacesMatchTheirPlainForms() {
    Generated.Match m = api.matchFields(400, "illegal_argument", "  group   member  username1 doesn\u2019t exist ");
    assertEquals("group-member-not-found", m.entryId());
    assertEquals("username1", m.params().get("username"));
  }

  @Test
  void anExpiredTokenIsRecognisedWhateverCodeTheServerSends() {
    for (String code : new String[] {null, "unauthorized", "auth_bad_access_token", "something_else"}) {
      Generated.Match m = api.matchFields(401, code, "Unable to authenticate due to expired access token");
      assertEquals("expired-token", m.entryId(), "with code " + code);
      assertEquals("refresh_token", m.action());
    }
  }

  @Test
  void aKnownCodeWithAnUnknownDescriptionFallsBackToTheCodeOnlyEntry() {
    Generated.Match m = api.matchFields(400, "json_parse", "Unexpected end-of-input: expected close marker for OBJECT");
    assertEquals("malformed-json", m.entryId());
  }

  @Test
  void aDriftedDescriptionWithTheCodeOfOneEntryFindsItByTheCode() throws ReflectiveOperationException {
    Generated.Match m = api.matchFields(400, "invalid_grant", "Invalid username or password.");
    assertEquals("invalid-credentials", m.entryId());
    assertEquals("ERROR_CODE", m.call("level").toString());
    Generated.Match reworded = api.match(400, "{\"error\":\"management\",\"error_description\":\"User with id u1 does not exist in the app a1\"}");
    assertEquals("user-not-found-in-app", reworded.entryId());
    assertEquals("ERROR_CODE", reworded.call("level").toString());
    assertEquals(Map.of(), reworded.params(), "no placeholder has a value");
    RuntimeException e = reworded.toException();
    assertNull(e.getClass().getMethod("userId").invoke(e));
    assertEquals("ERROR_CODE", e.getClass().getMethod("level").invoke(e).toString());
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      String help = (String) e.getClass().getMethod("help", Locale.class).invoke(e, locale);
      List<String> explanations = reworded.explanations(locale);
      assertFalse(help.contains("{") || explanations.toString().contains("{"), "no raw placeholder without values: " + help + " " + explanations);
      assertTrue(help.contains("\u2026"), help);
    }
  }

  @Test
  void aDriftedDescriptionWithAnUnknownOrSharedCodeFallsBackToTheStatus() {
    Generated.Match unknown = api.matchFields(400, "invalid_grant_v2", "Invalid username or password.");
    assertNull(unknown.entryId());
    assertEquals("STATUS", unknown.call("level").toString());
    assertEquals(PKG + ".EasemobClientException.BadRequest", unknown.toException().getClass().getCanonicalName());
    Generated.Match shared = api.matchFields(401, "auth_bad_access_token", "Unable to authenticate due to an expired access token.");
    assertNull(shared.entryId(), "three entries share the code at 401");
    assertEquals("STATUS", shared.call("level").toString());
  }

  @Test
  void eachMatchSaysHowSpecificItWas() {
    assertEquals("EXACT_TEMPLATE", api.matchFields(400, "invalid_grant", "invalid username or password").call("level").toString());
    assertEquals("TEMPLATE", api.matchFields(400, "management", "User with id u1 does not exist in app a1").call("level").toString());
    assertEquals("ERROR_CODE", api.matchFields(400, "json_parse", "Unexpected end-of-input").call("level").toString());
    assertEquals("STATUS", api.match(400, "<html>").call("level").toString());
    assertEquals("STATUS_CLASS", api.matchFields(418, "invalid_grant", "invalid username or password").call("level").toString());
    assertEquals("STATUS_CLASS", api.match(302, null).call("level").toString());
  }

  @Test
  void placeholderValuesKeepTheServersOwnCharacters() {
    Generated.Match m = api.matchFields(400, "management", " User with id O\u2019Neil  Jr does not exist in app\u00A0app\u20141 ");
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
    assertFalse(m.explanations(Locale.ENGLISH).get(0).isBlank());
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
    assertNull(api.matchFields(400, null, null).entryId());
    assertEquals("invalid-credentials", api.matchFields(400, "invalid_grant", "invalid username or password").entryId());
  }

  @Test
  void causesFallBackToTheCatalogueFallbackLocaleNotTheJvmDefault() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      Generated.Match m = api.matchFields(401, null, "Unable to authenticate due to expired access token");
      assertEquals(List.of("The access token has expired."), m.explanations(Locale.JAPANESE));
      assertEquals(List.of("The access token has expired."), m.explanations(null));
      assertEquals(List.of("token过期"), m.explanations(Locale.forLanguageTag("zh-CN")));
      assertEquals("401 [expired-token]: Unable to authenticate due to expired access token", m.toException().getLocalizedMessage());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aStackTraceTellsTheFactsWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      RuntimeException e = api.from(400, "{\"error\":\"invalid_grant\",\"error_description\":\"invalid username or password\"}");
      java.io.StringWriter trace = new java.io.StringWriter();
      e.printStackTrace(new java.io.PrintWriter(trace, true));
      String facts = "400 invalid_grant [invalid-credentials]: invalid username or password";
      assertEquals(e.getClass().getName() + ": " + facts, trace.toString().lines().findFirst().orElseThrow());
      assertEquals(e.getClass().getName() + ": " + facts, e.toString());
      assertEquals(facts, e.getLocalizedMessage());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void theMessageSaysWhatTheServerSaid() {
    RuntimeException e = api.from(400, "{\"error\":\"invalid_grant\",\"error_description\":\"invalid username or password\"}");
    assertEquals("400 invalid_grant [invalid-credentials]: invalid username or password", e.getMessage());
  }

  // ---- the API of the match and the exception ----------------------------------------------

  private static final String INVALID_GRANT = "{\"error\":\"invalid_grant\",\"error_description\":\"invalid username or password\"}";

  private static Object call(Object target, String method, Object... args) throws ReflectiveOperationException {
    Class<?>[] types = new Class<?>[args.length];
    for (int i = 0; i < args.length; i++) {
      types[i] = args[i] instanceof Integer ? int.class : args[i] instanceof Locale ? Locale.class : String.class;
    }
    Class<?> type = target instanceof Class<?> c ? c : target.getClass();
    return type.getMethod(method, types).invoke(target instanceof Class<?> ? null : target, args);
  }

  private static Object match(int status, String body, String retryAfter) throws ReflectiveOperationException {
    Class<?> matcher = api.type("EasemobErrorMatcher");
    return matcher.getMethod("match", int.class, String.class, String.class).invoke(null, status, body, retryAfter);
  }

  @Test
  void aMatchPrintsClosed() throws ReflectiveOperationException {
    assertEquals("EasemobErrorMatch[400 invalid_grant [invalid-credentials]: invalid username or password -> fix_request]",
        api.match(400, INVALID_GRANT).value().toString());
    assertEquals("EasemobErrorMatch[429 -> backoff retryAfter=PT2M]", match(429, "", "120").toString());
  }

  @Test
  void theRetryAfterHeaderIsReadIntoTheMatchAndTheException() throws ReflectiveOperationException {
    assertEquals(java.time.Duration.ofSeconds(120), call(match(429, "{}", " 120 "), "retryAfter"));
    assertEquals(java.time.Duration.ZERO, call(match(503, INVALID_GRANT, "Sun, 06 Nov 1994 08:49:37 GMT"), "retryAfter"));
    assertNull(call(match(429, "{}", "soon"), "retryAfter"));
    assertNull(call(match(429, "{}", null), "retryAfter"));
    assertNull(call(api.match(429, "{}").value(), "retryAfter"));
    Object fields = call(api.type("EasemobErrorMatcher"), "matchFields", 429, "x", "y", "7");
    assertEquals(java.time.Duration.ofSeconds(7), call(fields, "retryAfter"));
    Object thrown = call(api.type("EasemobErrorMatcher"), "fromFields", 429, "x", "y", "8");
    assertEquals(java.time.Duration.ofSeconds(8), call(thrown, "retryAfter"));
    assertEquals(java.time.Duration.ofSeconds(9), call(call(api.type("EasemobErrorMatcher"), "from", 429, "{}", "9"), "retryAfter"));
  }

  @Test
  void theRetryAfterTakesPartInEqualityAndSerialization() throws Exception {
    Object a = match(429, INVALID_GRANT, "5");
    Object same = match(429, INVALID_GRANT, "5");
    assertEquals(a, same);
    assertEquals(a.hashCode(), same.hashCode());
    assertFalse(a.equals(match(429, INVALID_GRANT, "6")));
    assertFalse(a.equals(match(429, INVALID_GRANT, null)));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(a);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())) {
      @Override
      protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        return Class.forName(desc.getName(), false, a.getClass().getClassLoader());
      }
    }) {
      Object back = in.readObject();
      assertEquals(a, back);
      assertEquals(java.time.Duration.ofSeconds(5), call(back, "retryAfter"));
    }
  }

  @Test
  void retryableMeansRetryOrBackoffAndThrottledMeans429Or503OrBackoff() throws ReflectiveOperationException {
    Object[][] cases = {
      // status, retryable, throttled
      {429, true, true}, {503, true, true}, {502, true, false}, {408, true, false},
      {400, false, false}, {500, false, false}, {413, false, false},
    };
    for (Object[] c : cases) {
      Object m = api.match((Integer) c[0], "").value();
      assertEquals(c[1], call(m, "isRetryable"), "retryable " + c[0]);
      assertEquals(c[2], call(m, "isThrottled"), "throttled " + c[0]);
      Object e = call(m, "toException");
      assertEquals(c[1], call(e, "isRetryable"), "exception retryable " + c[0]);
      assertEquals(c[2], call(e, "isThrottled"), "exception throttled " + c[0]);
    }
    Class<?> action = api.type("EasemobAction");
    for (Object a : action.getEnumConstants()) {
      String id = (String) call(a, "id");
      assertEquals(id.equals("retry") || id.equals("backoff"), call(a, "isRetryable"), id);
    }
  }

  @Test
  void aStatusHasItsValueAndAnActionItsId() throws ReflectiveOperationException {
    Object m = api.match(400, INVALID_GRANT).value();
    assertEquals(400, call(call(m, "statusType"), "value"));
    assertEquals(0, call(call(api.match(418, "").value(), "statusType"), "value"));
    assertEquals("fix_request", call(call(m, "action"), "id"));
  }

  @Test
  void everyMatchHasHelp() throws ReflectiveOperationException {
    Object entry = api.match(400, INVALID_GRANT).value();
    assertTrue(((String) call(entry, "help", Locale.ENGLISH)).startsWith("Check the username and password of the token request"));
    assertTrue(((String) call(entry, "help", Locale.SIMPLIFIED_CHINESE)).startsWith("检查获取 token 请求中的用户名和密码"));
    Object status = api.match(429, "").value();
    assertTrue(((String) call(status, "help", Locale.ENGLISH)).startsWith("Wait as the Retry-After header says"));
    assertEquals(call(call(status, "statusType"), "help", Locale.ENGLISH), call(status, "help", Locale.ENGLISH));
    Object unlisted = api.match(418, "").value();
    assertTrue(((String) call(unlisted, "help", Locale.ENGLISH)).startsWith("Change the request as the status"));
    for (int code : new int[] {200, 302, 418, 599, 400, 503}) {
      Object m = api.match(code, "").value();
      assertFalse(((String) call(m, "help", Locale.JAPANESE)).isBlank(), "help of " + code);
      assertEquals(call(m, "help", Locale.ENGLISH), call(call(m, "toException"), "help", Locale.ENGLISH));
    }
  }
}
