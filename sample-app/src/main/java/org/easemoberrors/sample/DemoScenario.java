package org.easemoberrors.sample;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.easemoberrors.sample.client.Call;
import org.easemoberrors.sample.client.CallListener;
import org.easemoberrors.sample.client.EasemobClient;
import org.easemoberrors.sample.client.Idempotency;
import org.easemoberrors.sample.client.NewUser;
import org.easemoberrors.sample.client.RetrySettings;
import org.easemoberrors.sample.errors.EasemobClientException.BadRequest;
import org.easemoberrors.sample.errors.EasemobClientException.Unauthorized;
import org.easemoberrors.sample.errors.EasemobException;
import org.easemoberrors.sample.errors.EasemobServerException.GatewayTimeout;
import org.easemoberrors.sample.errors.EasemobServerException;
import org.easemoberrors.sample.server.EmulatedEasemob;
import org.easemoberrors.sample.server.Fault;

/**
 * The demo: an emulated Easemob server on loopback, the sample client against it, and one step
 * per kind of error, each printing what happened (attempts, waits, the typed exception) and why
 * (the localized cause and the action). ALERT lines go to the error stream, as they would to a log.
 */
final class DemoScenario {
  static final String ORG = "easemob-demo";
  static final String APP = "chatdemoui";
  private static final String CLIENT_ID = "YXA6demo-client-id";
  private static final String CLIENT_SECRET = "YXA6demo-client-secret";

  private final PrintStream out;
  private final PrintStream err;
  private final Locale locale;
  private final boolean zh;
  private final RetrySettings settings;
  private final Duration shortTimeout;
  private int step;
  private final List<String> unexpected = new ArrayList<>();

  /**
   * @param shortTimeout the timeout of the client in the step whose first answer stalls for a
   *     second; its second answer has to come back within it
   */
  DemoScenario(PrintStream out, PrintStream err, Locale locale, RetrySettings settings, Duration shortTimeout) {
    this.out = out;
    this.err = err;
    this.locale = locale;
    this.zh = "zh".equals(locale.getLanguage());
    this.settings = settings;
    this.shortTimeout = shortTimeout;
  }

  /** Delays short enough for a demo of a few seconds; Retry-After is still waited for in full. */
  static RetrySettings demoSettings(Duration retryDelay, Duration backoffDelay) {
    return RetrySettings.defaults()
        .withRetryDelays(retryDelay, retryDelay.multipliedBy(10))
        .withBackoffDelays(backoffDelay, backoffDelay.multipliedBy(10))
        .withMaxRetries(3)
        .withMaxBackoffRetries(3)
        .withMaxRetryAfter(Duration.ofSeconds(5))
        .withRequestTimeout(Duration.ofSeconds(5));
  }

