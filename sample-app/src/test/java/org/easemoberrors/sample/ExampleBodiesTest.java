package org.easemoberrors.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.easemoberrors.sample.errors.EasemobError;
import org.easemoberrors.sample.errors.EasemobErrorMatch;
import org.easemoberrors.sample.errors.EasemobErrorMatcher;
import org.junit.jupiter.api.Test;

/** Every entry's example body is a server body that the matcher takes back to that entry. */
class ExampleBodiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyEntrysExampleMatchesThatEntry() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (EasemobError e : EasemobError.values()) {
      String body = e.exampleBody();
      EasemobErrorMatch match = EasemobErrorMatcher.match(e.status(), body);
      if (match.entry() != e) {
        wrong.add(e.id() + " -> " + match.entryId() + ": " + body);
      }
      JsonNode node = JSON.readTree(body);
      List<String> fields = new ArrayList<>();
      node.fieldNames().forEachRemaining(fields::add);
      assertEquals(Arrays.asList("error", "exception", "timestamp", "duration", "error_description"), fields, body);
      assertEquals(1542609999016L, node.get("timestamp").asLong());
      assertEquals(body, e.exampleBody(), "deterministic");
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void explicitValuesComeBackAsTheMatchsParams() {
    int checked = 0;
    for (EasemobError e : EasemobError.values()) {
      if (e.templates().isEmpty()) {
        continue;
      }
      Map<String, String> values = new HashMap<>();
      for (String name : e.placeholders()) {
        if (e.templates().get(0).contains("{" + name + "}")) {
          values.put(name, "v-" + name.length() + "-" + checked);
        }
      }
      EasemobErrorMatch match = EasemobErrorMatcher.match(e.status(), e.exampleBody(values));
      assertSame(e, match.entry(), e.id());
      for (Map.Entry<String, String> value : values.entrySet()) {
        assertEquals(value.getValue(), match.param(value.getKey()), e.id() + " " + value.getKey());
        checked++;
      }
    }
    // The default catalogue has 59 such placeholders: the loop above is no empty one.
    assertEquals(true, checked >= 50, "placeholders checked: " + checked);
  }

  @Test
  void aValueForAPlaceholderOfAnyTemplateComesBack() {
    List<String> lost = new ArrayList<>();
    int checked = 0;
    for (EasemobError e : EasemobError.values()) {
      for (String name : e.placeholders()) {
        String value = "given-" + name;
        EasemobErrorMatch match = EasemobErrorMatcher.match(e.status(), e.exampleBody(Map.of(name, value)));
        if (match.entry() != e || !value.equals(match.param(name))) {
          lost.add(e.id() + " {" + name + "} -> " + match.entryId() + " " + match.params());
        }
        checked++;
      }
    }
    assertEquals(List.of(), lost);
    assertEquals(true, checked >= 60, "placeholders checked: " + checked);
  }
}
