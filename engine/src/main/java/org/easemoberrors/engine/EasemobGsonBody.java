package org.easemoberrors.engine;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Reads the error fields of a response body with Gson's streaming reader, as {@code
 * EasemobJacksonBody} does with Jackson: the same fields of the same bodies, whichever library a
 * build has.
 */
final class EasemobGsonBody {
  /**
   * {@code JsonReader.setNestingLimit} of Gson 2.11 and later, whose limit of 255 Jackson does not
   * have: a field nobody reads must not cost the fields that are read. Null before 2.11, which
   * has no limit.
   */
  private static final MethodHandle NESTING = nesting();

  private EasemobGsonBody() {
  }

  private static MethodHandle nesting() {
    try {
      return MethodHandles.publicLookup().findVirtual(JsonReader.class, "setNestingLimit",
          MethodType.methodType(void.class, int.class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static void unlimited(JsonReader r) {
    if (NESTING != null) {
      try {
        NESTING.invokeExact(r, Integer.MAX_VALUE);
      } catch (Error e) {
        throw e;
      } catch (Throwable e) {
        // The limit stays.
      }
    }
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
    try (JsonReader r = new JsonReader(new StringReader(body))) {
      unlimited(r);
      if (r.peek() != JsonToken.BEGIN_OBJECT) {
        return null;
      }
      r.beginObject();
      while (r.hasNext()) {
        String name = r.nextName();
        if (r.peek() == JsonToken.STRING && "error".equals(name)) {
          error = r.nextString();
        } else if (r.peek() == JsonToken.STRING && "error_description".equals(name)) {
          description = r.nextString();
        } else {
          r.skipValue();
        }
      }
      r.endObject();
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return new String[] {error, description};
  }
}
