package org.easemoberrors.sample.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.easemoberrors.sample.errors.EasemobAction;
import org.easemoberrors.sample.errors.EasemobErrorMatcher;
import org.easemoberrors.sample.errors.EasemobException;

/**
 * A small Easemob REST client (java.net.http) whose every error response goes through the
 * generated {@link EasemobErrorMatcher}, so callers catch typed exceptions, and whose handling of
 * each error follows the action the catalogue gives it, with Failsafe retry policies:
 *
 * <ul>
 *   <li>{@code retry} (408, 502, 504, and a timeout with no answer): sent again with exponential
 *       backoff and jitter, but only if the call is {@linkplain Idempotency safe to repeat};
 *   <li>{@code backoff} (429, 503): sent again when Retry-After says (seconds or an HTTP date),
 *       never earlier; without Retry-After, after a longer, tripling backoff with jitter;
 *   <li>{@code refresh_token} (expired token): a new app token is fetched once and the call sent
 *       once more;
 *   <li>{@code split} (413): a batch is halved until each part fits ({@link #registerUsers});
 *   <li>{@code fix_request}: never sent again, the caller has to change the request;
 *   <li>{@code alert}, and every retry given up: one line marked ALERT with the localized cause.
 * </ul>
 */
public final class EasemobClient {
  /** Jitter of the retries: each delay is moved by up to ±50% so that clients do not retry in step. */
  public static final double RETRY_JITTER = 0.5;
  /** Jitter of the backoff without Retry-After. */
  public static final double BACKOFF_JITTER = 0.25;
  /** The backoff without Retry-After triples each time (the retries double). */
  public static final double BACKOFF_FACTOR = 3;

  private final HttpClient http;
  private final URI server;
  private final String org;
  private final String app;
  private final String clientId;
  private final String clientSecret;
  private final String fixedToken;
  private final RetrySettings settings;
  private final Locale locale;
  private final CallListener listener;
  private final Consumer<String> alerts;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();
  private final AppTokens tokens = new AppTokens();

  private EasemobClient(Builder b) {
    this.server = b.server;
    this.org = b.org;
    this.app = b.app;
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    this.fixedToken = b.fixedToken;
    this.settings = b.settings;
    this.locale = b.locale;
    this.listener = b.listener;
    this.alerts = b.alerts;
    this.clock = b.clock;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(settings.requestTimeout())
        .build();
  }

  /** A client of app {@code org/app} on the server at {@code server}, such as https://a1.easemob.com. */
  public static Builder builder(URI server, String org, String app) {
    return new Builder(server, org, app);
  }

  // ---- the API: each method says whether it is safe to repeat ---------------------------------

  /** The app token, fetched (POST /token, client_credentials) when there is none or it is due. */
  public String appToken() {
    return tokens.current();
  }

  /** POST /token with grant_type password: a user's token. Safe to repeat: another token does no harm. */
  public String userToken(String username, String password) {
    ObjectNode body = json.createObjectNode();
    body.put("grant_type", "password");
    body.put("username", username);
    body.put("password", password);
    return read(execute(Call.of("POST", "/token", body.toString(), Idempotency.SAFE_TO_REPEAT).withoutToken()))
        .path("access_token").asText();
  }

  /**
   * POST /users: registers one user. Not safe to repeat: if the first attempt created the user and
   * its answer was lost, a second one fails as a duplicate. A null username or password is left
   * out of the body.
   */
  public User registerUser(String username, String password) {
    ObjectNode body = json.createObjectNode();
    putIfPresent(body, "username", username);
    putIfPresent(body, "password", password);
    return users(execute(Call.of("POST", "/users", body.toString(), Idempotency.NOT_SAFE_TO_REPEAT))).get(0);
  }

  /**
   * POST /users with an array: registers a batch. Not safe to repeat, like one user. A batch whose
   * body is too large (413, refused at the gateway before anything was created) is halved, and
   * each half sent on its own, until every part fits.
   */
  public List<User> registerUsers(List<NewUser> batch) {
    ArrayNode body = json.createArrayNode();
    for (NewUser user : batch) {
      ObjectNode node = body.addObject();
      putIfPresent(node, "username", user.username());
      putIfPresent(node, "password", user.password());
    }
    Call call = Call.of("POST", "/users", body.toString(), Idempotency.NOT_SAFE_TO_REPEAT);
    try {
      return users(execute(call));
    } catch (EasemobException e) {
      if (e.action() != EasemobAction.SPLIT || batch.size() < 2) {
        throw e;
      }
      int half = batch.size() / 2;
      listener.splitting(call, batch.size(), half, batch.size() - half);
      List<User> created = new ArrayList<>(registerUsers(batch.subList(0, half)));
      created.addAll(registerUsers(batch.subList(half, batch.size())));
      return created;
    }
  }