  /** Runs every step; 0 when each went as scripted. */
  int run() throws IOException {
    long started = System.nanoTime();
    try (EmulatedEasemob server = EmulatedEasemob.start()) {
      EmulatedEasemob.App app = server.createApp(ORG, APP, CLIENT_ID, CLIENT_SECRET)
          .createGroup("1001")
          .messageRateLimit(2);
      server.createApp(ORG, "otherapp", "YXA6other-id", "YXA6other-secret");
      out.println("Emulated Easemob server at " + server.baseUri() + ", app " + ORG + "/" + APP
          + " (authorized registration, at most 2 messages a second).");
      out.println("Causes in " + locale.toLanguageTag() + "; ALERT lines go to standard error.");
      EasemobClient client = client(server, APP).credentials(CLIENT_ID, CLIENT_SECRET).build();

      step("Register a user; the app token is fetched first", "POST /users, not safe to repeat", () -> {
        client.registerUser("alice", "alice-secret");
        ok("alice registered");
      });

      step("A user without a username", "POST /users", () -> {
        try {
          client.registerUser(null, "secret");
          notThrown();
        } catch (BadRequest.UsernameMissing e) {
          caught(e, "");
        }
      });

      step("A user with an empty password", "POST /users", () -> {
        try {
          client.registerUser("bob", "");
          notThrown();
        } catch (BadRequest.PasswordMissing e) {
          caught(e, "");
        }
      });

      step("A user who exists already", "POST /users", () -> {
        try {
          client.registerUser("alice", "another-secret");
          notThrown();
        } catch (BadRequest.DuplicateUsername e) {
          caught(e, "value() = " + e.value());
        }
      });

      step("A user token with a wrong password", "POST /token, grant_type password", () -> {
        try {
          client.userToken("alice", "wrong-secret");
          notThrown();
        } catch (BadRequest.InvalidCredentials e) {
          caught(e, "");
        }
      });

      step("A body that is not JSON", "POST /users, built by hand: {\"username\"=\"carol\"}", () -> {
        try {
          client.execute(Call.of("POST", "/users", "{\"username\"=\"carol\"}", Idempotency.NOT_SAFE_TO_REPEAT));
          notThrown();
        } catch (BadRequest.MalformedJson e) {
          caught(e, "description() = " + e.description().replace("\n", "\\n"));
        }
      });

      step("Add a user who does not exist to a group", "POST /chatgroups/1001/users, safe to repeat", () -> {
        List<String> members = new ArrayList<>(Arrays.asList("alice", "ghost"));
        try {
          client.addGroupMembers("1001", members);
          notThrown();
        } catch (BadRequest.GroupMemberNotFound e) {
          caught(e, "username() = " + e.username());
          members.remove(e.username());
          ok("fixed request sent: added " + client.addGroupMembers("1001", members));
        }
      });

      step("Register with no token while registration is authorized", "POST /users without a token", () -> {
        EasemobClient noToken = client(server, APP).build();
        try {
          noToken.registerUser("bob", "bob-secret");
          notThrown();
        } catch (Unauthorized.RegistrationClosed e) {
          caught(e, "");
        }
      });

      step("A corrupt token", "GET /users/alice with the token \"not-a-token\"", () -> {
        try {
          client(server, APP).token("not-a-token").build().getUser("alice");
          notThrown();
        } catch (Unauthorized.CorruptToken e) {
          caught(e, "");
        }
      });

      step("A token of another app", "GET /users/alice with otherapp's token", () -> {
        String foreign = client(server, "otherapp").credentials("YXA6other-id", "YXA6other-secret").build().appToken();
        try {
          client(server, APP).token(foreign).build().getUser("alice");
          notThrown();
        } catch (Unauthorized.UnrecognizedToken e) {
          caught(e, "");
        }
      });

      step("An app name with a typo", "POST /" + ORG + "/aachatdemoui/token", () -> {
        try {
          client(server, "aachatdemoui").credentials(CLIENT_ID, CLIENT_SECRET).build().getUser("alice");
          notThrown();
        } catch (BadRequest.ApplicationNotFound e) {
          caught(e, "org() = " + e.org() + ", app() = " + e.app());
        }
      });

      step("A batch of 200 users, 11 kb, over the 5 kb limit", "POST /users with an array", () -> {
        List<NewUser> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          batch.add(new NewUser(String.format("user-%03d", i), "secret-password-0123456789"));
        }
        ok(client.registerUsers(batch).size() + " users registered in parts that fit");
      });

      step("Three messages at once; the limit is 2 a second", "POST /messages, not safe to repeat", () -> {
        for (int i = 1; i <= 3; i++) {
          client.sendText("alice", "bob", "hello " + i);
        }
        ok(app.messages().size() + " messages delivered, none twice");
      });

      step("The same, with Retry-After as an HTTP date", "POST /messages", () -> {
        app.retryAfterAsHttpDate(true);
        for (int i = 4; i <= 6; i++) {
          client.sendText("alice", "bob", "hello " + i);
        }
        ok(app.messages().size() + " messages delivered, none twice");
      });

      step("The app token expires (the server's clock moves 8 days on)", "GET /users/alice", () -> {
        server.clock().advance(Duration.ofDays(8));
        ok("got " + client.getUser("alice").username() + " after one token refresh");
      });

      step("503 twice, without Retry-After", "GET /users/alice, safe to repeat", () -> {
        server.inject("GET", path("/users/alice"), Fault.serviceUnavailable(), Fault.serviceUnavailable());
        ok("got " + client.getUser("alice").username());
      });

      step("504 twice on a password change", "PUT /users/alice/password, safe to repeat", () -> {
        server.inject("PUT", path("/users/alice/password"), Fault.gatewayTimeout(), Fault.gatewayTimeout());
        client.changePassword("alice", "new-secret");
        ok("password changed");
      });

      step("504 on a registration, after the user was created", "POST /users, not safe to repeat", () -> {
        server.inject("POST", path("/users"), Fault.gatewayTimeout().afterProcessing());
        try {
          client.registerUser("dave", "dave-secret");
          notThrown();
        } catch (GatewayTimeout e) {
          caught(e, "not sent again: a second POST could only fail as a duplicate, or create twice");
          ok("looked instead (GET, safe): " + client.getUser("dave").username() + " exists, nothing to resend");
        }
      });

      step("No answer within the client's " + shortTimeout.toMillis() + " ms", "GET /users/alice, safe to repeat", () -> {
        server.inject("GET", path("/users/alice"), Fault.stall(shortTimeout.plusSeconds(1)));
        EasemobClient impatient = client(server, APP).token(client.appToken())
            .settings(settings.withRequestTimeout(shortTimeout)).build();
        ok("got " + impatient.getUser("alice").username());
      });

      step("504 that does not end", "GET /users/alice, safe to repeat", () -> {
        server.inject("GET", path("/users/alice"), Fault.gatewayTimeout(), Fault.gatewayTimeout(),
            Fault.gatewayTimeout(), Fault.gatewayTimeout());
        try {
          client.getUser("alice");
          notThrown();
        } catch (GatewayTimeout e) {
          caught(e, "retries exhausted; ALERT logged");
        }
      });

      step("Server errors (500)", "a contains query, DELETE /token, an unknown API", () -> {
        List<Runnable> calls = Arrays.asList(
            () -> client.queryUsers("select * where username contains 'al'"),
            () -> client.execute(Call.of("DELETE", "/token", null, Idempotency.SAFE_TO_REPEAT)),
            () -> client.execute(Call.of("POST", "/frobnicate", "{}", Idempotency.NOT_SAFE_TO_REPEAT)));
        for (Runnable call : calls) {
          try {
            call.run();
            notThrown();
          } catch (EasemobServerException e) {
            caught(e, "ALERT logged");
          }
        }
      });

      double seconds = (System.nanoTime() - started) / 1e9;
      out.println();
      out.printf(Locale.ROOT, "%d steps in %.1f s; the server answered %d requests.%n", step, seconds,
          server.exchanges().size());
    }
    if (!unexpected.isEmpty()) {
      out.println("Not as scripted: " + unexpected);
      return 1;
    }
    return 0;
  }

  private EasemobClient.Builder client(EmulatedEasemob server, String app) {
    return EasemobClient.builder(server.baseUri(), ORG, app)
        .settings(settings)
        .locale(locale)
        .listener(new Narrator())
        .alerts(err::println);
  }

  private static String path(String rest) {
    return "/" + ORG + "/" + APP + rest;
  }

  private void step(String title, String call, Runnable body) {
    out.println();
    out.println("[" + (++step) + "] " + title + "  (" + call + ")");
    try {
      body.run();
    } catch (EasemobException e) {
      unexpected.add(step + ": " + e);
      out.println("    UNEXPECTED " + e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (UncheckedIOException e) {
      unexpected.add(step + ": " + e);
      out.println("    UNEXPECTED " + e);
    }
  }

  private void ok(String what) {
    out.println("    ok: " + what);
  }

  private void notThrown() {
    unexpected.add(step + ": no error");
    out.println("    UNEXPECTED: no error");
  }

  /**
   * The exception's class as a catch names it after importing the status's class: {@code
   * BadRequest.DuplicateUsername}, {@code GatewayTimeout}, or {@code EasemobClientException} for a
   * status the catalogue does not list.
   */
  static String typeName(EasemobException e) {
    String name = e.getClass().getCanonicalName().substring(e.getClass().getPackage().getName().length() + 1);
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(dot + 1);
  }

  /** The typed exception: its class and entry, the localized cause, and the action with its advice. */
  private void caught(EasemobException e, String detail) {
    out.println("    caught " + typeName(e) + " [" + (e.entryId() != null ? e.entryId() : "status " + e.status())
        + "]" + (detail.isEmpty() ? "" : ": " + detail));
    for (String cause : e.explanations(locale)) {
      out.println("    " + (zh ? "原因" : "cause") + ": " + cause);
    }
    out.println("    " + (zh ? "处理" : "action") + ": " + e.action().id() + " - " + Actions.advice(e.action(), zh));
  }

  /** Prints what the client does with each call: failed attempts, waits, tokens, splits. */
  private final class Narrator implements CallListener {
    @Override
    public void failed(Call call, int attempt, EasemobException error, Duration retryAfter) {
      out.println("    attempt " + attempt + ": " + error.status() + (error.errorCode() != null ? " " + error.errorCode() : "")
          + " -> " + typeName(error) + ", action " + error.action().id()
          + (retryAfter != null ? ", Retry-After " + retryAfter.toMillis() + " ms" : ""));
    }

    @Override
    public void failed(Call call, int attempt, IOException error) {
      out.println("    attempt " + attempt + ": no answer (" + error.getClass().getSimpleName() + ")");
    }

    @Override
    public void retrying(Call call, int attempt, Duration delay, Reason reason) {
      switch (reason) {
        case RETRY:
          out.println("    retry in " + delay.toMillis() + " ms: exponential backoff with jitter; " + call.method()
              + " " + call.path() + " is safe to repeat");
          break;
        case RETRY_AFTER:
          out.println("    wait " + delay.toMillis() + " ms as Retry-After says, then send again (a throttled call was not processed)");
          break;
        case BACKOFF:
          out.println("    back off " + delay.toMillis() + " ms: throttled without Retry-After, so a longer backoff with jitter");
          break;
        case REFRESH_TOKEN:
        default:
          out.println("    the token expired: fetch a new app token, then send the call once more");
          break;
      }
    }

    @Override
    public void tokenFetched(boolean replacing) {
      out.println(replacing ? "    app token refreshed" : "    app token fetched");
    }

    @Override
    public void splitting(Call call, int size, int first, int second) {
      out.println("    a batch of " + size + " is too large: split into " + first + " + " + second);
    }
  }
}
