package org.easemoberrors.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed corpus of real Easemob error responses (the processor tests' {@code
 * seed-responses.jsonl}, copied into the jar at build time): status, raw body, and the body's
 * error and description.
 */
public final class SeedRows {

  /** One response. */
  public record Row(String name, int status, String body, String error, String description) {}

  private static final JsonFactory JSON = new JsonFactory();

  private SeedRows() {}

  public static List<Row> load() {
    InputStream in = SeedRows.class.getResourceAsStream("seed-responses.jsonl");
    if (in == null) {
      throw new IllegalStateException(
          "seed-responses.jsonl is not in the jar: build the benchmarks module with Maven");
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          rows.add(row(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static Row row(String line) throws IOException {
    String name = null;
    String body = null;
    int status = 0;
    try (JsonParser p = JSON.createParser(line)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "name" -> name = p.getText();
          case "status" -> status = p.getIntValue();
          case "body" -> body = p.getText();
          default -> p.skipChildren();
        }
      }
    }
    String error = null;
    String description = null;
    try (JsonParser p = JSON.createParser(body == null ? "" : body)) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonToken value = p.nextToken();
          if (value == JsonToken.VALUE_STRING && field.equals("error")) {
            error = p.getText();
          } else if (value == JsonToken.VALUE_STRING && field.equals("error_description")) {
            description = p.getText();
          } else {
            p.skipChildren();
          }
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // Not JSON (an HTML error page): neither field, as the matcher reads it.
      error = null;
      description = null;
    }
    return new Row(name, status, body, error, description);
  }

  /** A row's text as characters, from which {@link #fresh} makes a new String per operation; null stays null. */
  public static char[] chars(String s) {
    return s == null ? null : s.toCharArray();
  }

  /** A new String of the characters, as a server parses one from each response: no hash code cached. */
  public static String fresh(char[] chars) {
    return chars == null ? null : new String(chars);
  }
}
