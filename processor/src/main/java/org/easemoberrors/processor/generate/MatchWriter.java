package org.easemoberrors.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.lang.model.element.Modifier;
import org.easemoberrors.processor.model.Entry;
import org.easemoberrors.processor.model.StatusSpec;

/**
 * Writes {@code <Prefix>ErrorMatch}: the immutable result of matching, which also reads the
 * localized texts and builds the exception.
 */
final class MatchWriter {
  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName STRINGS = ArrayTypeName.of(STRING);
  private static final TypeName TEXTS =
      ParameterizedTypeName.get(ClassName.get(Map.class), STRING, STRING);

  private final Context ctx;
  private final Names names;

  MatchWriter(Context ctx) {
    this.ctx = ctx;
    this.names = ctx.names();
  }

  TypeSpec type() {
    ClassName self = names.match();
    ClassName error = names.error();
    ClassName status = names.status();
    TypeSpec.Builder type =
        ctx.generated(TypeSpec.classBuilder(self))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(Serializable.class)
            .addJavadoc(
                "What {@link $T} made of one error response: the catalogue entry (or only the status),\n"
                    + "the values of the template's placeholders, the recommended action, the localized explanations\n"
                    + "and help, and the wait the server asked for.\n\n"
                    + "<p>Immutable and safe to share between threads.\n",
                names.matcher())
            .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("1L").build())
            .addField(FieldSpec.builder(names.engine("Texts"), "TEXTS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(texts(self))
                .build())
            .addField(TypeName.INT, "status", Modifier.PRIVATE, Modifier.FINAL)
            .addField(status, "statusType", Modifier.PRIVATE, Modifier.FINAL)
            .addField(error, "entry", Modifier.PRIVATE, Modifier.FINAL)
            .addField(STRING, "errorCode", Modifier.PRIVATE, Modifier.FINAL)
            .addField(STRING, "description", Modifier.PRIVATE, Modifier.FINAL)
            .addField(STRING, "body", Modifier.PRIVATE, Modifier.FINAL)
            .addField(STRINGS, "values", Modifier.PRIVATE, Modifier.FINAL)
            .addField(names.engine("MatchLevel"), "level", Modifier.PRIVATE, Modifier.FINAL)
            .addField(Duration.class, "retryAfter", Modifier.PRIVATE, Modifier.FINAL);

    type.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(TypeName.INT, "status")
            .addParameter(error, "entry")
            .addParameter(STRING, "errorCode")
            .addParameter(STRING, "description")
            .addParameter(STRING, "body")
            .addParameter(STRINGS, "values")
            .addParameter(names.engine("MatchLevel"), "level")
            .addParameter(Duration.class, "retryAfter")
            .addStatement("this.status = status")
            .addStatement("this.statusType = $T.of(status)", status)
            .addStatement("this.entry = entry")
            .addStatement("this.errorCode = errorCode")
            .addStatement("this.description = description")
            .addStatement("this.body = body")
            .addStatement("this.values = values")
            .addStatement("this.level = level")
            .addStatement("this.retryAfter = retryAfter")
            .build());

