package org.easemoberrors.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo runs every step as scripted, in English and in Chinese. */
class DemoTest {

  private static final class Run {
    final int status;
    final String out;
    final List<String> alerts;

    Run(int status, String out, String err) {
      this.status = status;
      this.out = out;
      this.alerts = Arrays.stream(err.split("\n")).filter(l -> l.startsWith("ALERT ")).collect(Collectors.toList());
    }

    long count(String text) {
      return Arrays.stream(out.split("\n")).filter(l -> l.contains(text)).count();
    }
  }

  private static Run run(Locale locale) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = new DemoScenario(o, e, locale,
          DemoScenario.demoSettings(Duration.ofMillis(5), Duration.ofMillis(10)), Duration.ofSeconds(1)).run();
    }
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void everyStepGoesAsScripted() throws Exception {
    Run run = run(Locale.ENGLISH);

    assertEquals(0, run.status, run.out);
    assertFalse(run.out.contains("UNEXPECTED"), run.out);
    assertTrue(run.out.contains("\n[21] Server errors (500)"), run.out);
    // fix_request: thrown at once, each exception typed.
    for (String type : Arrays.asList("BadRequest.UsernameMissing", "BadRequest.PasswordMissing", "BadRequest.DuplicateUsername",
        "BadRequest.InvalidCredentials", "BadRequest.MalformedJson", "BadRequest.GroupMemberNotFound",
        "Unauthorized.RegistrationClosed", "Unauthorized.CorruptToken", "Unauthorized.UnrecognizedToken",
        "BadRequest.ApplicationNotFound")) {
      assertEquals(1, run.count("caught " + type), type);
    }
    assertTrue(run.out.contains("caught BadRequest.DuplicateUsername [duplicate-username]: value() = alice\n"
        + "    cause: The username is taken: a user named alice already exists in this app.\n"), run.out);
    // refresh_token: once.
    assertEquals(1, run.count("app token refreshed"));
    // split: 200 -> 100 + 100 -> 4 x 50.
    assertEquals(1, run.count("a batch of 200 is too large: split into 100 + 100"));
    assertEquals(2, run.count("a batch of 100 is too large: split into 50 + 50"));
    // backoff: Retry-After in seconds, then as a date; then without, harder.
    assertEquals(1, run.count("wait 1000 ms as Retry-After says"));
    assertEquals(2, run.count("as Retry-After says"));
    assertEquals(2, run.count("messages delivered, none twice"));
    assertEquals(2, run.count("back off "));
    // retry: 2 on the password change, 1 after the stall, 3 before giving up.
    assertEquals(6, run.count("exponential backoff with jitter"));
    assertTrue(run.out.contains("dave exists, nothing to resend"), run.out);
    // alert: the registration not repeated, the retries given up, the three 500s.
    assertEquals(Arrays.asList("not-repeated", "retries-exhausted", "alert", "alert", "alert"),
        run.alerts.stream().map(a -> a.replaceAll(".* outcome=(\\S+) .*", "$1")).collect(Collectors.toList()));
  }

  @Test
  void causesAndAdviceAreInChineseWhenAsked() throws Exception {
    Run run = run(Locale.SIMPLIFIED_CHINESE);

    assertEquals(0, run.status, run.out);
    assertTrue(run.out.contains("    原因: 用户名已存在,alice这个用户名在该APP下已经存在\n"), run.out);
    assertTrue(run.out.contains("    处理: fix_request - 请求本身有误"), run.out);
    assertEquals(5, run.alerts.size());
    assertTrue(run.alerts.get(4).endsWith("cause=\"错误的请求,给一个未提供的API发送了请求\""), run.alerts.get(4));
  }
}
