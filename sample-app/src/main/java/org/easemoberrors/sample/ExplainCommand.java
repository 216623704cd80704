package org.easemoberrors.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code explain}: with {@code --status}, explains one response in words; without it, reads JSON
 * Lines ({@code {"status": 400, "body": "..."}}) on standard input and writes one JSON explanation
 * per line, in order.
 *
 * <p>Nothing is lost without a word: every line that is not empty gets exactly one output line,
 * a line that cannot be explained gets a record that says why, and a failure to write the output
 * (a full disk, a closed descriptor, a pipe whose reader has gone) ends the command with a message
 * on standard error and exit status 1.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explains Easemob error responses.",
      "Without --status: reads JSON Lines {\"status\": 400, \"body\": \"...\"} on standard input and writes one JSON object per line.",
      "Every line that is not empty gets one output line; one that cannot be explained gets {\"line\": N, \"invalid\": \"why\"}.",
      "A line may be up to " + ExplainCommand.MAX_LINE + " characters long and nest up to " + ExplainCommand.MAX_NESTING + " levels deep.",
      "Exit status 1 when the output cannot be written (or the input read), with the reason on standard error."
    })
final class ExplainCommand implements Callable<Integer> {

  /** The longest input line explain reads, in characters; a longer one gets a record that says so. */
  static final int MAX_LINE = 64 * 1024 * 1024;

  /** How deeply arrays and objects may nest in an input line. */
  static final int MAX_NESTING = 100_000;

