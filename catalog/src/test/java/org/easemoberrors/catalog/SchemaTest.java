package org.easemoberrors.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Validates the default catalogue against easemob-errors.schema.json with a real validator. */
class SchemaTest {

  private static JsonNode schemaNode;
  private static JsonSchema schema;
  private static JsonNode catalogue;

  @BeforeAll
  static void load() {
    schemaNode = CatalogFiles.loadSchema();
    schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    catalogue = CatalogFiles.toJson(CatalogFiles.loadCatalogue());
  }

  private static Set<ValidationMessage> validate(JsonNode node) {
    return schema.validate(node);
  }

  private static String describe(Set<ValidationMessage> errors) {
    return errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("\n  "));
  }

  @Test
  void schemaIsAValidDraft202012Schema() {
    assertEquals(SchemaId.V202012, schemaNode.path("$schema").asText());
    JsonSchema metaSchema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of(SchemaId.V202012));
    Set<ValidationMessage> errors = metaSchema.validate(schemaNode);
    assertTrue(errors.isEmpty(), () -> "schema breaks the 2020-12 meta-schema:\n  " + describe(errors));
  }

  @Test
  void defaultCatalogueIsValid() {
    Set<ValidationMessage> errors = validate(catalogue);
    assertTrue(errors.isEmpty(), () -> "easemob-errors.yaml breaks its schema:\n  " + describe(errors));
  }

  @Test
  void catalogueReferencesTheSchemaOnItsFirstLine() throws Exception {
    try (InputStream in = SchemaTest.class.getResourceAsStream(CatalogFiles.CATALOGUE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(
          "# yaml-language-server: $schema=easemob-errors.schema.json", text.lines().findFirst().orElse(""));
    }
  }

  /** Every property the schema declares carries a title and a description for IDE completion. */
  @Test
  void everyPropertyHasATitleAndDescription() {
    List<String> missing = new ArrayList<>();
    int[] count = {0};
    walk(schemaNode, "#", missing, count);
    assertTrue(count[0] >= 20, "expected the schema to declare many properties, found " + count[0]);
    assertTrue(missing.isEmpty(), () -> "properties without title or description: " + missing);
  }

  private static void walk(JsonNode node, String path, List<String> missing, int[] count) {
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      if (props != null && props.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          count[0]++;
          JsonNode p = e.getValue();
          if (!p.path("title").isTextual()
              || p.path("title").asText().isBlank()
              || !p.path("description").isTextual()
              || p.path("description").asText().isBlank()) {
            missing.add(path + "/properties/" + e.getKey());
          }
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        walk(e.getValue(), path + "/" + e.getKey(), missing, count);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, missing, count);
      }
    }
  }

  static Stream<Arguments> brokenCatalogues() {
    return Stream.of(
        broken("unknown top-level key", c -> c.put("version", 1)),
        broken("unknown entry key", c -> entry(c, 0).put("severity", "high")),
        broken("unknown status key", c -> status(c, "400").put("title", "Bad Request")),
        broken("unknown class key", c -> ((ObjectNode) c.get("classes").get("4xx")).put("code", 4)),
        broken("bad status action", c -> status(c, "429").put("action", "wait")),
        broken("bad entry action", c -> entry(c, 0).put("action", "panic")),
        broken("bad class action", c -> ((ObjectNode) c.get("classes").get("5xx")).put("action", "retry-later")),
        broken("id not kebab-case", c -> entry(c, 0).put("id", "Invalid_Id")),
        broken("id with double hyphen", c -> entry(c, 0).put("id", "invalid--id")),
        broken("entry without id", c -> entry(c, 0).remove("id")),
        broken("entry without status", c -> entry(c, 0).remove("status")),
        broken("entry without causes", c -> entry(c, 0).remove("causes")),
        broken("entry status out of range", c -> entry(c, 0).put("status", 600)),
        broken("entry status as text", c -> entry(c, 0).put("status", "400")),
        broken("status key out of range", c -> ((ObjectNode) c.get("statuses")).set("302", status(c, "400").deepCopy())),
        broken("status name not PascalCase", c -> status(c, "400").put("name", "bad_request")),
        broken("empty error list", c -> entry(c, 0).putArray("error")),
        broken("empty description list", c -> entry(c, 0).putArray("description")),
        broken("unbalanced brace in description", c -> entry(c, 0).put("description", "value {x")),
        broken("placeholder not an identifier", c -> entry(c, 0).put("description", "value {1x}")),
        broken("causes not keyed by locale", c -> ((ObjectNode) entry(c, 0).get("causes")).put("Chinese", "x")),
        broken("empty causes list", c -> ((ObjectNode) entry(c, 0).get("causes")).putArray("en")),
        broken("class with Exception suffix", c -> entry(c, 0).put("class", "InvalidCredentialsException")),
        broken("format version 2", c -> c.put("catalog", 2)),
        broken("locale in hyphen form", c -> c.put("fallbackLocale", "zh-CN")),
        broken("override without id", c -> c.putArray("overrides").addObject().put("action", "retry")),
        broken("override with unknown key", c -> c.putArray("overrides").addObject().put("id", "x").put("note", "y")),
        broken("remove with a bad id", c -> c.putArray("remove").add("Not An Id")),
        broken("suppress with a non-string", c -> c.putArray("suppress").add(3)),
        broken("help not keyed by locale", c -> entry(c, 0).putObject("help").put("Chinese", "x")),
        broken("empty help map", c -> entry(c, 0).putObject("help")),
        broken("empty help text", c -> entry(c, 0).putObject("help").put("en", "")),
        broken("help as a list of texts", c -> entry(c, 0).putObject("help").putArray("en").add("Check it.")),
        broken("help as a plain string", c -> entry(c, 0).put("help", "Check it.")),
        broken("unbalanced brace in help", c -> entry(c, 0).putObject("help").put("en", "Send {x.")),
        broken("placeholder in a status's help", c -> status(c, "400").putObject("help").put("en", "Fix {field}.")),
        broken("placeholder in a class's help", c -> ((ObjectNode) c.get("classes").get("5xx")).putObject("help").put("en", "Tell {who}.")),
        broken("override help not keyed by locale", c -> c.putArray("overrides").addObject().put("id", "x").putObject("help").put("English", "y")));
  }

  /** Help in the forms the format allows, each of which the schema must accept. */
  static Stream<Arguments> validHelp() {
    return Stream.of(
        valid("entry help with a placeholder of its template",
            c -> entryById(c, "duplicate-username").putObject("help").put("en", "Choose a name other than {value}.").put("zh_CN", "换一个 {value} 以外的名字")),
        valid("entry help in one locale only", c -> entry(c, 0).putObject("help").put("en", "Check the password.")),
        valid("status help with literal braces", c -> status(c, "400").putObject("help").put("en", "Send a body such as {{\"a\": 1}}.")),
        valid("class help", c -> ((ObjectNode) c.get("classes").get("4xx")).putObject("help").put("zh_CN", "检查请求")),
        valid("override of the help of one locale", c -> c.putArray("overrides").addObject().put("id", "duplicate-username")
            .putObject("help").put("en", "Pick another name than {value}.")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validHelp")
  void helpCopyPassesValidation(String name, Consumer<ObjectNode> change) {
    ObjectNode copy = catalogue.deepCopy();
    change.accept(copy);
    assertFalse(copy.equals(catalogue), "the change changed nothing");
    Set<ValidationMessage> errors = validate(copy);
    assertTrue(errors.isEmpty(), () -> "a catalogue with " + name + " failed validation:\n  " + describe(errors));
  }

  private static Arguments valid(String name, Consumer<ObjectNode> change) {
    return Arguments.of(name, change);
  }

  private static ObjectNode entryById(ObjectNode c, String id) {
    for (JsonNode e : c.get("entries")) {
      if (id.equals(e.path("id").asText())) {
        return (ObjectNode) e;
      }
    }
    throw new AssertionError("no entry " + id);
  }

  private static Arguments broken(String name, Consumer<ObjectNode> breakIt) {
    return Arguments.of(name, breakIt);
  }

  private static ObjectNode entry(ObjectNode c, int i) {
    return (ObjectNode) ((ArrayNode) c.get("entries")).get(i);
  }

  private static ObjectNode status(ObjectNode c, String code) {
    return (ObjectNode) c.get("statuses").get(code);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenCatalogues")
  void brokenCopyFailsValidation(String name, Consumer<ObjectNode> breakIt) {
    ObjectNode copy = catalogue.deepCopy();
    breakIt.accept(copy);
    assertFalse(copy.equals(catalogue), "the mutation changed nothing");
    assertFalse(validate(copy).isEmpty(), "a catalogue with " + name + " passed validation");
  }

  @Test
  void overlayCatalogueIsValid() {
    Map<String, Object> overlay =
        CatalogFiles.loadYaml("/org/easemoberrors/catalog/overlay-example.yaml");
    Set<ValidationMessage> errors = validate(CatalogFiles.toJson(overlay));
    assertTrue(errors.isEmpty(), () -> "overlay example breaks the schema:\n  " + describe(errors));
  }
}
