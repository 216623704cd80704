package org.easemoberrors.sample.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.easemoberrors.sample.errors.EasemobErrorMatch;
import org.easemoberrors.sample.errors.EasemobErrorMatcher;
import org.easemoberrors.sample.errors.EasemobException;

/**
 * The generated matcher on arbitrary responses: {@code from} never throws and never returns null,
 * whatever the status and the body, and the exception it builds answers every question sensibly.
 *
 * <p>In the normal build each test replays its saved inputs ({@code MatcherFuzzTestInputs} beside
 * this class); {@code JAZZER_FUZZ=1} turns one of them into a fuzzing campaign (see the README).
 */
class MatcherFuzzTest {

  @FuzzTest(maxDuration = "30m", maxExecutions = 2_000_000)
  @DictionaryEntries({
    "{\"error\":\"", "\",\"error_description\":\"", "\"}", "invalid_grant", "illegal_argument",
    "auth_bad_access_token", "duplicate_unique_property_exists", "organization_application_not_found",
    "Could not find application for ", " from URI: ", "group member ", " doesn't exist", "Application ",
    "Entity user requires that property named username be unique, value of ", " exists",
    "Unable to authenticate", "Entity '", "' with property named '", "' is not full text indexed.",
    "\u2019", "\u201C", "\u3000", "\u00A0", "{{", "}}", "\\u0000", "\\ud800", "[", "{"
  })
  void fromBody(byte[] data) {
    Responses r = Responses.of(data);
    EasemobException e = EasemobErrorMatcher.from(r.status, r.body);
    Responses.check(e, r.status);
    EasemobErrorMatch again = EasemobErrorMatcher.match(r.status, r.body);
    assertEquals(e.match(), again);
    assertEquals(r.body, again.body());
  }

  @FuzzTest(maxDuration = "30m", maxExecutions = 2_000_000)
  @DictionaryEntries({
    "invalid_grant", "illegal_argument", "auth_bad_access_token", "Could not find application for ",
    " from URI: ", "group member ", " doesn't exist", "Unable to authenticate", "\u2019", "\u3000", "{{", "}}"
  })
  void fromFields(byte[] data) {
    Responses r = Responses.of(data);
    EasemobException e = EasemobErrorMatcher.fromFields(r.status, r.error, r.description);
    Responses.check(e, r.status);
    assertEquals(r.error, e.errorCode());
    assertEquals(r.description, e.description());
    EasemobErrorMatch again = EasemobErrorMatcher.matchFields(r.status, r.error, r.description);
    assertEquals(e.match(), again);
    if (r.error != null && r.body != null) {
      // The body and the fields it carries match alike.
      EasemobErrorMatch byBody = EasemobErrorMatcher.match(r.status, r.body);
      assertEquals(again.entry(), byBody.entry());
      assertEquals(again.params(), byBody.params());
    }
  }
}