  /** GET /users/{username}. Safe to repeat: a read. */
  public User getUser(String username) {
    return users(execute(Call.of("GET", "/users/" + encode(username), null, Idempotency.SAFE_TO_REPEAT))).get(0);
  }

  /** GET /users?ql=...: users by a query. Safe to repeat: a read. */
  public List<User> queryUsers(String ql) {
    return users(execute(Call.of("GET", "/users?ql=" + encode(ql), null, Idempotency.SAFE_TO_REPEAT)));
  }

  /** PUT /users/{username}/password. Safe to repeat: setting the same password twice sets it once. */
  public void changePassword(String username, String newPassword) {
    ObjectNode body = json.createObjectNode();
    body.put("newpassword", newPassword);
    execute(Call.of("PUT", "/users/" + encode(username) + "/password", body.toString(), Idempotency.SAFE_TO_REPEAT));
  }

  /**
   * POST /chatgroups/{id}/users: adds members. A POST, yet safe to repeat: membership is a set,
   * and adding a member twice leaves the group as adding once does.
   */
  public List<String> addGroupMembers(String groupId, List<String> usernames) {
    ObjectNode body = json.createObjectNode();
    usernames.forEach(body.putArray("usernames")::add);
    JsonNode answer = read(execute(
        Call.of("POST", "/chatgroups/" + encode(groupId) + "/users", body.toString(), Idempotency.SAFE_TO_REPEAT)));
    List<String> added = new ArrayList<>();
    answer.path("data").path("newmembers").forEach(n -> added.add(n.asText()));
    return added;
  }

  /** POST /messages: a text message. Not safe to repeat: a second attempt delivers it twice. */
  public void sendText(String from, String to, String text) {
    ObjectNode body = json.createObjectNode();
    body.put("target_type", "users");
    body.putArray("target").add(to);
    ObjectNode msg = body.putObject("msg");
    msg.put("type", "txt");
    msg.put("msg", text);
    body.put("from", from);
    execute(Call.of("POST", "/messages", body.toString(), Idempotency.NOT_SAFE_TO_REPEAT));
  }

  // ---- the policies ---------------------------------------------------------------------------

