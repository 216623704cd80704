package org.easemoberrors.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.easemoberrors.processor.model.Action;
import org.easemoberrors.processor.model.Entry;
import org.easemoberrors.processor.model.StatusSpec;
import org.easemoberrors.processor.model.Template;
import org.easemoberrors.processor.model.Text;

/** Writes the action, status and error enums. */
final class EnumWriter {
  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName LOCALE = ClassName.get(Locale.class);
  private static final TypeName STRING_LIST = ParameterizedTypeName.get(ClassName.get(List.class), STRING);
  private static final ArrayTypeName STRINGS = ArrayTypeName.of(STRING);

  private static final Map<Action, String> ACTION_DOCS =
      Map.of(
          Action.RETRY, "Send the same request again after a short pause: a timeout or a gateway error.\n",
          Action.BACKOFF, "The call was rate limited: wait, honouring {@code Retry-After}, then try again more slowly.\n",
          Action.SPLIT, "The request body is too large: split it into smaller requests.\n",
          Action.REFRESH_TOKEN, "The access token expired: get a new one and repeat the call once.\n",
          Action.FIX_REQUEST, "The request itself is wrong: sending it again unchanged cannot help.\n",
          Action.ALERT, "A failure on the server side: log it and alert an operator.\n");

  private final Context ctx;
  private final Names names;

  EnumWriter(Context ctx) {
    this.ctx = ctx;
    this.names = ctx.names();
  }

