package org.easemoberrors.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.easemoberrors.engine.Engine;

/**
 * Writes {@code <Prefix>ErrorMatcher}: the public face of the engine's index (a source file of
 * the engine module, copied beside it). It hands the index the entries' tables, indexed by
 * ordinal, and turns what the index finds into the typed match.
 */
final class MatcherWriter {
  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName STRINGS = ArrayTypeName.of(STRING);

  private final Context ctx;
  private final Names names;

  MatcherWriter(Context ctx) {
    this.ctx = ctx;
    this.names = ctx.names();
  }

  TypeSpec type() {
    ClassName match = names.match();
    ClassName error = names.error();
    ClassName index = names.engine("Index");
    ClassName retry = names.engine("RetryAfter");
    TypeSpec.Builder type =
        ctx.generated(TypeSpec.classBuilder(names.matcher()))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Maps an Easemob error response to the most specific catalogue entry and its exception.\n\n"
                    + "<p>Precedence, most specific first, each match saying which it was ({@link $T}):\n"
                    + "<ol>\n"
                    + "<li>status, error code and description template (a template without placeholders before one\n"
                    + "with them);\n"
                    + "<li>status and template, with any error code;\n"
                    + "<li>status and error code, when the description fits no template (a reworded one, or none):\n"
                    + "an entry without templates that names the code, else the one entry with templates that names\n"
                    + "it; a code that several entries with templates share at the status picks none of them;\n"
                    + "<li>the status, when the catalogue lists it;\n"
                    + "<li>its class: 4xx, 5xx or not an error.\n"
                    + "</ol>\n"
                    + "Typographic quotes and runs of white space in descriptions match their plain forms; the\n"
                    + "placeholders' values are the description's own characters as received.\n"
                    + "No method returns null or throws, whatever the input. Safe to use from many threads.\n",
                names.engine("MatchLevel"))
            .addField(FieldSpec.builder(ArrayTypeName.of(error), "ENTRIES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.values()", error).build())
            .addField(FieldSpec.builder(index, "INDEX", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("index()").build())
            .addField(FieldSpec.builder(STRINGS, "NO_VALUES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new String[0]").build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

    type.addMethod(
        MethodSpec.methodBuilder("match")
            .addJavadoc(
                "Matches a response by its HTTP status and raw body (the JSON object with {@code error} and\n"
                    + "{@code error_description}). A body that is missing, empty or not JSON matches on the status.\n"
                    + jsonNote())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(match)
            .addParameter(TypeName.INT, "status")
            .addParameter(STRING, "body")
            .addStatement("return match(status, body, null)")
            .build());
    MethodSpec.Builder byBody =
        MethodSpec.methodBuilder("match")
            .addJavadoc(
                "Matches a response by its HTTP status, raw body and {@code Retry-After} header (seconds or an\n"
                    + "HTTP-date, read at the time of this call; null when the response had none), as\n"
                    + "{@link #match(int, String)} does.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(match)
            .addParameter(TypeName.INT, "status")
            .addParameter(STRING, "body")
            .addParameter(STRING, "retryAfter");
    if (ctx.json() == Context.JsonLibrary.NONE) {
      byBody.addStatement("return new $T(status, null, null, null, body, NO_VALUES, unmatched(status), $T.parse(retryAfter))", match, retry);
    } else {
      byBody.addStatement("String[] fields = $T.read(body)",
              names.engine(ctx.json() == Context.JsonLibrary.JACKSON ? Engine.JACKSON : Engine.GSON))
          .beginControlFlow("if (fields == null)")
          .addStatement("return new $T(status, null, null, null, body, NO_VALUES, unmatched(status), $T.parse(retryAfter))", match, retry)
          .endControlFlow()
          .addStatement("return find(status, fields[0], fields[1], body, retryAfter)");
    }
    type.addMethod(byBody.build());
    type.addMethod(
        MethodSpec.methodBuilder("matchFields")
            .addJavadoc("Matches a response by its HTTP status, error code and error description, either of which may be null.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(match)
            .addParameter(TypeName.INT, "status")
            .addParameter(STRING, "error")
            .addParameter(STRING, "description")
            .addStatement("return find(status, error, description, null, null)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("matchFields")
            .addJavadoc(
                "Matches a response by its HTTP status, error code, error description and {@code Retry-After}\n"
                    + "header, any of which may be null.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(match)
            .addParameter(TypeName.INT, "status")
            .addParameter(STRING, "error")
            .addParameter(STRING, "description")
            .addParameter(STRING, "retryAfter")
            .addStatement("return find(status, error, description, null, retryAfter)")
            .build());
    type.addMethod(from("from", "The exception for a response's HTTP status and raw body; never null.\n", "body"));
    type.addMethod(from("from", "The exception for a response's HTTP status, raw body and {@code Retry-After} header; never null.\n",
        "body", "retryAfter"));
    type.addMethod(from("fromFields", "The exception for a response's HTTP status, error code and description; never null.\n",
        "error", "description"));
    type.addMethod(from("fromFields",
        "The exception for a response's HTTP status, error code, description and {@code Retry-After} header; never null.\n",
        "error", "description", "retryAfter"));
    type.addMethod(
        MethodSpec.methodBuilder("find")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(match)
            .addParameter(TypeName.INT, "status")
            .addParameter(STRING, "error")
            .addParameter(STRING, "description")
            .addParameter(STRING, "body")
            .addParameter(STRING, "retryAfter")
            .addStatement("$T.Hit hit = INDEX.find(status, error, description)", index)
            .beginControlFlow("if (hit == null)")
            .addComment("The status, or its class.")
            .addStatement("return new $T(status, null, error, description, body, NO_VALUES, unmatched(status), $T.parse(retryAfter))", match, retry)
            .endControlFlow()
            .addStatement("return new $T(status, ENTRIES[hit.entry], error, description, body, hit.values, hit.level, $T.parse(retryAfter))", match, retry)
            .build());
    ClassName level = names.engine("MatchLevel");
    type.addMethod(
        MethodSpec.methodBuilder("unmatched")
            .addJavadoc("The level of a match that found no entry: the status, or only its class.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(level)
            .addParameter(TypeName.INT, "status")
            .beginControlFlow("switch ($T.of(status))", names.status())
            .addCode("case CLIENT_ERROR:\ncase SERVER_ERROR:\ncase NOT_AN_ERROR:\n$>")
            .addStatement("return $T.STATUS_CLASS", level)
            .addCode("$<default:\n$>")
            .addStatement("return $T.STATUS", level)
            .addCode("$<")
            .endControlFlow()
            .build());
    ClassName table = names.error().nestedClass("Table");
    type.addMethod(
        MethodSpec.methodBuilder("index")
            .addJavadoc("The index of the entries' tables, each indexed by entry ordinal.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(index)
            .addStatement("return new $T($T.STATUSES, $T.CODES, $T.TEMPLATES, $T.PLACEHOLDERS)", index, table, table, table, table)
            .build());
    return type.build();
  }

  /** A {@code from} method: the exception of the {@code match} method of the same parameters. */
  private MethodSpec from(String name, String doc, String... parameters) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(name)
            .addJavadoc(doc)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(names.base())
            .addParameter(TypeName.INT, "status");
    for (String p : parameters) {
      m.addParameter(STRING, p);
    }
    return m.addStatement("return $L(status, $L).toException()", name.equals("from") ? "match" : "matchFields", String.join(", ", parameters))
        .build();
  }

  private String jsonNote() {
    return switch (ctx.json()) {
      case JACKSON -> "The body is read with Jackson's streaming parser.\n";
      case GSON -> "The body is read with Gson's streaming reader.\n";
      case NONE -> "No JSON library was on the compile class path, so this matches on the status only;\n"
          + "parse the body yourself and call {@link #matchFields(int, String, String, String)}.\n";
    };
  }
}