  /**
   * Sends the call under the policies its errors ask for and returns the body of the 2xx answer.
   *
   * @throws EasemobException the typed error the call ended with, once the policies gave up
   * @throws UncheckedIOException no answer (a timeout, a refused connection), once the policies gave up
   */
  public String execute(Call call) {
    Trace trace = new Trace();
    try {
      String body = Failsafe.with(policies(call, trace)).get(() -> attempt(call, trace));
      listener.succeeded(call, trace.attempts);
      return body;
    } catch (TokenUnavailable e) {
      throw e.cause; // the token call already said what went wrong
    } catch (EasemobException e) {
      giveUp(call, trace, e);
      throw e;
    } catch (FailsafeException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        giveUp(call, trace, (IOException) cause);
        throw new UncheckedIOException((IOException) cause);
      }
      if (cause instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        CancellationException cancelled = new CancellationException("interrupted: " + call);
        cancelled.initCause(cause);
        throw cancelled;
      }
      throw e;
    }
  }

  /**
   * One retry policy per action that sends a call again, outermost first. Failsafe runs them
   * nested: an error passes through the inner ones untouched unless they handle it.
   */
  private List<RetryPolicy<String>> policies(Call call, Trace trace) {
    List<RetryPolicy<String>> policies = new ArrayList<>();
    if (call.authenticated() && clientId != null) {
      // refresh_token: the request was refused at the door, so it may go once more, with a new token.
      policies.add(RetryPolicy.<String>builder()
          .handleIf(e -> action(e) == EasemobAction.REFRESH_TOKEN)
          .withMaxRetries(1)
          .onRetryScheduled(ev -> listener.retrying(call, trace.attempts, ev.getDelay(), CallListener.Reason.REFRESH_TOKEN))
          .onRetry(ev -> tokens.invalidate(trace.token))
          .build());
    }
    // backoff with Retry-After: throttled before anything was done, so any call may go again, and
    // exactly when the server said. No jitter here: it would send some calls too early.
    policies.add(RetryPolicy.<String>builder()
        .handleIf(e -> action(e) == EasemobAction.BACKOFF && trace.retryAfter != null)
        .abortIf((result, e) -> trace.retryAfter != null && trace.retryAfter.compareTo(settings.maxRetryAfter()) > 0)
        .withDelayFn(context -> trace.retryAfter)
        .withMaxRetries(settings.maxBackoffRetries())
        .onRetryScheduled(ev -> listener.retrying(call, trace.attempts, ev.getDelay(), CallListener.Reason.RETRY_AFTER))
        .build());
    // backoff without Retry-After: the server is overloaded; wait longer than for a retry, tripling.
    policies.add(RetryPolicy.<String>builder()
        .handleIf(e -> action(e) == EasemobAction.BACKOFF && trace.retryAfter == null)
        .withBackoff(settings.backoffDelay(), settings.backoffMaxDelay(), BACKOFF_FACTOR)
        .withJitter(BACKOFF_JITTER)
        .withMaxRetries(settings.maxBackoffRetries())
        .onRetryScheduled(ev -> listener.retrying(call, trace.attempts, ev.getDelay(), CallListener.Reason.BACKOFF))
        .build());
    // retry: a timeout or a gateway error may come after the work was done; repeat only what is safe.
    policies.add(RetryPolicy.<String>builder()
        .handleIf(e -> call.isSafeToRepeat() && (action(e) == EasemobAction.RETRY || e instanceof IOException))
        .withBackoff(settings.retryDelay(), settings.retryMaxDelay())
        .withJitter(RETRY_JITTER)
        .withMaxRetries(settings.maxRetries())
        .onRetryScheduled(ev -> listener.retrying(call, trace.attempts, ev.getDelay(), CallListener.Reason.RETRY))
        .build());
    return policies;
  }

  private static EasemobAction action(Throwable e) {
    return e instanceof EasemobException ? ((EasemobException) e).action() : null;
  }

  /** One attempt: a 2xx body, or the typed error the generated matcher makes of the answer. */
  private String attempt(Call call, Trace trace) throws IOException, InterruptedException {
    int attempt = ++trace.attempts;
    trace.retryAfter = null;
    trace.token = null;
    if (call.authenticated()) {
      try {
        trace.token = tokens.current();
      } catch (EasemobException | UncheckedIOException e) {
        throw new TokenUnavailable(e);
      }
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(call))
        .timeout(settings.requestTimeout())
        .header("Accept", "application/json");
    if (trace.token != null) {
      request.header("Authorization", "Bearer " + trace.token);
    }
    if (call.body() != null) {
      request.header("Content-Type", "application/json")
          .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
    } else {
      request.method(call.method(), HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      listener.failed(call, attempt, e);
      throw e;
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return response.body();
    }
    EasemobException error =
        EasemobErrorMatcher.from(status, response.body(), response.headers().firstValue("Retry-After").orElse(null));
    trace.retryAfter = error.retryAfter();
    listener.failed(call, attempt, error, trace.retryAfter);
    throw error;
  }

  // ---- giving up ------------------------------------------------------------------------------

  /** Logs one ALERT line when an operator should know: the action says so, or the retries ran out. */
  private void giveUp(Call call, Trace trace, EasemobException e) {
    String outcome;
    switch (e.action()) {
      case FIX_REQUEST:
      case SPLIT:
        return; // the caller has to change the request; nothing for an operator
      case RETRY:
        outcome = call.isSafeToRepeat() ? "retries-exhausted" : "not-repeated";
        break;
      case BACKOFF:
        outcome = trace.retryAfter != null && trace.retryAfter.compareTo(settings.maxRetryAfter()) > 0
            ? "retry-after-too-long" : "retries-exhausted";
        break;
      case REFRESH_TOKEN:
        outcome = clientId == null ? "cannot-refresh" : "refresh-did-not-help";
        break;
      case ALERT:
      default:
        outcome = "alert";
        break;
    }
    alerts.accept(alertLine(String.valueOf(e.status()), e.entryId(), e.errorCode(), e.action().id(), outcome, call,
        trace.attempts, e.explanation(locale)));
  }

  private void giveUp(Call call, Trace trace, IOException e) {
    String cause = ("zh".equals(locale.getLanguage()) ? "服务器没有应答: " : "no answer from the server: ") + e;
    alerts.accept(alertLine("-", null, null, EasemobAction.RETRY.id(),
        call.isSafeToRepeat() ? "retries-exhausted" : "not-repeated", call, trace.attempts, cause));
  }

  private String alertLine(String status, String entry, String error, String action, String outcome, Call call,
      int attempts, String cause) {
    return "ALERT status=" + status + " entry=" + dash(entry) + " error=" + dash(error) + " action=" + action
        + " outcome=" + outcome + " call=\"" + call.method() + " /" + org + "/" + app + call.path() + "\" attempts="
        + attempts + " cause=\"" + cause.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static String dash(String value) {
    return value == null || value.isEmpty() ? "-" : value.replace(' ', '_');
  }

  // ---- plumbing -------------------------------------------------------------------------------

  private URI uri(Call call) {
    return URI.create(server.toString().replaceAll("/+$", "") + "/" + encode(org) + "/" + encode(app) + call.path());
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private JsonNode read(String body) {
    try {
      return json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("the server's answer is not JSON", e);
    }
  }

  private List<User> users(String body) {
    List<User> users = new ArrayList<>();
    for (JsonNode entity : read(body).path("entities")) {
      users.add(new User(entity.path("username").asText(), entity.path("uuid").asText()));
    }
    return users;
  }

  /** What one call's attempts left behind, for its policies (one execution, one thread). */
  private static final class Trace {
    int attempts;
    Duration retryAfter;
    String token;
  }

  /** The app token could not be had; carries that call's own error past this call's policies. */
  private static final class TokenUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final RuntimeException cause;

    TokenUnavailable(RuntimeException cause) {
      super(cause);
      this.cause = cause;
    }
  }

  /**
   * The app token: fetched with the client id and secret when there is none, shortly before it
   * expires, and when the server says it expired. Fetching holds the lock, so callers that find
   * the same expired token wait for one new token rather than each getting their own.
   */
  private final class AppTokens {
    private String token;
    private Instant refreshAt = Instant.MIN;
    private boolean fetchedBefore;

    synchronized String current() {
      if (fixedToken != null || clientId == null) {
        return fixedToken;
      }
      if (token == null || !clock.instant().isBefore(refreshAt)) {
        ObjectNode body = json.createObjectNode();
        body.put("grant_type", "client_credentials");
        body.put("client_id", clientId);
        body.put("client_secret", clientSecret);
        // Safe to repeat: a second token does no harm.
        JsonNode answer = read(execute(Call.of("POST", "/token", body.toString(), Idempotency.SAFE_TO_REPEAT).withoutToken()));
        token = answer.path("access_token").asText();
        long expiresIn = answer.path("expires_in").asLong();
        refreshAt = clock.instant().plusSeconds(expiresIn - Math.min(60, expiresIn / 10));
        listener.tokenFetched(fetchedBefore);
        fetchedBefore = true;
      }
      return token;
    }

    /** Forgets {@code used} if it is still the current token, so the next call fetches a new one. */
    synchronized void invalidate(String used) {
      if (used != null && used.equals(token)) {
        token = null;
      }
    }
  }

  /** Builds an {@link EasemobClient}. */
  public static final class Builder {
    private final URI server;
    private final String org;
    private final String app;
    private String clientId;
    private String clientSecret;
    private String fixedToken;
    private RetrySettings settings = RetrySettings.defaults();
    private Locale locale = Locale.getDefault();
    private CallListener listener = new CallListener() {};
    private Consumer<String> alerts = System.err::println;
    private Clock clock = Clock.systemUTC();

    private Builder(URI server, String org, String app) {
      this.server = Objects.requireNonNull(server, "server");
      this.org = Objects.requireNonNull(org, "org");
      this.app = Objects.requireNonNull(app, "app");
    }

    /** The app's Client ID and Client Secret: the client fetches and refreshes the app token. */
    public Builder credentials(String clientId, String clientSecret) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /** A token to send as it is, never refreshed. */
    public Builder token(String token) {
      this.fixedToken = token;
      return this;
    }

    public Builder settings(RetrySettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /** The language of the causes in ALERT lines. */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    public Builder listener(CallListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** Where ALERT lines go (default: standard error); hand them to your logger or alerting. */
    public Builder alerts(Consumer<String> alerts) {
      this.alerts = Objects.requireNonNull(alerts, "alerts");
      return this;
    }

    /** The clock that times the token (default: the system's); Retry-After is read against the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public EasemobClient build() {
      return new EasemobClient(this);
    }
  }
}
