package org.easemoberrors.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.easemoberrors.processor.model.Entry;
import org.easemoberrors.processor.model.StatusSpec;
import org.easemoberrors.processor.model.Text;

/**
 * Writes the exception hierarchy: the base and the 4xx and 5xx classes, the only top-level types.
 * A status's class is nested in its 4xx or 5xx class ({@code EasemobClientException.BadRequest}),
 * and an entry's class in its status's ({@code EasemobClientException.BadRequest.DuplicateUsername}),
 * or in the 4xx or 5xx class when the catalogue does not list its status.
 */
final class ExceptionWriter {
  private static final ClassName STRING = ClassName.get(String.class);

  private final Context ctx;
  private final Names names;

  ExceptionWriter(Context ctx) {
    this.ctx = ctx;
    this.names = ctx.names();
  }

  List<TypeSpec> all() {
    TypeSpec.Builder client = simple(names.clientBase(), names.base(), "An Easemob error with a 4xx status: the request was wrong.\n");
    TypeSpec.Builder server = simple(names.serverBase(), names.base(), "An Easemob error with a 5xx status: the server failed.\n");
    for (StatusSpec s : ctx.catalog().statuses().values()) {
      int code = Integer.parseInt(s.key());
      TypeSpec.Builder status =
          simple(names.exception(s), names.classBase(code),
              "HTTP " + s.key() + " from the Easemob REST API, and the base of the errors the catalogue lists for it.\n")
              .addModifiers(Modifier.STATIC);
      if (ctx.typedEntries()) {
        for (Entry e : ctx.catalog().entries()) {
          if (e.status() == code) {
            status.addType(entry(e));
          }
        }
      }
      (code < 500 ? client : server).addType(status.build());
    }
    if (ctx.typedEntries()) {
      for (Entry e : ctx.catalog().entries()) {
        if (!ctx.catalog().statuses().containsKey(e.status())) {
          (e.status() < 500 ? client : server).addType(entry(e));
        }
      }
    }
    return List.of(base(), client.build(), server.build());
  }

  private TypeSpec base() {
    ClassName match = names.match();
    TypeSpec.Builder type =
        ctx.generated(TypeSpec.classBuilder(names.base()))
            .addModifiers(Modifier.PUBLIC)
            .superclass(RuntimeException.class)
            .addJavadoc(
                "An error response of the Easemob REST API.\n\n"
                    + "<p>Built by {@link $T#from(int, String)}; catch the subclass of the status or of the\n"
                    + "catalogue entry you care about. {@link #getMessage()} and {@link #toString()} tell the facts,\n"
                    + "the same on every JVM and in every locale: the status, the error code, the entry's id and\n"
                    + "the server's description; {@link #explanation(Locale)} and {@link #help(Locale)} give the\n"
                    + "localized texts.\n",
                names.matcher())
            .addField(serialVersionUid())
            .addField(match, "match", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(match, "match")
                    .addStatement("super(match.summary())")
                    .addStatement("this.match = match")
                    .build());
    type.addMethod(delegate("match", match, "The match this exception was built from.\n", true));
    type.addMethod(delegate("status", TypeName.INT, "The HTTP status as received.\n", false));
    type.addMethod(delegate("statusType", names.status(), "The status's constant, or its class when the catalogue does not list it.\n", false));
    type.addMethod(delegate("errorCode", STRING, "The {@code error} field of the response body as received, or null.\n", false));
    type.addMethod(delegate("description", STRING, "The {@code error_description} field of the response body as received, or null.\n", false));
    type.addMethod(delegate("entry", names.error(), "The catalogue entry that matched, or null when only the status did.\n", false));
    type.addMethod(delegate("level", names.engine("MatchLevel"), "How specific the match was.\n", false));
    type.addMethod(delegate("entryId", STRING, "The id of the catalogue entry that matched, or null when only the status did.\n", false));
    type.addMethod(delegate("action", names.action(), "The recommended action.\n", false));
    type.addMethod(delegate("body", STRING, "The raw response body, or null when it was not given.\n", false));
    type.addMethod(delegate("params", ParameterizedTypeName.get(Map.class, String.class, String.class),
        "The values of the description template's placeholders, by name, in template order.\n", false));
    type.addMethod(delegate("retryAfter", ClassName.get(Duration.class),
        "How long the server asked to wait before the next request, or null when it did not say.\n", false));
    type.addMethod(delegate("isRetryable", TypeName.BOOLEAN,
        "Whether sending the same request again later can succeed: the action is {@code RETRY} or {@code BACKOFF}.\n", false));
    type.addMethod(delegate("isThrottled", TypeName.BOOLEAN,
        "Whether the server is shedding load: status 429 or 503, or the action {@code BACKOFF}.\n", false));
    type.addMethod(localized("explanations", ParameterizedTypeName.get(List.class, String.class),
        "The likely causes in {@code locale}, placeholders filled; never empty.\n"));
    type.addMethod(localized("explanation", STRING, "The explanations in {@code locale} as one text.\n"));
    type.addMethod(localized("help", STRING,
        "What to change or do, in {@code locale}: the entry's help, else the status's, else its class's; never null.\n"));
    type.addMethod(
        MethodSpec.methodBuilder("param")
            .addJavadoc("The value of the placeholder {@code name} in the description, or null: the way to the values\n"
                + "where the entry has no class of its own ({@code exceptionClasses = STATUS_ONLY}).\n")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .returns(STRING)
            .addParameter(STRING, "name")
            .addStatement("return match.param(name)")
            .build());
    return type.build();
  }

