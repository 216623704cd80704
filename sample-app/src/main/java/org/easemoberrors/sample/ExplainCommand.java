package org.easemoberrors.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code explain}: with {@code --status}, explains one response in words; without it, reads JSON
 * Lines ({@code {"status": 400, "body": "..."}}) on standard input and writes one JSON explanation
 * per line, in order.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explains Easemob error responses.",
      "Without --status: reads JSON Lines {\"status\": 400, \"body\": \"...\"} on standard input and writes one JSON object per line."
    })
final class ExplainCommand implements Callable<Integer> {

  @Option(names = "--locale", paramLabel = "TAG", description = "BCP 47 language tag of the causes, such as zh-CN or en (default: the JVM's).")
  String locale;

  @Option(names = "--status", paramLabel = "CODE", description = "The HTTP status of one response to explain in words.")
  Integer status;

  @Option(names = "--body", paramLabel = "JSON", description = "The raw body of that response.")
  String body;

  InputStream in = System.in;
  java.io.OutputStream out = System.out;

  @Override
  public Integer call() throws IOException {
    Locale chosen = locale == null ? Locale.getDefault() : Locale.forLanguageTag(locale);
    ObjectMapper json = new ObjectMapper();
    Explanations explanations = new Explanations(json, chosen);
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    if (status != null) {
      writer.print(explanations.toText(status, body));
      writer.flush();
      return 0;
    }
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.trim().isEmpty()) {
        continue;
      }
      writer.println(json.writeValueAsString(explainLine(json, explanations, line, number)));
    }
    writer.flush();
    return 0;
  }

  private static ObjectNode explainLine(ObjectMapper json, Explanations explanations, String line, int number) {
    JsonNode input;
    try {
      input = json.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return invalid(json, number, "not JSON: " + e.getOriginalMessage());
    }
    if (input == null || !input.isObject()) {
      return invalid(json, number, "not a JSON object");
    }
    JsonNode status = input.get("status");
    if (status == null || !status.canConvertToInt() || !status.isIntegralNumber()) {
      return invalid(json, number, "\"status\" must be an integer");
    }
    JsonNode body = input.get("body");
    String text;
    if (body == null || body.isNull()) {
      text = null;
    } else if (body.isTextual()) {
      text = body.asText();
    } else {
      text = body.toString(); // a body given as a JSON object rather than as its text
    }
    return explanations.toJson(status.asInt(), text);
  }

  private static ObjectNode invalid(ObjectMapper json, int number, String reason) {
    ObjectNode out = json.createObjectNode();
    out.put("line", number);
    out.put("invalid", reason);
    return out;
  }
}
