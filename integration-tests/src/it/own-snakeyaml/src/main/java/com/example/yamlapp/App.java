package com.example.yamlapp;

import com.example.yamlapp.errors.EasemobErrorMatcher;
import com.example.yamlapp.errors.EasemobException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads its settings with SnakeYAML 1.x, writes JSON with Jackson, explains Easemob errors. */
public final class App {
  private App() {}

  /** SnakeYAML 1.x API: SafeConstructor's no-argument constructor is gone in 2.0. */
  public static Map<String, Object> settings(String yaml) {
    return new Yaml(new SafeConstructor()).load(yaml);
  }

  public static String explain(int status, String body) throws Exception {
    EasemobException e = EasemobErrorMatcher.from(status, body);
    return new ObjectMapper().writeValueAsString(Map.of("entry", String.valueOf(e.match().entryId()), "cause", e.explanation(Locale.ENGLISH)));
  }

  public static void main(String[] args) throws Exception {
    System.out.println(settings("greeting: hello").get("greeting"));
    System.out.println(explain(400, "{\"error\":\"acme_config_rejected\",\"error_description\":\"config db rejected\"}"));
  }
}
