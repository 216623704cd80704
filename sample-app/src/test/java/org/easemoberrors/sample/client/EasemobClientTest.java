package org.easemoberrors.sample.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.easemoberrors.sample.client.CallListener.Reason;
import org.easemoberrors.sample.errors.EasemobClientException.BadRequest;
import org.easemoberrors.sample.errors.EasemobClientException.NotFound;
import org.easemoberrors.sample.errors.EasemobClientException.PayloadTooLarge;
import org.easemoberrors.sample.errors.EasemobClientException.TooManyRequests;
import org.easemoberrors.sample.errors.EasemobClientException.Unauthorized;
import org.easemoberrors.sample.errors.EasemobServerException.GatewayTimeout;
import org.easemoberrors.sample.errors.EasemobServerException.InternalServerError;
import org.easemoberrors.sample.errors.EasemobServerException.ServiceUnavailable;
import org.easemoberrors.sample.server.EmulatedEasemob;
import org.easemoberrors.sample.server.Exchange;
import org.easemoberrors.sample.server.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: the client against the emulated server, one scenario per action. Assertions are on
 * counts and order (what the server received, what the client reported); delays are checked
 * against the bounds the policies promise, and Retry-After against the server's own clock, with a
 * lower bound only.
 */
class EasemobClientTest {
  private static final String ORG = "easemob-demo";
  private static final String APP = "chatdemoui";
  private static final String BASE = "/" + ORG + "/" + APP;
  /** Sleep never wakes early, but clock readings on two threads may differ by a little. */
  private static final Duration TOLERANCE = Duration.ofMillis(50);

  private static final RetrySettings FAST = RetrySettings.defaults()
      .withRetryDelays(Duration.ofMillis(10), Duration.ofMillis(100))
      .withBackoffDelays(Duration.ofMillis(30), Duration.ofMillis(300))
      .withMaxRetries(3)
      .withMaxBackoffRetries(3)
      .withMaxRetryAfter(Duration.ofSeconds(5))
      .withRequestTimeout(Duration.ofSeconds(10));

  private EmulatedEasemob server;
  private EmulatedEasemob.App app;
  private Recorder recorder;
  private List<String> alerts;
  private EasemobClient client;