  private static MethodSpec localized(String name, TypeName type, String doc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(doc)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .returns(type)
        .addParameter(Locale.class, "locale")
        .addStatement("return match.$N(locale)", name)
        .build();
  }

  private MethodSpec delegate(String name, TypeName type, String doc, boolean self) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(doc)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .returns(type)
        .addCode(self ? CodeBlock.of("return match;\n") : CodeBlock.of("return match.$N();\n", name))
        .build();
  }

  private TypeSpec.Builder simple(ClassName name, ClassName parent, String doc) {
    TypeSpec.Builder type =
        (name.enclosingClassName() == null ? ctx.generated(TypeSpec.classBuilder(name)) : TypeSpec.classBuilder(name))
            .addModifiers(Modifier.PUBLIC)
            .superclass(parent)
            .addJavadoc(doc)
            .addField(serialVersionUid())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(names.match(), "match")
                    .addStatement("super(match)")
                    .build());
    return type;
  }

  private TypeSpec entry(Entry e) {
    StringBuilder doc = new StringBuilder();
    doc.append("HTTP ").append(e.status());
    if (!e.errors().isEmpty()) {
      doc.append(" ").append(String.join(" or ", e.errors().stream().map(Text::value).map(c -> "{@code " + EnumWriter.javadocCode(c) + "}").toList()));
    }
    doc.append(": catalogue entry {@code ").append(e.id()).append('}');
    if (!e.templates().isEmpty()) {
      doc.append(", description ")
          .append(String.join(" or ", e.templates().stream().map(t -> "<i>" + EnumWriter.javadocSafe(t.source()) + "</i>").toList()));
    }
    doc.append(".\n");
    // The first cause goes on in the heading's paragraph, after its first sentence (the summary);
    // each other cause is a paragraph of its own.
    String paragraph = "";
    for (Text cause : e.causes().get(ctx.catalog().fallbackLocale())) {
      doc.append(paragraph).append(EnumWriter.javadocSafe(cause.value())).append('\n');
      paragraph = "\n<p>";
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(ctx.exception(e))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(ctx.parentOf(e.status()))
            .addJavadoc("$L", doc.toString())
            .addField(serialVersionUid())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(names.match(), "match")
                    .addStatement("super(match)")
                    .build());
    for (String p : e.placeholders()) {
      type.addMethod(
          MethodSpec.methodBuilder(p)
              .addJavadoc("The value of {@code {$L}}, or null when the matched template lacks it.\n", p)
              .addModifiers(Modifier.PUBLIC)
              .returns(STRING)
              .addStatement("return param($S)", p)
              .build());
    }
    return type.build();
  }

  private static FieldSpec serialVersionUid() {
    return FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("1L")
        .build();
  }
}
