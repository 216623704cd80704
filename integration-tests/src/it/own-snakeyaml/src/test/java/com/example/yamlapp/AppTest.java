package com.example.yamlapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppTest {

  @Test
  void ownSnakeYamlIsTheOneInUse() {
    assertEquals(Map.of("a", 1), App.settings("a: 1"));
    String jar = org.yaml.snakeyaml.Yaml.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    assertTrue(jar.endsWith("snakeyaml-1.33.jar"), jar);
  }

  @Test
  void processorBringsNothingAlong() throws Exception {
    // The processor's jar is on this class path (provided scope), yet no copy of its libraries.
    assertThrows(ClassNotFoundException.class, () -> Class.forName("com.palantir.javapoet.JavaFile"));
    List<URL> yamls = Collections.list(getClass().getClassLoader().getResources("org/yaml/snakeyaml/Yaml.class"));
    assertEquals(1, yamls.size(), yamls::toString);
  }

  @Test
  void generatedCodeRunsWithJackson() throws Exception {
    String json = App.explain(400, "{\"error\":\"acme_config_rejected\",\"error_description\":\"config db rejected\"}");
    assertEquals(Map.of("entry", "config-rejected", "cause", "The configuration db was rejected."), new ObjectMapper().readValue(json, Map.class));
  }
}
