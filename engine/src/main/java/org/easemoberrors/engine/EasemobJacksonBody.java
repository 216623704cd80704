package org.easemoberrors.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads the error fields of a response body with Jackson's streaming parser, as {@code
 * EasemobGsonBody} does with Gson: the same fields of the same bodies, whichever library a build
 * has.
 */
final class EasemobJacksonBody {
  /** Gson gives up on a number this long or longer, so the body is unreadable with either. */
  private static final int LONGEST_NUMBER = 1023;

  private static final JsonFactory JSON = factory();

  private EasemobJacksonBody() {
  }

  /**
   * The {@code error} and {@code error_description} strings of a JSON object body (either null
   * when it lacks the field), or null when the body is no JSON object.
   */
  static String[] read(String body) {
    if (body == null || body.length() == 0) {
      return null;
    }
    String error = null;
    String description = null;
    try (JsonParser p = JSON.createParser(withoutBom(body))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value == JsonToken.VALUE_STRING) {
          if ("error".equals(name)) {
            error = p.getText();
          } else if ("error_description".equals(name)) {
            description = p.getText();
          }
        } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          p.skipChildren();
        } else if (value != null && value.isNumeric() && p.getTextLength() > LONGEST_NUMBER) {
          return null;
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return new String[] {error, description};
  }

  /**
   * The body without the byte order mark some servers and proxies put before JSON (decoded to
   * U+FEFF), which Jackson does not skip in a String (Gson skips it itself).
   */
  static String withoutBom(String body) {
    return body.charAt(0) == '\uFEFF' ? body.substring(1) : body;
  }

  /**
   * A factory without the read limits of Jackson 2.15 and later (nesting depth, and the length
   * of numbers, strings and names), which Gson does not have: a field nobody reads must not cost
   * the fields that are read. Lifted by reflection, since older versions have no limits to lift.
   */
  private static JsonFactory factory() {
    JsonFactory f = new JsonFactory();
    try {
      Class<?> limits = Class.forName("com.fasterxml.jackson.core.StreamReadConstraints");
      Object b = limits.getMethod("builder").invoke(null);
      for (String limit : new String[] {"maxNestingDepth", "maxNumberLength", "maxStringLength", "maxNameLength"}) {
        try {
          b = b.getClass().getMethod(limit, int.class).invoke(b, Integer.MAX_VALUE);
        } catch (NoSuchMethodException e) {
          // A limit this version does not have.
        }
      }
      f.getClass().getMethod("setStreamReadConstraints", limits).invoke(f, b.getClass().getMethod("build").invoke(b));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      // Before 2.15: nothing is limited.
    }
    return f;
  }
}