  TypeSpec action() {
    TypeSpec.Builder type =
        ctx.generated(TypeSpec.enumBuilder(names.action()))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("What a caller should do about an Easemob error, as the Easemob documentation advises.\n");
    for (Action a : Action.values()) {
      type.addEnumConstant(
          a.name(),
          TypeSpec.anonymousClassBuilder("$S", a.code()).addJavadoc(ACTION_DOCS.get(a)).build());
    }
    return type.addField(STRING, "id", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addParameter(STRING, "id").addStatement("this.id = id").build())
        .addMethod(Members.getter("id", STRING, "The catalogue spelling of this action, such as {@code refresh_token}.\n"))
        .addMethod(
            MethodSpec.methodBuilder("isRetryable")
                .addJavadoc("Whether sending the same request again later can succeed: {@link #RETRY} and {@link #BACKOFF}.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addStatement("return this == RETRY || this == BACKOFF")
                .build())
        .build();
  }

  TypeSpec status() {
    ClassName action = names.action();
    TypeSpec.Builder type =
        ctx.generated(TypeSpec.enumBuilder(names.status()))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The HTTP statuses of the Easemob error catalogue, and the classes of the statuses it does not list.\n");
    for (StatusSpec s : ctx.catalog().statuses().values()) {
      type.addEnumConstant(
          Names.constant(s),
          TypeSpec.anonymousClassBuilder("$L, $S, $T.$L", Integer.parseInt(s.key()), s.key(), action, s.action().name())
              .addJavadoc("HTTP $L, $L.\n", s.key(), s.name().value())
              .build());
    }
    StatusSpec c4 = ctx.catalog().classes().get("4xx");
    StatusSpec c5 = ctx.catalog().classes().get("5xx");
    type.addEnumConstant("CLIENT_ERROR",
        TypeSpec.anonymousClassBuilder("0, $S, $T.$L", "4xx", action, c4.action().name())
            .addJavadoc("A 4xx status that the catalogue does not list.\n").build());
    type.addEnumConstant("SERVER_ERROR",
        TypeSpec.anonymousClassBuilder("0, $S, $T.$L", "5xx", action, c5.action().name())
            .addJavadoc("A 5xx status that the catalogue does not list.\n").build());
    type.addEnumConstant("NOT_AN_ERROR",
        TypeSpec.anonymousClassBuilder("0, $S, $T.$L", "other", action, Action.ALERT.name())
            .addJavadoc("A status that is not an HTTP error (below 400 or above 599): unexpected in an error path.\n").build());

    MethodSpec.Builder of =
        MethodSpec.methodBuilder("of")
            .addJavadoc("The constant for an HTTP status code; never null.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(names.status())
            .addParameter(TypeName.INT, "status")
            .beginControlFlow("switch (status)");
    for (StatusSpec s : ctx.catalog().statuses().values()) {
      of.addStatement("case $L: return $L", s.key(), Names.constant(s));
    }
    of.addCode("default:\n$>")
        .addStatement("return status >= 400 && status < 500 ? CLIENT_ERROR : status >= 500 && status < 600 ? SERVER_ERROR : NOT_AN_ERROR")
        .addCode("$<")
        .endControlFlow();

    return type.addField(TypeName.INT, "value", Modifier.PRIVATE, Modifier.FINAL)
        .addField(STRING, "key", Modifier.PRIVATE, Modifier.FINAL)
        .addField(action, "action", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(TypeName.INT, "value")
                .addParameter(STRING, "key")
                .addParameter(action, "action")
                .addStatement("this.value = value")
                .addStatement("this.key = key")
                .addStatement("this.action = action")
                .build())
        .addMethod(Members.getter("value", TypeName.INT, "The HTTP status code, or 0 for {@link #CLIENT_ERROR}, {@link #SERVER_ERROR} and {@link #NOT_AN_ERROR}.\n"))
        .addMethod(Members.getter("action", action, "The recommended action for this status.\n"))
        .addMethod(
            MethodSpec.methodBuilder("description")
                .addJavadoc("The description of this status in {@code locale}, or in the catalogue's fallback locale when it has none.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(STRING)
                .addParameter(LOCALE, "locale")
                .addStatement("return $T.text(locale, $S + key)", names.match(), "status.")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("help")
                .addJavadoc(
                    "What to do about a response of this status in {@code locale}: the status's help, else its\n"
                        + "class's; the description when the catalogue gives neither. Never null.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(STRING)
                .addParameter(LOCALE, "locale")
                .addStatement("String help = $T.find(locale, $S + key)", names.match(), MessagesWriter.STATUS_HELP)
                .addStatement("return help != null ? help : description(locale)")
                .build())
        .addMethod(of.build())
        .build();
  }

  /**
   * The error enum, the same in both modes of {@code exceptionClasses}. Its constants take no
   * arguments, so each costs the enum's static initialiser a fixed few bytes; the constructor
   * reads the entry's data from {@code Table}, whose rows are written by the static methods of
   * nested {@code Part} classes, each filled to at most one method's worth of code (see
   * {@link CodeSize}).
   */
  TypeSpec error() {
    ClassName self = names.error();
    ClassName action = names.action();
    ClassName base = names.base();
    ClassName table = self.nestedClass("Table");
    List<Entry> entries = ctx.catalog().entries();
    TypeSpec.Builder type =
        ctx.generated(TypeSpec.enumBuilder(self))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The entries of the Easemob error catalogue, in matching order.\n");
    for (Entry e : entries) {
      type.addEnumConstant(Names.constant(e), TypeSpec.anonymousClassBuilder("").addJavadoc("$L", doc(e)).build());
    }
    TypeName exceptionClass = ParameterizedTypeName.get(ClassName.get(Class.class), com.palantir.javapoet.WildcardTypeName.subtypeOf(base));
    type.addFields(fields(action, exceptionClass))
        .addMethod(
            MethodSpec.constructorBuilder()
                .addStatement("int i = ordinal()")
                .addStatement("this.id = $T.IDS[i]", table)
                .addStatement("this.status = $T.STATUSES[i]", table)
                .addStatement("this.action = $T.ACTIONS[i]", table)
                .addStatement("this.codes = $T.CODES[i]", table)
                .addStatement("this.templates = $T.TEMPLATES[i]", table)
                .addStatement("this.placeholders = $T.PLACEHOLDERS[i]", table)
                .addStatement("this.exceptionType = $T.TYPES[i].asSubclass($T.class)", table, base)
                .build())
        .addMethods(accessors(action, exceptionClass, ctx.typedEntries()
            ? "The exception class the matcher throws for this entry.\n"
            : "The exception class the matcher throws for this entry: its status's.\n"))
        .addMethod(
            MethodSpec.methodBuilder("rawPlaceholders")
                .returns(STRINGS)
                .addStatement("return placeholders")
                .build())
        .addMethods(ExampleMethods.of(ctx))
        .addMethod(
            MethodSpec.methodBuilder("ofId")
                .addJavadoc("The entry with the given catalogue id, or null.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(STRING, "id")
                .beginControlFlow("for ($T e : values())", self)
                .beginControlFlow("if (e.id.equals(id))")
                .addStatement("return e")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return null")
                .build());
    List<List<Entry>> parts = CodeSize.parts(entries);
    type.addType(table(table, action, entries.size(), parts.size()));
    int ordinal = 0;
    for (int p = 0; p < parts.size(); p++) {
      MethodSpec.Builder fill = MethodSpec.methodBuilder("fill").addModifiers(Modifier.STATIC);
      int first = ordinal;
      for (Entry e : parts.get(p)) {
        Action a = e.action() != null ? e.action() : actionOf(e.status());
        fill.addStatement(
            "$T.set($L, $L, $L, $T.$L, $L, $L, $L, $T.class)",
            table, ordinal++, Members.literal(e.id()), e.status(), action, a.name(),
            array(e.errors().stream().map(Text::value).toList()),
            array(e.templates().stream().map(Template::normalized).toList()),
            array(e.placeholders()),
            ctx.typedEntries() ? ctx.exception(e) : ctx.parentOf(e.status()));
      }
      type.addType(
          TypeSpec.classBuilder(self.nestedClass("Part" + p))
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The rows of entries $L to $L.\n", first, ordinal - 1)
              .addMethod(fill.build())
              .build());
    }
    return type.build();
  }

  /** The entries' data by ordinal, which the constructor of each constant reads. */
  private TypeSpec table(ClassName table, ClassName action, int size, int parts) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(table)
            .addModifiers(Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The data of the entries by ordinal, apart from the constants so that their initialisation stays small;\n"
                + "the matcher's index is built from it.\n")
            .addField(tableField(STRINGS, "IDS", "new String[$L]", size))
            .addField(tableField(ArrayTypeName.of(TypeName.INT), "STATUSES", "new int[$L]", size))
            .addField(tableField(ArrayTypeName.of(action), "ACTIONS", "new $T[$L]", action, size))
            .addField(tableField(ArrayTypeName.of(STRINGS), "CODES", "new String[$L][]", size))
            .addField(tableField(ArrayTypeName.of(STRINGS), "TEMPLATES", "new String[$L][]", size))
            .addField(tableField(ArrayTypeName.of(STRINGS), "PLACEHOLDERS", "new String[$L][]", size))
            .addField(tableField(ArrayTypeName.of(ParameterizedTypeName.get(ClassName.get(Class.class), com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class))),
                "TYPES", "new Class<?>[$L]", size));
    CodeBlock.Builder fill = CodeBlock.builder();
    for (int p = 0; p < parts; p++) {
      fill.addStatement("$T.fill()", names.error().nestedClass("Part" + p));
    }
    if (parts > 0) {
      type.addStaticBlock(fill.build());
    }
    return type.addMethod(
            MethodSpec.methodBuilder("set")
                .addModifiers(Modifier.STATIC)
                .addParameter(TypeName.INT, "i")
                .addParameter(STRING, "id")
                .addParameter(TypeName.INT, "status")
                .addParameter(action, "action")
                .addParameter(STRINGS, "codes")
                .addParameter(STRINGS, "templates")
                .addParameter(STRINGS, "placeholders")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class)), "type")
                .addStatement("IDS[i] = id")
                .addStatement("STATUSES[i] = status")
                .addStatement("ACTIONS[i] = action")
                .addStatement("CODES[i] = codes")
                .addStatement("TEMPLATES[i] = templates")
                .addStatement("PLACEHOLDERS[i] = placeholders")
                .addStatement("TYPES[i] = type")
                .build())
        .build();
  }

