package org.easemoberrors.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * What a careful project writes by hand for a response body: Jackson's streaming parser, one
 * shared {@link JsonFactory}, reading the top-level {@code error} and {@code error_description}
 * strings and skipping everything else, then the {@link RegexBaseline} list in catalogue order.
 * A body that is not a JSON object gives neither field, as for the generated matcher.
 */
public final class HandWrittenBody {
  private final JsonFactory json = new JsonFactory();
  private final RegexBaseline regex;

  public HandWrittenBody(RegexBaseline regex) {
    this.regex = regex;
  }

  /** The entry the list finds for the body, or null. */
  public RegexBaseline.Found match(int status, String body) {
    String error = null;
    String description = null;
    if (body != null) {
      try (JsonParser p = json.createParser(body)) {
        if (p.nextToken() == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_STRING && "error".equals(field)) {
              error = p.getText();
            } else if (value == JsonToken.VALUE_STRING && "error_description".equals(field)) {
              description = p.getText();
            } else {
              p.skipChildren();
            }
          }
        }
      } catch (IOException e) {
        // Not JSON, or cut short: what was read so far counts for nothing.
        error = null;
        description = null;
      }
    }
    return regex.match(status, error, description);
  }
}
