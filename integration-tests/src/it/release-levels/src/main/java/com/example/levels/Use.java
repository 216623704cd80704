package com.example.levels;

import com.example.levels.jackson.EasemobClientException.Conflict;
import com.example.levels.jackson.EasemobErrorMatcher;
import com.example.levels.jackson.EasemobException;
import java.util.Locale;

/** User code against the generated API, held to the same levels and lint. */
public final class Use {
  private Use() {}

  public static String explain(int status, String body) {
    try {
      throw EasemobErrorMatcher.from(status, body);
    } catch (Conflict.VersionConflict e) {
      return e.resource() + "@" + e.version();
    } catch (EasemobException e) {
      return e.getMessage() + ": " + e.explanation(Locale.ENGLISH);
    }
  }
}