  private static FieldSpec tableField(TypeName type, String name, String initializer, Object... args) {
    return FieldSpec.builder(type, name, Modifier.STATIC, Modifier.FINAL).initializer(initializer, args).build();
  }

  private Action actionOf(int status) {
    StatusSpec s = ctx.catalog().statuses().get(status);
    if (s == null) {
      s = ctx.catalog().classes().get(status / 100 + "xx");
    }
    return s.action();
  }

  private static CodeBlock array(List<String> values) {
    if (values.isEmpty()) {
      return CodeBlock.of("new $T[0]", String.class);
    }
    CodeBlock.Builder b = CodeBlock.builder().add("new $T[] {", String.class);
    for (int i = 0; i < values.size(); i++) {
      b.add(i == 0 ? "$L" : ", $L", Members.literal(values.get(i)));
    }
    return b.add("}").build();
  }

  private static String doc(Entry e) {
    StringBuilder sb = new StringBuilder();
    sb.append(e.status());
    if (!e.errors().isEmpty()) {
      sb.append(' ').append(String.join(" or ", e.errors().stream().map(t -> "{@code " + javadocCode(t.value()) + "}").toList()));
    }
    if (!e.templates().isEmpty()) {
      sb.append(": ").append(String.join(" or ", e.templates().stream().map(t -> "<i>" + javadocSafe(t.source()) + "</i>").toList()));
    }
    return sb.append(".\n").toString();
  }