    type.addMethod(Members.getter("status", TypeName.INT, "The HTTP status as received.\n"));
    type.addMethod(Members.getter("statusType", status, "The status's constant, or its class ({@code CLIENT_ERROR}, {@code SERVER_ERROR}, {@code NOT_AN_ERROR}) when the catalogue does not list it.\n"));
    type.addMethod(Members.getter("entry", error, "The catalogue entry that matched, or null when only the status did.\n"));
    type.addMethod(
        MethodSpec.methodBuilder("entryId")
            .addJavadoc("The id of the entry that matched, or null when only the status did.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addStatement("return entry == null ? null : entry.id()")
            .build());
    type.addMethod(Members.getter("level", names.engine("MatchLevel"),
        "How specific the match was: a template fitted, the error code alone named the entry, or only the status\n"
            + "or its class is known.\n"));
    type.addMethod(Members.getter("errorCode", STRING, "The server's error code as received, or null.\n"));
    type.addMethod(Members.getter("description", STRING, "The server's error description as received, or null.\n"));
    type.addMethod(Members.getter("body", STRING, "The raw response body, or null when the match was made from an error code and a description.\n"));
    type.addMethod(
        MethodSpec.methodBuilder("action")
            .addJavadoc("The recommended action: the entry's, else the status's.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(names.action())
            .addStatement("return entry != null ? entry.action() : statusType.action()")
            .build());
    type.addMethod(Members.getter("retryAfter", ClassName.get(Duration.class),
        "How long the server asked to wait before the next request, read from its {@code Retry-After}\n"
            + "header at the time of the match; null when the header was not given or unreadable.\n"));
    type.addMethod(
        MethodSpec.methodBuilder("isRetryable")
            .addJavadoc("Whether sending the same request again later can succeed: the action is {@code RETRY} or {@code BACKOFF}.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addStatement("return action().isRetryable()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("isThrottled")
            .addJavadoc("Whether the server is shedding load: status 429 or 503, or the action {@code BACKOFF}.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addStatement("return status == 429 || status == 503 || action() == $T.BACKOFF", names.action())
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("params")
            .addJavadoc("The values of the matched template's placeholders, by name, in template order; empty when there are none.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(TEXTS)
            .beginControlFlow("if (entry == null || values.length == 0)")
            .addStatement("return $T.emptyMap()", Collections.class)
            .endControlFlow()
            .addStatement("String[] names = entry.rawPlaceholders()")
            .addStatement("$T<String, String> params = new $T<String, String>()", Map.class, LinkedHashMap.class)
            .beginControlFlow("for (int i = 0; i < names.length; i++)")
            .beginControlFlow("if (values[i] != null)")
            .addStatement("params.put(names[i], values[i])")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return $T.unmodifiableMap(params)", Collections.class)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("param")
            .addJavadoc("The value of one placeholder, or null.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addParameter(STRING, "name")
            .beginControlFlow("if (entry != null)")
            .addStatement("String[] names = entry.rawPlaceholders()")
            .beginControlFlow("for (int i = 0; i < names.length && i < values.length; i++)")
            .beginControlFlow("if (names[i].equals(name))")
            .addStatement("return values[i]")
            .endControlFlow()
            .endControlFlow()
            .endControlFlow()
            .addStatement("return null")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("explanations")
            .addJavadoc(
                "The likely causes in {@code locale} (or in the catalogue's fallback locale when it has none),\n"
                    + "placeholders filled; never empty. Without an entry, the status's description.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(List.class, String.class))
            .addParameter(Locale.class, "locale")
            .beginControlFlow("if (entry == null)")
            .addStatement("return $T.singletonList(statusType.description(locale))", Collections.class)
            .endControlFlow()
            .addStatement("String text = text(locale, $S + entry.id())", "entry.")
            .addStatement("String[] names = entry.rawPlaceholders()")
            .addStatement("$T<String> explanations = new $T<String>()", List.class, ArrayList.class)
            .addStatement("int start = 0")
            .beginControlFlow("while (true)")
            .addStatement("int end = text.indexOf('\\n', start)")
            .addStatement("explanations.add($T.fill(end < 0 ? text.substring(start) : text.substring(start, end), names, values))", names.engine("Templates"))
            .beginControlFlow("if (end < 0)")
            .addStatement("return $T.unmodifiableList(explanations)", Collections.class)
            .endControlFlow()
            .addStatement("start = end + 1")
            .endControlFlow()
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("explanation")
            .addJavadoc("The explanations in {@code locale} as one text.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addParameter(Locale.class, "locale")
            .addStatement("$T<String> explanations = explanations(locale)", List.class)
            .addStatement("$T sb = new $T(explanations.get(0))", StringBuilder.class, StringBuilder.class)
            .beginControlFlow("for (int i = 1; i < explanations.size(); i++)")
            .addStatement("sb.append(\" / \").append(explanations.get(i))")
            .endControlFlow()
            .addStatement("return sb.toString()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("help")
            .addJavadoc(
                "What to change or do, in {@code locale}: the entry's help with its placeholders filled, else the\n"
                    + "status's, else its class's (see {@link $T#help(Locale)}). Never null.\n", status)
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addParameter(Locale.class, "locale")
            .beginControlFlow("if (entry != null)")
            .addStatement("String help = find(locale, $S + entry.id())", MessagesWriter.ENTRY_HELP)
            .beginControlFlow("if (help != null)")
            .addStatement("return $T.fill(help, entry.rawPlaceholders(), values)", names.engine("Templates"))
            .endControlFlow()
            .endControlFlow()
            .addStatement("return statusType.help(locale)")
            .build());
    type.addMethod(toException());
    type.addMethod(
        MethodSpec.methodBuilder("summary")
            .returns(STRING)
            .addStatement("$T sb = new $T().append(status)", StringBuilder.class, StringBuilder.class)
            .beginControlFlow("if (errorCode != null)")
            .addStatement("sb.append(' ').append(errorCode)")
            .endControlFlow()
            .beginControlFlow("if (entry != null)")
            .addStatement("sb.append(\" [\").append(entry.id()).append(']')")
            .endControlFlow()
            .beginControlFlow("if (description != null)")
            .addStatement("sb.append(\": \").append(description)")
            .endControlFlow()
            .addStatement("return sb.toString()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(Object.class, "o")
            .beginControlFlow("if (!(o instanceof $T))", self)
            .addStatement("return false")
            .endControlFlow()
            .addStatement("$T m = ($T) o", self, self)
            .addStatement(
                "return status == m.status && entry == m.entry && same(errorCode, m.errorCode)"
                    + " && same(description, m.description) && same(body, m.body) && $T.equals(values, m.values)"
                    + " && same(retryAfter, m.retryAfter)",
                Arrays.class)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addStatement(
                "return $T.hashCode(new Object[] {status, entry, errorCode, description, body, retryAfter}) * 31 + $T.hashCode(values)",
                Arrays.class, Arrays.class)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addStatement("return $S + summary() + \" -> \" + action().id() + (params().isEmpty() ? \"\" : \" \" + params())\n"
                + "+ (retryAfter == null ? \"\" : \" retryAfter=\" + retryAfter) + ']'", self.simpleName() + "[")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("same")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(Object.class, "a")
            .addParameter(Object.class, "b")
            .addStatement("return a == null ? b == null : a.equals(b)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("text")
            .addJavadoc("The text of {@code key} in the message file of {@code locale}, its language or the fallback; else the key.\n")
            .addModifiers(Modifier.STATIC)
            .returns(STRING)
            .addParameter(Locale.class, "locale")
            .addParameter(STRING, "key")
            .addStatement("return TEXTS.text(locale, key)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("find")
            .addJavadoc("The text of {@code key} as {@link #text} finds it, or null when no file has it.\n")
            .addModifiers(Modifier.STATIC)
            .returns(STRING)
            .addParameter(Locale.class, "locale")
            .addParameter(STRING, "key")
            .addStatement("return TEXTS.find(locale, key)")
            .build());
    return type.build();
  }

  private MethodSpec toException() {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("toException")
            .addJavadoc("The exception for this match: the entry's class, else the status's, else the 4xx or 5xx class.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(names.base());
    if (ctx.typedEntries() && !ctx.catalog().entries().isEmpty()) {
      // On the ordinal, not the constants: a switch over an enum makes javac write a map of every
      // constant, into a static initialiser that would outgrow 64 KB before this method does.
      m.beginControlFlow("if (entry != null)").beginControlFlow("switch (entry.ordinal())");
      int ordinal = 0;
      for (Entry e : ctx.catalog().entries()) {
        m.addStatement("case $L: return new $T(this)", ordinal++, ctx.exception(e));
      }
      m.addCode("default:\n$>").addStatement("break").addCode("$<").endControlFlow().endControlFlow();
    }
    m.beginControlFlow("switch (statusType)");
    for (StatusSpec s : ctx.catalog().statuses().values()) {
      m.addStatement("case $L: return new $T(this)", Names.constant(s), names.exception(s));
    }
    m.addStatement("case CLIENT_ERROR: return new $T(this)", names.clientBase());
    m.addStatement("case SERVER_ERROR: return new $T(this)", names.serverBase());
    m.addCode("default:\n$>").addStatement("return new $T(this)", names.base()).addCode("$<");
    return m.endControlFlow().build();
  }

  /** The texts of the message files this package gets, and only those. */
  private CodeBlock texts(ClassName self) {
    CodeBlock.Builder b = CodeBlock.builder().add("new $T($T.class, $S", names.engine("Texts"), self, names.bundle());
    for (String suffix : new MessagesWriter(ctx.catalog()).files().keySet()) {
      b.add(", $S", suffix);
    }
    return b.add(")").build();
  }
}
