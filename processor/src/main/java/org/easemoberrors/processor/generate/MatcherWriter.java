package org.easemoberrors.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Prefix>ErrorMatcher}. Its matching engine is the same for every catalogue: the
 * tables come from the error enum at class initialisation, so the generated code stays small
 * however large the catalogue.
 *
 * <p>Order of precedence: status, error code and template; then status and template with any
 * error code; then status and error code; then the status; then its 4xx/5xx class. A template is
 * matched by finding its literals from left to right with {@link String#indexOf}, which is linear
 * in the length of the description for a given template and never backtracks.
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
    ClassName self = names.matcher();
    ClassName match = names.match();
    ClassName error = names.error();
    ClassName rule = self.nestedClass("Rule");
    ClassName slot = self.nestedClass("Slot");
    TypeSpec.Builder type =
        ctx.generated(TypeSpec.classBuilder(self))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Maps an Easemob error response to the most specific catalogue entry and its exception.\n\n"
                    + "<p>Precedence: status, error code and description template; then status and template\n"
                    + "with any error code; then status and error code; then the status; then 4xx or 5xx.\n"
                    + "Typographic quotes and runs of white space in descriptions match their plain forms.\n"
                    + "No method returns null or throws, whatever the input. Safe to use from many threads.\n")
            .addField(FieldSpec.builder(TypeName.INT, "FIRST", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("400").build())
            .addField(FieldSpec.builder(ArrayTypeName.of(slot), "SLOTS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("index()").build())
            .addField(FieldSpec.builder(STRINGS, "NO_VALUES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("new String[0]").build());
    json(type);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

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
            .addStatement("String[] fields = readBody(body)")
            .beginControlFlow("if (fields == null)")
            .addStatement("return new $T(status, null, null, null, body, NO_VALUES)", match)
            .endControlFlow()
            .addStatement("return find(status, fields[0], fields[1], body)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("match")
            .addJavadoc("Matches a response by its HTTP status, error code and error description, either of which may be null.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(match)
            .addParameter(TypeName.INT, "status")
            .addParameter(STRING, "error")
            .addParameter(STRING, "description")
            .addStatement("return find(status, error, description, null)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("from")
            .addJavadoc("The exception for a response's HTTP status and raw body; never null.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(names.base())
            .addParameter(TypeName.INT, "status")
            .addParameter(STRING, "body")
            .addStatement("return match(status, body).toException()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("from")
            .addJavadoc("The exception for a response's HTTP status, error code and description; never null.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(names.base())
            .addParameter(TypeName.INT, "status")
            .addParameter(STRING, "error")
            .addParameter(STRING, "description")
            .addStatement("return match(status, error, description).toException()")
            .build());

    type.addMethod(find(match, error, rule, slot));
    type.addMethod(first(match, rule));
    type.addMethod(
        MethodSpec.methodBuilder("has")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(STRINGS, "codes")
            .addParameter(STRING, "code")
            .beginControlFlow("for (String c : codes)")
            .beginControlFlow("if (c.equals(code))")
            .addStatement("return true")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return false")
            .build());
    type.addMethod(normalize());
    type.addMethod(index(error, rule, slot));
    type.addMethod(parse(error, rule));
    type.addType(ruleType(error, rule));
    type.addType(slotType(error, rule));
    return type.build();
  }

  private String jsonNote() {
    return switch (ctx.json()) {
      case JACKSON -> "The body is read with Jackson's streaming parser.\n";
      case GSON -> "The body is read with Gson's streaming reader.\n";
      case NONE -> "No JSON library was on the compile class path, so this matches on the status only;\n"
          + "parse the body yourself and call {@link #match(int, String, String)}.\n";
    };
  }

  private MethodSpec find(ClassName match, ClassName error, ClassName rule, ClassName slot) {
    return MethodSpec.methodBuilder("find")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(match)
        .addParameter(TypeName.INT, "status")
        .addParameter(STRING, "error")
        .addParameter(STRING, "description")
        .addParameter(STRING, "body")
        .addStatement("int at = status - FIRST")
        .beginControlFlow("if (at >= 0 && at < SLOTS.length && SLOTS[at] != null)")
        .addStatement("$T slot = SLOTS[at]", slot)
        .addStatement("String code = error == null || error.length() == 0 ? null : error")
        .beginControlFlow("if (description != null)")
        .addStatement("String text = normalize(description)")
        .addComment("1: status, error code and template; 2: status and template, any error code.")
        .beginControlFlow("for (int level = 1; level <= 2; level++)")
        .addStatement("$T found = first(slot.exact.get(text), level, code, text, status, error, description, body)", match)
        .beginControlFlow("if (found == null)")
        .addStatement("found = first(slot.patterns, level, code, text, status, error, description, body)")
        .endControlFlow()
        .beginControlFlow("if (found != null)")
        .addStatement("return found")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .addComment("3: status and error code.")
        .beginControlFlow("if (code != null)")
        .addStatement("$T entry = slot.byCode.get(code)", error)
        .beginControlFlow("if (entry != null)")
        .addStatement("return new $T(status, entry, error, description, body, NO_VALUES)", match)
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .addComment("4 and 5: the status, or its class.")
        .addStatement("return new $T(status, null, error, description, body, NO_VALUES)", match)
        .build();
  }

  private MethodSpec first(ClassName match, ClassName rule) {
    return MethodSpec.methodBuilder("first")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(match)
        .addParameter(ArrayTypeName.of(rule), "rules")
        .addParameter(TypeName.INT, "level")
        .addParameter(STRING, "code")
        .addParameter(STRING, "text")
        .addParameter(TypeName.INT, "status")
        .addParameter(STRING, "error")
        .addParameter(STRING, "description")
        .addParameter(STRING, "body")
        .beginControlFlow("if (rules == null)")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("for ($T r : rules)", rule)
        .addStatement("boolean coded = code != null && has(r.entry.codes(), code)")
        .beginControlFlow("if ((level == 1) == coded && r.matches(text))")
        .addStatement("return new $T(status, r.entry, error, description, body, r.extract(text))", match)
        .endControlFlow()
        .endControlFlow()
        .addStatement("return null")
        .build();
  }

  /** The run-time twin of the processor's Normalizer: returns its argument when already normal. */
  private static MethodSpec normalize() {
    return MethodSpec.methodBuilder("normalize")
        .addModifiers(Modifier.STATIC)
        .returns(STRING)
        .addParameter(STRING, "s")
        .addStatement("int n = s.length()")
        .addStatement("boolean plain = n == 0 || (!space(s.charAt(0)) && !space(s.charAt(n - 1)))")
        .beginControlFlow("for (int i = 0; plain && i < n; i++)")
        .addStatement("char c = s.charAt(i)")
        .addStatement("plain = quote(c) == c && (!space(c) || (c == ' ' && !space(s.charAt(i + 1))))")
        .endControlFlow()
        .beginControlFlow("if (plain)")
        .addStatement("return s")
        .endControlFlow()
        .addStatement("$T sb = new $T(n)", StringBuilder.class, StringBuilder.class)
        .addStatement("boolean pending = false")
        .beginControlFlow("for (int i = 0; i < n; i++)")
        .addStatement("char c = s.charAt(i)")
        .beginControlFlow("if (space(c))")
        .addStatement("pending = sb.length() > 0")
        .nextControlFlow("else")
        .beginControlFlow("if (pending)")
        .addStatement("sb.append(' ')")
        .addStatement("pending = false")
        .endControlFlow()
        .addStatement("sb.append(quote(c))")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return sb.toString()")
        .build();
  }

  private MethodSpec index(ClassName error, ClassName rule, ClassName slot) {
    TypeName rules = ParameterizedTypeName.get(ClassName.get(List.class), rule);
    return MethodSpec.methodBuilder("index")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ArrayTypeName.of(slot))
        .addStatement("$T[] slots = new $T[200]", slot, slot)
        .beginControlFlow("for ($T e : $T.values())", error, error)
        .addStatement("int at = e.status() - FIRST")
        .beginControlFlow("if (at < 0 || at >= slots.length)")
        .addStatement("continue")
        .endControlFlow()
        .beginControlFlow("if (slots[at] == null)")
        .addStatement("slots[at] = new $T()", slot)
        .endControlFlow()
        .addStatement("$T s = slots[at]", slot)
        .beginControlFlow("if (e.rawTemplates().length == 0)")
        .beginControlFlow("for (String code : e.codes())")
        .beginControlFlow("if (!s.byCode.containsKey(code))")
        .addStatement("s.byCode.put(code, e)")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow("for (String template : e.rawTemplates())")
        .addStatement("$T r = parse(e, template)", rule)
        .beginControlFlow("if (r.literals.length == 1)")
        .addStatement("$T list = s.exactLists.get(r.literals[0])", rules)
        .beginControlFlow("if (list == null)")
        .addStatement("list = new $T<$T>()", ArrayList.class, rule)
        .addStatement("s.exactLists.put(r.literals[0], list)")
        .endControlFlow()
        .addStatement("list.add(r)")
        .nextControlFlow("else")
        .addStatement("s.patternList.add(r)")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow("for ($T s : slots)", slot)
        .beginControlFlow("if (s != null)")
        .addStatement("s.freeze()")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return slots")
        .build();
  }

  /** Splits a normalized template into literals and placeholder names ({@code {{} and {@code }}} are braces). */
  private MethodSpec parse(ClassName error, ClassName rule) {
    return MethodSpec.methodBuilder("parse")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(rule)
        .addParameter(error, "e")
        .addParameter(STRING, "template")
        .addStatement("$T<String> literals = new $T<String>()", List.class, ArrayList.class)
        .addStatement("$T<String> names = new $T<String>()", List.class, ArrayList.class)
        .addStatement("$T literal = new $T()", StringBuilder.class, StringBuilder.class)
        .beginControlFlow("for (int i = 0; i < template.length(); i++)")
        .addStatement("char c = template.charAt(i)")
        .beginControlFlow("if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c)")
        .addStatement("literal.append(c)")
        .addStatement("i++")
        .nextControlFlow("else if (c == '{')")
        .addStatement("int close = template.indexOf('}', i)")
        .addStatement("names.add(template.substring(i + 1, close))")
        .addStatement("literals.add(literal.toString())")
        .addStatement("literal.setLength(0)")
        .addStatement("i = close")
        .nextControlFlow("else")
        .addStatement("literal.append(c)")
        .endControlFlow()
        .endControlFlow()
        .addStatement("literals.add(literal.toString())")
        .addStatement("$T<String> placeholders = $T.asList(e.rawPlaceholders())", List.class, java.util.Arrays.class)
        .addStatement("int[] slots = new int[names.size()]")
        .beginControlFlow("for (int k = 0; k < slots.length; k++)")
        .addStatement("slots[k] = placeholders.indexOf(names.get(k))")
        .endControlFlow()
        .addStatement("return new $T(e, literals.toArray(new String[0]), slots)", rule)
        .build();
  }

  private TypeSpec ruleType(ClassName error, ClassName rule) {
    return TypeSpec.classBuilder(rule)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("One template of one entry: literal {@code i} stands before placeholder {@code i}.\n")
        .addField(error, "entry", Modifier.FINAL)
        .addField(STRINGS, "literals", Modifier.FINAL)
        .addField(ArrayTypeName.of(TypeName.INT), "slots", Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(error, "entry")
                .addParameter(STRINGS, "literals")
                .addParameter(ArrayTypeName.of(TypeName.INT), "slots")
                .addStatement("this.entry = entry")
                .addStatement("this.literals = literals")
                .addStatement("this.slots = slots")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("matches")
                .addJavadoc("Whether the text fits the template, each placeholder taking at least one character.\n")
                .returns(TypeName.BOOLEAN)
                .addParameter(STRING, "s")
                .addStatement("return ends(s, null)")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("extract")
                .returns(STRINGS)
                .addParameter(STRING, "s")
                .addStatement("String[] values = new String[entry.rawPlaceholders().length]")
                .addStatement("ends(s, values)")
                .addStatement("return values")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("ends")
                .addJavadoc(
                    "Finds each middle literal at its leftmost place after the one before. Leftmost is\n"
                        + "enough: if any placement fits, the leftmost does, since placeholders take any text.\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.BOOLEAN)
                .addParameter(STRING, "s")
                .addParameter(STRINGS, "values")
                .addStatement("int n = literals.length - 1")
                .beginControlFlow("if (n == 0)")
                .addStatement("return s.equals(literals[0])")
                .endControlFlow()
                .addStatement("String head = literals[0]")
                .addStatement("String tail = literals[n]")
                .addStatement("int end = s.length() - tail.length()")
                .beginControlFlow("if (end < head.length() + n || !s.startsWith(head) || !s.endsWith(tail))")
                .addStatement("return false")
                .endControlFlow()
                .addStatement("int pos = head.length()")
                .beginControlFlow("for (int i = 1; i < n; i++)")
                .addStatement("int at = s.indexOf(literals[i], pos + 1)")
                .beginControlFlow("if (at < 0 || at + literals[i].length() > end - 1)")
                .addStatement("return false")
                .endControlFlow()
                .beginControlFlow("if (values != null)")
                .addStatement("values[slots[i - 1]] = s.substring(pos, at)")
                .endControlFlow()
                .addStatement("pos = at + literals[i].length()")
                .endControlFlow()
                .beginControlFlow("if (end - pos < 1)")
                .addStatement("return false")
                .endControlFlow()
                .beginControlFlow("if (values != null)")
                .addStatement("values[slots[n - 1]] = s.substring(pos, end)")
                .endControlFlow()
                .addStatement("return true")
                .build())
        .build();
  }

  private TypeSpec slotType(ClassName error, ClassName rule) {
    TypeName ruleList = ParameterizedTypeName.get(ClassName.get(List.class), rule);
    return TypeSpec.classBuilder("Slot")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The rules of one HTTP status.\n")
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(HashMap.class), STRING, error), "byCode", Modifier.FINAL)
            .initializer("new $T<String, $T>()", HashMap.class, error).build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(HashMap.class), STRING, ruleList), "exactLists", Modifier.FINAL)
            .initializer("new $T<String, $T>()", HashMap.class, ruleList).build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), rule), "patternList", Modifier.FINAL)
            .initializer("new $T<$T>()", ArrayList.class, rule).build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(HashMap.class), STRING, ArrayTypeName.of(rule)), "exact", Modifier.FINAL)
            .initializer("new $T<String, $T[]>()", HashMap.class, rule).build())
        .addField(ArrayTypeName.of(rule), "patterns")
        .addMethod(
            MethodSpec.methodBuilder("freeze")
                .beginControlFlow("for ($T.Entry<String, $T> e : exactLists.entrySet())", java.util.Map.class, ruleList)
                .addStatement("exact.put(e.getKey(), e.getValue().toArray(new $T[0]))", rule)
                .endControlFlow()
                .addStatement("patterns = patternList.toArray(new $T[0])", rule)
                .build())
        .build();
  }

  /** Adds the JSON reading for the library at hand, and the quote and space tests. */
  private void json(TypeSpec.Builder type) {
    MethodSpec.Builder read =
        MethodSpec.methodBuilder("readBody")
            .addJavadoc("The {@code error} and {@code error_description} strings of a JSON object body, or null when it is no JSON object.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(STRINGS)
            .addParameter(STRING, "body")
            .beginControlFlow("if (body == null || body.length() == 0)")
            .addStatement("return null")
            .endControlFlow();
    switch (ctx.json()) {
      case JACKSON -> {
        ClassName factory = ClassName.get("com.fasterxml.jackson.core", "JsonFactory");
        ClassName parser = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
        ClassName token = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
        type.addField(FieldSpec.builder(factory, "JSON", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T()", factory).build());
        read.addStatement("String error = null")
            .addStatement("String description = null")
            .beginControlFlow("try ($T p = JSON.createParser(body))", parser)
            .beginControlFlow("if (p.nextToken() != $T.START_OBJECT)", token)
            .addStatement("return null")
            .endControlFlow()
            .beginControlFlow("while (p.nextToken() == $T.FIELD_NAME)", token)
            .addStatement("String name = p.currentName()")
            .addStatement("$T value = p.nextToken()", token)
            .beginControlFlow("if (value == $T.VALUE_STRING)", token)
            .beginControlFlow("if (\"error\".equals(name))")
            .addStatement("error = p.getText()")
            .nextControlFlow("else if (\"error_description\".equals(name))")
            .addStatement("description = p.getText()")
            .endControlFlow()
            .nextControlFlow("else if (value == $T.START_OBJECT || value == $T.START_ARRAY)", token, token)
            .addStatement("p.skipChildren()")
            .endControlFlow()
            .endControlFlow()
            .nextControlFlow("catch ($T | $T e)", IOException.class, RuntimeException.class)
            .addStatement("return null")
            .endControlFlow()
            .addStatement("return new String[] {error, description}");
      }
      case GSON -> {
        ClassName reader = ClassName.get("com.google.gson.stream", "JsonReader");
        ClassName token = ClassName.get("com.google.gson.stream", "JsonToken");
        read.addStatement("String error = null")
            .addStatement("String description = null")
            .beginControlFlow("try ($T r = new $T(new $T(body)))", reader, reader, java.io.StringReader.class)
            .beginControlFlow("if (r.peek() != $T.BEGIN_OBJECT)", token)
            .addStatement("return null")
            .endControlFlow()
            .addStatement("r.beginObject()")
            .beginControlFlow("while (r.hasNext())")
            .addStatement("String name = r.nextName()")
            .beginControlFlow("if (r.peek() == $T.STRING && \"error\".equals(name))", token)
            .addStatement("error = r.nextString()")
            .nextControlFlow("else if (r.peek() == $T.STRING && \"error_description\".equals(name))", token)
            .addStatement("description = r.nextString()")
            .nextControlFlow("else")
            .addStatement("r.skipValue()")
            .endControlFlow()
            .endControlFlow()
            .addStatement("r.endObject()")
            .nextControlFlow("catch ($T | $T e)", IOException.class, RuntimeException.class)
            .addStatement("return null")
            .endControlFlow()
            .addStatement("return new String[] {error, description}");
      }
      case NONE -> read.addComment("No JSON library was on the compile class path.").addStatement("return null");
    }
    type.addMethod(read.build());
    type.addMethod(
        MethodSpec.methodBuilder("quote")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(TypeName.CHAR)
            .addParameter(TypeName.CHAR, "c")
            .beginControlFlow("switch (c)")
            .addCode("case '\\u2018': case '\\u2019': case '\\u201A': case '\\u201B': case '\\u2032':\n$>")
            .addStatement("return '\\''")
            .addCode("$<case '\\u201C': case '\\u201D': case '\\u201E': case '\\u201F': case '\\u2033':\n$>")
            .addStatement("return '\"'")
            .addCode("$<default:\n$>")
            .addStatement("return c")
            .addCode("$<")
            .endControlFlow()
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("space")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(TypeName.CHAR, "c")
            .addStatement("return Character.isWhitespace(c) || c == '\\u00A0' || c == '\\u3000'")
            .build());
  }
}