  /**
   * A catalogue text as Javadoc: markup characters, {@code *}{@code /}, {@code \}{@code u} and every
   * control, format and separator character (JavaPoet would break the comment's lines at U+2028
   * and U+2029) as HTML character references. Braces stay as they are: with every {@code @}
   * escaped, no inline tag can start.
   */
  static String javadocSafe(String s) {
    return javadocSafe(s, false);
  }

  /** {@link #javadocSafe(String)} for the text of an inline {@code code} tag, where a closing brace would end the tag. */
  static String javadocCode(String s) {
    return javadocSafe(s, true);
  }

  private static String javadocSafe(String s, boolean braces) {
    String safe = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
        .replace("*/", "*&#47;").replace("\\u", "&#92;u");
    if (braces) {
      safe = safe.replace("{", "&#123;").replace("}", "&#125;");
    }
    StringBuilder sb = new StringBuilder(safe.length());
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      if (Members.special(c)) {
        sb.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }


  /** The fields of an entry, the same whether the entries are an enum or a table. */
  private static List<FieldSpec> fields(ClassName action, TypeName exceptionClass) {
    return List.of(
        FieldSpec.builder(STRING, "id", Modifier.PRIVATE, Modifier.FINAL).build(),
        FieldSpec.builder(TypeName.INT, "status", Modifier.PRIVATE, Modifier.FINAL).build(),
        FieldSpec.builder(action, "action", Modifier.PRIVATE, Modifier.FINAL).build(),
        FieldSpec.builder(STRINGS, "codes", Modifier.PRIVATE, Modifier.FINAL).build(),
        FieldSpec.builder(STRINGS, "templates", Modifier.PRIVATE, Modifier.FINAL).build(),
        FieldSpec.builder(STRINGS, "placeholders", Modifier.PRIVATE, Modifier.FINAL).build(),
        FieldSpec.builder(exceptionClass, "exceptionType", Modifier.PRIVATE, Modifier.FINAL).build());
  }

  /** The public getters of an entry, the same whether the entries are an enum or a table. */
  private static List<MethodSpec> accessors(ClassName action, TypeName exceptionClass, String exceptionDoc) {
    return List.of(
        Members.getter("id", STRING, "The catalogue id of this entry, such as {@code duplicate-username}.\n"),
        Members.getter("status", TypeName.INT, "The HTTP status this entry answers to.\n"),
        Members.getter("action", action, "The recommended action.\n"),
        listGetter("errorCodes", "codes", "The server error codes this entry answers to; empty when it answers to any.\n"),
        listGetter("templates", "templates", "The description templates, with {@code {name}} placeholders; empty when any description matches.\n"),
        listGetter("placeholders", "placeholders", "The names of the template placeholders, in order.\n"),
        Members.getter("exceptionType", exceptionClass, exceptionDoc));
  }

  private static MethodSpec listGetter(String name, String field, String doc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(doc)
        .addModifiers(Modifier.PUBLIC)
        .returns(STRING_LIST)
        .addStatement("return $T.unmodifiableList($T.asList($N))", java.util.Collections.class, java.util.Arrays.class, field)
        .build();
  }
}
