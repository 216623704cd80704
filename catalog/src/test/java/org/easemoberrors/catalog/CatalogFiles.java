package org.easemoberrors.catalog;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Loads the default catalogue and its schema from the class path, for the tests. */
final class CatalogFiles {

  static final String DIR = "/org/easemoberrors/catalog/";
  static final String CATALOGUE = DIR + "easemob-errors.yaml";
  static final String SCHEMA = DIR + "easemob-errors.schema.json";

  private CatalogFiles() {}

  /** The default catalogue as SnakeYAML's plain maps, lists and scalars (safe loading). */
  static Map<String, Object> loadCatalogue() {
    return loadYaml(CATALOGUE);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> loadYaml(String resource) {
    try (InputStream in = open(resource)) {
      Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      return (Map<String, Object>) root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode loadSchema() {
    try (InputStream in = open(SCHEMA)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = CatalogFiles.class.getResourceAsStream(resource);
    assertNotNull(in, "missing class path resource " + resource);
    return in;
  }

  /**
   * Converts what SnakeYAML loaded into a JSON tree. Map keys become strings (YAML's integer
   * status keys such as 400 become "400", as a YAML editor's schema check sees them).
   */
  static JsonNode toJson(Object value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (value == null) {
      return f.nullNode();
    } else if (value instanceof Map<?, ?> map) {
      ObjectNode node = f.objectNode();
      map.forEach((k, v) -> node.set(String.valueOf(k), toJson(v)));
      return node;
    } else if (value instanceof List<?> list) {
      ArrayNode node = f.arrayNode();
      list.forEach(v -> node.add(toJson(v)));
      return node;
    } else if (value instanceof String s) {
      return f.textNode(s);
    } else if (value instanceof Integer i) {
      return f.numberNode(i);
    } else if (value instanceof Long l) {
      return f.numberNode(l);
    } else if (value instanceof BigInteger b) {
      return f.numberNode(b);
    } else if (value instanceof Double d) {
      return f.numberNode(d);
    } else if (value instanceof Boolean b) {
      return f.booleanNode(b);
    }
    throw new IllegalArgumentException(
        "unexpected YAML value of " + value.getClass().getName() + ": " + value);
  }
}