  @BeforeEach
  void start() throws Exception {
    server = EmulatedEasemob.start();
    app = server.createApp(ORG, APP, "YXA6client", "YXA6secret").addUser("alice", "alice-pw").createGroup("1001");
    server.createApp(ORG, "otherapp", "YXA6other", "YXA6othersecret");
    recorder = new Recorder();
    alerts = new CopyOnWriteArrayList<>();
    client = client(APP).credentials("YXA6client", "YXA6secret").build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private EasemobClient.Builder client(String appName) {
    return EasemobClient.builder(server.baseUri(), ORG, appName)
        .settings(FAST)
        .locale(Locale.ENGLISH)
        .listener(recorder)
        .alerts(alerts::add);
  }

  // ---- fix_request: never sent again ----------------------------------------------------------

  @Test
  void aRequestThatIsWrongIsNeverSentAgain() {
    assertEquals("alice", client.getUser("alice").username());

    assertThrows(BadRequest.UsernameMissing.class, () -> client.registerUser(null, "pw"));
    assertThrows(BadRequest.PasswordMissing.class, () -> client.registerUser("bob", null));
    assertThrows(BadRequest.PasswordMissing.class, () -> client.registerUser("bob", ""));
    BadRequest.DuplicateUsername duplicate =
        assertThrows(BadRequest.DuplicateUsername.class, () -> client.registerUser("alice", "pw"));
    assertEquals("alice", duplicate.value());
    assertEquals(app.uuid(), duplicate.application());
    assertEquals(4, server.count("POST", BASE + "/users"));

    assertThrows(BadRequest.InvalidCredentials.class, () -> client.userToken("alice", "wrong"));
    assertFalse(client.userToken("alice", "alice-pw").isEmpty());

    assertThrows(BadRequest.NewPasswordMissing.class, () -> client.changePassword("alice", ""));
    assertThrows(NotFound.ResourceNotFound.class, () -> client.changePassword("nobody", "pw"));
    assertEquals("alice-pw", app.password("alice"));

    BadRequest.MalformedJson malformed = assertThrows(BadRequest.MalformedJson.class,
        () -> client.execute(Call.of("POST", "/users", "{\"username\"=\"carol\"}", Idempotency.NOT_SAFE_TO_REPEAT)));
    assertTrue(malformed.description().startsWith("Unexpected character ('=' (code 61))"), malformed.description());

    BadRequest.GroupMemberNotFound ghost = assertThrows(BadRequest.GroupMemberNotFound.class,
        () -> client.addGroupMembers("1001", Arrays.asList("alice", "ghost")));
    assertEquals("ghost", ghost.username());
    assertEquals(Collections.emptySet(), app.members("1001"));
    assertEquals(Collections.singletonList("alice"), client.addGroupMembers("1001", Collections.singletonList("alice")));

    // Each call above went exactly once; only the first app token was fetched.
    assertTrue(recorder.retries.isEmpty());
    assertEquals(Collections.singletonList(false), recorder.tokens);
    assertTrue(alerts.isEmpty(), alerts.toString());
  }

  @Test
  void aMissingCorruptOrForeignTokenIsTheCallersToFix() {
    EasemobClient noToken = client(APP).build();
    assertThrows(Unauthorized.RegistrationClosed.class, () -> noToken.registerUser("bob", "pw"));

    EasemobClient corrupt = client(APP).token("not-a-token").build();
    assertThrows(Unauthorized.CorruptToken.class, () -> corrupt.getUser("alice"));

    String otherAppsToken = client("otherapp").credentials("YXA6other", "YXA6othersecret").build().appToken();
    EasemobClient foreign = client(APP).token(otherAppsToken).build();
    assertThrows(Unauthorized.UnrecognizedToken.class, () -> foreign.getUser("alice"));

    BadRequest.ApplicationNotFound unknown = assertThrows(BadRequest.ApplicationNotFound.class,
        () -> client("aachatdemoui").credentials("YXA6client", "YXA6secret").build().getUser("alice"));
    assertEquals(ORG, unknown.org());
    assertEquals("aachatdemoui", unknown.app());

    assertFalse(app.hasUser("bob"));
    assertEquals(1, server.count("POST", BASE + "/users"));
    assertEquals(2, server.count("GET", BASE + "/users/alice"));
    assertEquals(1, server.count("POST", "/" + ORG + "/aachatdemoui/token"));
    assertTrue(recorder.retries.isEmpty());
    assertTrue(alerts.isEmpty(), alerts.toString());
  }

  // ---- retry: exponential backoff with jitter, safe calls only ---------------------------------

  @Test
  void aGatewayTimeoutIsRetriedWithGrowingJitteredDelaysWhenTheCallIsSafeToRepeat() {
    String path = BASE + "/users/alice/password";
    server.inject("PUT", path, Fault.gatewayTimeout(), Fault.gatewayTimeout());

    client.changePassword("alice", "new-pw");

    assertEquals("new-pw", app.password("alice"));
    assertEquals(Arrays.asList(504, 504, 200), statuses("PUT", path));
    assertEquals(2, recorder.retries(Reason.RETRY));
    // 10 ms, then 20 ms, each moved by up to ±50%.
    assertBetween(Duration.ofMillis(5), Duration.ofMillis(15), recorder.retries.get(0).delay);
    assertBetween(Duration.ofMillis(10), Duration.ofMillis(30), recorder.retries.get(1).delay);
    assertTrue(alerts.isEmpty(), alerts.toString());
  }

  @Test
  void exhaustedRetriesAreLoggedAsOneAlertLineWithTheLocalizedCause() {
    String path = BASE + "/users/alice";
    server.inject("GET", path, Fault.gatewayTimeout(), Fault.gatewayTimeout(), Fault.badGateway(),
        Fault.gatewayTimeout(), Fault.gatewayTimeout());
    EasemobClient chinese = client(APP).credentials("YXA6client", "YXA6secret").locale(Locale.SIMPLIFIED_CHINESE).build();

    GatewayTimeout e = assertThrows(GatewayTimeout.class, () -> chinese.getUser("alice"));

    assertEquals(Arrays.asList(504, 504, 502, 504), statuses("GET", path)); // 1 + maxRetries (3)
    assertEquals(3, recorder.retries(Reason.RETRY));
    assertEquals(1, alerts.size(), alerts.toString());
    String alert = alerts.get(0);
    assertTrue(alert.startsWith("ALERT status=504 entry=- error=- action=retry outcome=retries-exhausted call=\"GET "
        + path + "\" attempts=4 cause=\""), alert);
    assertTrue(alert.contains(e.explanation(Locale.SIMPLIFIED_CHINESE)), alert);
    assertTrue(alert.contains("网关超时"), alert);
  }

  @Test
  void aCallThatIsNotSafeToRepeatIsNotRepeatedAfterAGatewayTimeout() {
    server.inject("POST", BASE + "/users", Fault.gatewayTimeout().afterProcessing());

    assertThrows(GatewayTimeout.class, () -> client.registerUser("dave", "dave-pw"));

    assertEquals(1, server.count("POST", BASE + "/users"));
    assertTrue(app.hasUser("dave"), "the first attempt did the work");
    assertEquals(0, recorder.retries.size());
    assertEquals(1, alerts.size());
    assertTrue(alerts.get(0).contains(" outcome=not-repeated call=\"POST " + BASE + "/users\" attempts=1 "), alerts.get(0));

    // What to do instead of repeating blindly: look whether it landed.
    assertEquals("dave", client.getUser("dave").username());
  }

  @Test
  void noAnswerInTimeIsRetriedOnlyWhenTheCallIsSafeToRepeat() {
    String token = client.appToken(); // warm up, and share the token so that only the calls below time out
    EasemobClient impatient = client(APP).token(token)
        .settings(FAST.withRequestTimeout(Duration.ofSeconds(1))).build();
    server.inject("GET", BASE + "/users/alice", Fault.stall(Duration.ofSeconds(5)));
    server.inject("POST", BASE + "/messages", Fault.stall(Duration.ofSeconds(5)));

    assertEquals("alice", impatient.getUser("alice").username());
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> impatient.sendText("alice", "bob", "hi"));

    assertTrue(e.getCause() instanceof HttpTimeoutException, e.toString());
    assertEquals(Arrays.asList(0, 200), statuses("GET", BASE + "/users/alice"));
    assertEquals(Collections.singletonList(0), statuses("POST", BASE + "/messages"));
    assertEquals(1, recorder.retries(Reason.RETRY));
    assertEquals(1, alerts.size(), alerts.toString());
    assertTrue(alerts.get(0).startsWith("ALERT status=- entry=- error=- action=retry outcome=not-repeated call=\"POST "),
        alerts.get(0));
  }