  /**
   * Jackson's reader with explain's limits instead of its defaults (strings of 20 M characters,
   * nesting 1,000 deep). A string, a number or a name cannot be longer than its line, so of these
   * limits only the nesting depth can be reached.
   */
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(MAX_LINE)
          .maxNumberLength(MAX_LINE)
          .maxNameLength(MAX_LINE)
          .maxNestingDepth(MAX_NESTING)
          .build())
      .build();

  private static final ObjectMapper MAPPER = new ObjectMapper(JSON);

  @Option(names = "--locale", paramLabel = "TAG", description = "BCP 47 language tag of the causes, such as zh-CN or en (default: the JVM's).")
  String locale;

  @Option(names = "--status", paramLabel = "CODE", description = "The HTTP status of one response to explain in words.")
  Integer status;

  @Option(names = "--body", paramLabel = "JSON", description = "The raw body of that response.")
  String body;

  @Spec CommandSpec spec;

  InputStream in = System.in;

  /** Standard output itself, not System.out: a PrintStream keeps a failure to write to itself. */
  OutputStream out = new FileOutputStream(FileDescriptor.out);

  /** The longest line read, in characters (smaller in tests). */
  int maxLine = MAX_LINE;

  /** The characters the output holds before it writes them (smaller in tests, which run once per input). */
  int outputBuffer = 1 << 16;

  @Override
  public Integer call() {
    Locale chosen = locale == null ? Locale.getDefault() : Locale.forLanguageTag(locale);
    Explanations explanations = new Explanations(MAPPER, chosen);
    Output output = new Output(out, outputBuffer);
    try {
      if (status != null) {
        output.write(escapeLoneSurrogates(explanations.toText(status, body)));
      } else {
        explainLines(explanations, output);
      }
      output.flush();
      return 0;
    } catch (WriteFailure e) {
      return fail("cannot write the output: " + e.getMessage());
    } catch (IOException e) {
      return fail("cannot read the input: " + message(e));
    }
  }

  private void explainLines(Explanations explanations, Output output) throws IOException {
    InputLines lines = new InputLines(new InputStreamReader(in, StandardCharsets.UTF_8), maxLine, output::flush);
    String separator = System.lineSeparator();
    InputLines.Line line;
    while ((line = lines.next()) != null) {
      ObjectNode record;
      if (line.tooLong()) {
        record = invalid(line.number, "longer than " + maxLine + " characters, explain's limit for a line: not read");
      } else if (line.text.isEmpty()) {
        continue;
      } else {
        record = explainLine(explanations, line.text, line.number);
      }
      output.write(escapeLoneSurrogates(toJson(record)));
      output.write(separator);
    }
  }

  private int fail(String reason) {
    java.io.PrintWriter err = spec.commandLine().getErr();
    err.println("explain: " + reason);
    err.flush();
    return 1;
  }

  private static ObjectNode explainLine(Explanations explanations, String line, long number) {
    if (isBlank(line)) {
      return invalid(number, "blank: only white space");
    }
    boolean statusValid = false;
    int statusCode = 0;
    String text = null;
    try (JsonParser p = JSON.createParser(line)) {
      JsonToken token = p.nextToken();
      if (token != JsonToken.START_OBJECT) {
        p.skipChildren(); // so that an array that is not even JSON is called so
        return invalid(number, "not a JSON object");
      }
      // As a tree would have it: the last of two fields of the same name counts.
      while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        token = p.nextToken();
        if ("status".equals(name)) {
          statusValid = token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT;
          statusCode = statusValid ? p.getIntValue() : 0;
        } else if ("body".equals(name)) {
          text = bodyText(p, token, line);
        } else {
          p.skipChildren();
        }
      }
    } catch (StreamConstraintsException e) {
      return invalid(number, "nested more than " + MAX_NESTING + " levels deep, explain's limit");
    } catch (JsonProcessingException e) {
      return invalid(number, "not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string", e); // a StringReader does not fail
    }
    if (!statusValid) {
      return invalid(number, "\"status\" must be an integer");
    }
    return explanations.toJson(statusCode, text);
  }

  /**
   * The body as the matcher takes it: a string's text, or a body given as a JSON object (or
   * another value) rather than as its text, exactly as the line writes it.
   */
  private static String bodyText(JsonParser p, JsonToken token, String line) throws IOException {
    switch (token) {
      case VALUE_NULL:
        return null;
      case VALUE_STRING:
        return p.getText();
      case START_OBJECT:
      case START_ARRAY:
        int start = (int) p.currentTokenLocation().getCharOffset();
        p.skipChildren();
        int end = (int) p.currentLocation().getCharOffset();
        return line.substring(start, end);
      default:
        return p.getText();
    }
  }

  /** Only JSON's white space: space, tab and carriage return (a line holds no line feed). */
  private static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  private static ObjectNode invalid(long number, String reason) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("line", number);
    out.put("invalid", reason);
    return out;
  }

  private static String toJson(ObjectNode record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers is written", e);
    }
  }

  /**
   * The text with each lone surrogate (half of a pair, which UTF-8 cannot encode) written as a
   * {@code \}{@code uXXXX} escape: in JSON, where such a character can only stand inside a string,
   * that is the same string, and in the text it shows which code unit it was. Pairs stay as they are.
   */
  static String escapeLoneSurrogates(String text) {
    StringBuilder escaped = null;
    int copied = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        if (escaped == null) {
          escaped = new StringBuilder(text.length() + 16);
        }
        escaped.append(text, copied, i).append(String.format("\\u%04x", (int) c));
        copied = i + 1;
      }
    }
    return escaped == null ? text : escaped.append(text, copied, text.length()).toString();
  }

  private static String message(IOException e) {
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }

  /** Thrown when the output cannot be written; the message says why. */
  static final class WriteFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WriteFailure(IOException cause) {
      super(message(cause), cause);
    }
  }

  /** The output as UTF-8, where a failure to write is a {@link WriteFailure}, never kept quiet. */
  static final class Output {
    private final OutputStream stream;
    private final Writer writer;

    Output(OutputStream stream, int buffer) {
      this.stream = stream;
      this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8.newEncoder()), buffer);
    }

    void write(String text) {
      try {
        writer.write(text);
      } catch (IOException e) {
        throw new WriteFailure(e);
      }
    }

    void flush() {
      try {
        writer.flush();
      } catch (IOException e) {
        throw new WriteFailure(e);
      }
      // Given a PrintStream after all (System.out), ask it whether a write failed.
      if (stream instanceof PrintStream && ((PrintStream) stream).checkError()) {
        throw new WriteFailure(new IOException("the output stream reports an error"));
      }
    }
  }
}
