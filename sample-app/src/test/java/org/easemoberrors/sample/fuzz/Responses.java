package org.easemoberrors.sample.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.easemoberrors.sample.errors.EasemobClientException;
import org.easemoberrors.sample.errors.EasemobErrorMatch;
import org.easemoberrors.sample.errors.EasemobException;
import org.easemoberrors.sample.errors.EasemobMatchLevel;
import org.easemoberrors.sample.errors.EasemobServerException;
import org.easemoberrors.sample.errors.EasemobStatus;

/** Turns fuzzer bytes into a response, and checks what the matcher made of one. */
final class Responses {
  private static final int[] STATUSES = {400, 401, 403, 404, 408, 413, 429, 500, 501, 502, 503, 504};

  final int status;
  final String error;
  final String description;
  final String body;

  private Responses(int status, String error, String description, String body) {
    this.status = status;
    this.error = error;
    this.description = description;
    this.body = body;
  }

  /**
   * Byte 0 picks the status (mostly one the catalogue lists, else anything from 300 to 803);
   * byte 1 how the rest becomes the body: as UTF-8 text, as UTF-16 (lone surrogates and all), or
   * split at the first zero byte into an error and a description inside a JSON object.
   */
  static Responses of(byte[] data) {
    if (data.length < 2) {
      return new Responses(400, null, null, data.length == 0 ? null : "");
    }
    int b = data[0] & 0xff;
    int status = b < 192 ? STATUSES[b % STATUSES.length] : 300 + (b - 192) * 8;
    byte[] rest = Arrays.copyOfRange(data, 2, data.length);
    switch ((data[1] & 0xff) % 3) {
      case 0:
        return new Responses(status, null, null, new String(rest, StandardCharsets.UTF_8));
      case 1:
        return new Responses(status, null, null, new String(rest, StandardCharsets.UTF_16BE));
      default:
        int zero = 0;
        while (zero < rest.length && rest[zero] != 0) {
          zero++;
        }
        String error = new String(rest, 0, zero, StandardCharsets.UTF_8);
        String description = zero < rest.length ? new String(rest, zero + 1, rest.length - zero - 1, StandardCharsets.UTF_8) : "";
        JsonStringEncoder json = JsonStringEncoder.getInstance();
        String body = "{\"error\":\"" + new String(json.quoteAsString(error)) + "\",\"timestamp\":1542609999016,"
            + "\"error_description\":\"" + new String(json.quoteAsString(description)) + "\"}";
        return new Responses(status, error, description, body);
    }
  }

  /** Everything a caller may ask of the exception works and agrees with the status. */
  static void check(EasemobException e, int status) {
    assertNotNull(e);
    assertEquals(status, e.status());
    assertNotNull(e.statusType());
    assertNotNull(e.action());
    assertNotNull(e.getMessage());
    assertNotNull(e.getLocalizedMessage());
    assertNotNull(e.toString());
    if (status >= 400 && status < 500) {
      assertTrue(e instanceof EasemobClientException, e.getClass().getName());
    } else if (status >= 500 && status < 600) {
      assertTrue(e instanceof EasemobServerException, e.getClass().getName());
    }
    for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH, Locale.ROOT, Locale.JAPAN, null}) {
      List<String> causes = e.explanations(locale);
      assertFalse(causes.isEmpty());
      assertNotNull(e.explanation(locale));
    }
    Map<String, String> params = e.params();
    for (Map.Entry<String, String> p : params.entrySet()) {
      assertFalse(p.getValue().isEmpty(), "a placeholder takes at least one character");
      assertEquals(p.getValue(), e.match().param(p.getKey()));
      assertTrue(e.description().contains(p.getValue()), "a value is a part of the description as received");
    }
    EasemobMatchLevel level = e.level();
    assertNotNull(level);
    assertEquals(e.entry() != null, level.isEntry(), level.name());
    if (level == EasemobMatchLevel.ERROR_CODE) {
      assertTrue(params.isEmpty(), "the code alone gives no values");
    }
    boolean listed = e.statusType() != EasemobStatus.CLIENT_ERROR && e.statusType() != EasemobStatus.SERVER_ERROR
        && e.statusType() != EasemobStatus.NOT_AN_ERROR;
    if (!level.isEntry()) {
      assertEquals(listed ? EasemobMatchLevel.STATUS : EasemobMatchLevel.STATUS_CLASS, level);
    }
    if (e.entry() != null) {
      assertEquals(status, e.entry().status());
      assertTrue(e.entry().exceptionType().isInstance(e));
      assertTrue(e.entry().placeholders().containsAll(params.keySet()));
    } else {
      assertTrue(params.isEmpty());
    }
    EasemobErrorMatch m = e.match();
    assertEquals(m, m.toException().match());
    assertEquals(m.hashCode(), m.toException().match().hashCode());
    assertNotNull(m.toString());
  }
}