  // ---- backoff: Retry-After, or a harder backoff -----------------------------------------------

  @Test
  void retryAfterInSecondsIsWaitedForAndNothingIsDeliveredTwice() {
    app.messageRateLimit(2);

    for (int i = 1; i <= 3; i++) {
      client.sendText("alice", "bob", "hello " + i);
    }

    assertEquals(Arrays.asList("alice>bob: hello 1", "alice>bob: hello 2", "alice>bob: hello 3"), app.messages());
    List<Exchange> posts = exchanges("POST", BASE + "/messages");
    assertEquals(Arrays.asList(200, 200, 429, 200), posts.stream().map(Exchange::status).collect(Collectors.toList()));
    assertEquals("1", posts.get(2).retryAfter());
    assertEquals(1, recorder.retries.size());
    assertEquals(Reason.RETRY_AFTER, recorder.retries.get(0).reason);
    assertEquals(Duration.ofSeconds(1), recorder.retries.get(0).delay, "exactly the Retry-After, no jitter");
    assertNotBefore(posts.get(2).arrived().plusSeconds(1), posts.get(3).arrived());
    assertTrue(alerts.isEmpty(), alerts.toString());
  }

  @Test
  void retryAfterAsAnHttpDateIsWaitedFor() {
    app.messageRateLimit(1).retryAfterAsHttpDate(true);

    client.sendText("alice", "bob", "one");
    client.sendText("alice", "bob", "two");

    assertEquals(Arrays.asList("alice>bob: one", "alice>bob: two"), app.messages());
    List<Exchange> posts = exchanges("POST", BASE + "/messages");
    assertEquals(Arrays.asList(200, 429, 200), posts.stream().map(Exchange::status).collect(Collectors.toList()));
    Instant date = ZonedDateTime.parse(posts.get(1).retryAfter(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    assertNotBefore(date, posts.get(2).arrived());
    assertEquals(1, recorder.retries(Reason.RETRY_AFTER));
    assertTrue(recorder.retries.get(0).delay.compareTo(Duration.ofSeconds(2)) <= 0, recorder.retries.get(0).delay.toString());
  }

  @Test
  void withoutRetryAfterTheClientBacksOffHarderThanItRetries() {
    String path = BASE + "/users/alice";
    server.inject("GET", path, Fault.serviceUnavailable(), Fault.serviceUnavailable());

    client.getUser("alice");

    assertEquals(Arrays.asList(503, 503, 200), statuses("GET", path));
    assertEquals(2, recorder.retries(Reason.BACKOFF));
    // 30 ms, then 90 ms (tripling), each moved by up to ±25%: above the retries' 10 and 20 ms.
    assertBetween(Duration.ofMillis(22), Duration.ofMillis(38), recorder.retries.get(0).delay);
    assertBetween(Duration.ofMillis(67), Duration.ofMillis(113), recorder.retries.get(1).delay);
  }

  @Test
  void aRetryAfterLongerThanTheClientWaitsIsGivenUpOnAtOnce() {
    String body = "{\"error\":\"reach_limit\",\"error_description\":\"This request has reached api limit\"}";
    server.inject("POST", BASE + "/messages", Fault.of(429, "application/json", body).withHeader("Retry-After", "3600"));

    assertThrows(TooManyRequests.ApiRateLimitReached.class, () -> client.sendText("alice", "bob", "hi"));

    assertEquals(1, server.count("POST", BASE + "/messages"));
    assertTrue(app.messages().isEmpty());
    assertEquals(0, recorder.retries.size());
    assertEquals(1, alerts.size());
    assertTrue(alerts.get(0).startsWith("ALERT status=429 entry=api-rate-limit-reached error=reach_limit action=backoff "
        + "outcome=retry-after-too-long "), alerts.get(0));
  }

  @Test
  void backoffThatNeverEndsIsGivenUpOnAndAlerted() {
    String path = BASE + "/users/alice";
    server.inject("GET", path, Fault.serviceUnavailable(), Fault.serviceUnavailable(), Fault.serviceUnavailable(),
        Fault.serviceUnavailable());

    assertThrows(ServiceUnavailable.class, () -> client.getUser("alice"));

    assertEquals(4, server.count("GET", path));
    assertEquals(3, recorder.retries(Reason.BACKOFF));
    assertEquals(1, alerts.size());
    assertTrue(alerts.get(0).contains(" action=backoff outcome=retries-exhausted "), alerts.get(0));
  }

  // ---- refresh_token: once -----------------------------------------------------------------------

  @Test
  void anExpiredTokenIsRefreshedExactlyOnceAndTheCallRepeated() {
    client.getUser("alice");
    server.clock().advance(Duration.ofDays(8)); // the tokens live 7 days

    assertEquals("alice", client.getUser("alice").username());

    assertEquals(Arrays.asList(200, 401, 200), statuses("GET", BASE + "/users/alice"));
    assertEquals(2, server.count("POST", BASE + "/token"));
    assertEquals(Arrays.asList(false, true), recorder.tokens);
    assertEquals(1, recorder.retries(Reason.REFRESH_TOKEN));
    assertTrue(alerts.isEmpty(), alerts.toString());
  }

  @Test
  void aTokenThatExpiresAgainIsRefreshedOnlyOnceThenAlerted() {
    app.tokenTtl(Duration.ZERO); // every token is expired when it is issued

    assertThrows(Unauthorized.ExpiredToken.class, () -> client.getUser("alice"));

    assertEquals(Arrays.asList(401, 401), statuses("GET", BASE + "/users/alice"));
    assertEquals(2, server.count("POST", BASE + "/token"));
    assertEquals(Arrays.asList(false, true), recorder.tokens);
    assertEquals(1, alerts.size());
    assertTrue(alerts.get(0).startsWith("ALERT status=401 entry=expired-token error=- action=refresh_token "
        + "outcome=refresh-did-not-help "), alerts.get(0));
  }

  // ---- split: halve until it fits ---------------------------------------------------------------

  @Test
  void aBatchOverFiveKilobytesIsHalvedUntilEachPartFits() {
    List<NewUser> batch = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      batch.add(new NewUser(String.format("user-%03d", i), "secret-password-0123456789"));
    }

    List<User> created = client.registerUsers(batch);

    assertEquals(batch.stream().map(NewUser::username).collect(Collectors.toList()),
        created.stream().map(User::username).collect(Collectors.toList()));
    assertEquals(201, app.userCount());
    // 200 (11 kb) -> 100 + 100 (each 5.7 kb) -> 4 x 50: 1 + 2 + 4 requests.
    assertEquals(Arrays.asList(413, 413, 200, 200, 413, 200, 200), statuses("POST", BASE + "/users"));
    assertEquals(Arrays.asList("200=100+100", "100=50+50", "100=50+50"), recorder.splits);
    assertTrue(alerts.isEmpty(), alerts.toString());
  }

  @Test
  void oneUserTooLargeForABodyCannotBeSplit() {
    StringBuilder password = new StringBuilder();
    while (password.length() <= EmulatedEasemob.MAX_BODY_BYTES) {
      password.append("0123456789");
    }
    List<NewUser> one = Collections.singletonList(new NewUser("huge", password.toString()));

    assertThrows(PayloadTooLarge.RequestEntityTooLarge.class, () -> client.registerUsers(one));

    assertEquals(1, server.count("POST", BASE + "/users"));
    assertTrue(recorder.splits.isEmpty());
    assertTrue(alerts.isEmpty(), alerts.toString());
  }

  // ---- alert: logged, not repeated ----------------------------------------------------------------

  @Test
  void aServerErrorIsAlertedAndNotRepeated() {
    InternalServerError.NotFullTextIndexed query = assertThrows(InternalServerError.NotFullTextIndexed.class,
        () -> client.queryUsers("select * where username contains 'al'"));
    assertEquals("username", query.property());
    assertEquals("contains", query.operand());
    assertThrows(InternalServerError.UnsupportedServiceOperation.class,
        () -> client.execute(Call.of("DELETE", "/token", null, Idempotency.SAFE_TO_REPEAT)));
    assertThrows(InternalServerError.UnknownApi.class,
        () -> client.execute(Call.of("POST", "/frobnicate", "{}", Idempotency.NOT_SAFE_TO_REPEAT)));

    assertEquals(1, server.count("GET", BASE + "/users"));
    assertEquals(1, server.count("DELETE", BASE + "/token"));
    assertEquals(1, server.count("POST", BASE + "/frobnicate"));
    assertTrue(recorder.retries.isEmpty());
    assertEquals(3, alerts.size(), alerts.toString());
    assertTrue(alerts.get(0).startsWith("ALERT status=500 entry=not-full-text-indexed error=no_full_text_index "
        + "action=alert outcome=alert call=\"GET " + BASE + "/users?ql="), alerts.get(0));
    assertTrue(alerts.get(0).endsWith("attempts=1 cause=\"" + query.explanation(Locale.ENGLISH) + "\""), alerts.get(0));
    assertTrue(alerts.get(1).contains(" entry=unsupported-service-operation "), alerts.get(1));
    assertTrue(alerts.get(2).contains(" entry=unknown-api "), alerts.get(2));
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private List<Exchange> exchanges(String method, String path) {
    return server.exchanges().stream()
        .filter(e -> e.method().equals(method) && e.path().equals(path))
        .collect(Collectors.toList());
  }

  private List<Integer> statuses(String method, String path) {
    return exchanges(method, path).stream().map(Exchange::status).collect(Collectors.toList());
  }

  private static void assertBetween(Duration low, Duration high, Duration actual) {
    assertTrue(actual.compareTo(low) >= 0 && actual.compareTo(high) <= 0,
        actual.toMillis() + " ms not in [" + low.toMillis() + ", " + high.toMillis() + "] ms");
  }

  private static void assertNotBefore(Instant earliest, Instant actual) {
    assertFalse(actual.plus(TOLERANCE).isBefore(earliest), actual + " is before " + earliest);
  }
}
