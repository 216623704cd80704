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
 * error code; then status and error code; then the status; then its 4xx/5xx class. Exact templates
 * are found by hash; templates with placeholders are filed in tries under their first or last
 * literal, so a lookup tries only the few templates the description can fit and costs the same
 * against a catalogue of ten entries or ten thousand. A template is matched by finding its
 * literals from left to right with {@link String#indexOf}, which is linear in the length of the
 * description and never backtracks. A match without placeholder values is kept per template (and
 * per status) and handed out again for the same response, so a repeated lookup allocates nothing.
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
            .addField(FieldSpec.builder(STRINGS, "NO_VALUES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("new String[0]").build())
            .addField(FieldSpec.builder(ArrayTypeName.of(match), "BARE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The last match on each status alone, handed out again for the same response (see {@code Rule.last}).\n")
                .initializer("new $T[200]", match).build());
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
    type.addMethod(
        MethodSpec.methodBuilder("first")
            .addJavadoc("The first exact rule whose entry names the error code ({@code coded}) or does not.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(rule)
            .addParameter(ArrayTypeName.of(rule), "rules")
            .addParameter(STRING, "code")
            .addParameter(TypeName.BOOLEAN, "coded")
            .addCode("""
                if (rules != null) {
                    for ($T r : rules) {
                        if (r.coded(code) == coded) {
                            return r;
                        }
                    }
                }
                return null;
                """, rule)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("better")
            .addJavadoc(
                "{@code r} when it is more specific than {@code best} (more literal text; on a tie, earlier in the\n"
                    + "catalogue), fits the text and names the code ({@code coded}) or not; else {@code best}.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(rule)
            .addParameter(rule, "best")
            .addParameter(rule, "r")
            .addParameter(STRING, "text")
            .addParameter(STRING, "code")
            .addParameter(TypeName.BOOLEAN, "coded")
            .addStatement(
                "return (best == null || r.weight > best.weight || (r.weight == best.weight && r.order < best.order))"
                    + " && r.coded(code) == coded && r.matches(text) ? r : best")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("same")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(STRING, "a")
            .addParameter(STRING, "b")
            .addStatement("return a == null ? b == null : a.equals(b)")
            .build());
    type.addMethod(normalize());
    type.addMethod(index(error, rule, slot));
    type.addMethod(parse(error, rule));
    type.addType(ruleType(match, error, rule));
    type.addType(slotType(rule, slot, self.nestedClass("Trie")));
    type.addType(trieType(rule, self.nestedClass("Trie")));
    type.addType(
        TypeSpec.classBuilder(self.nestedClass("Memo"))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("A description and its matching form; final fields, so safe to share without a lock.\n")
            .addField(STRING, "description", Modifier.FINAL)
            .addField(STRING, "text", Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder()
                .addParameter(STRING, "description")
                .addParameter(STRING, "text")
                .addStatement("this.description = description")
                .addStatement("this.text = text")
                .build())
            .build());
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
        .addCode("""
            int at = status - FIRST;
            if (at >= 0 && at < SLOTS.length && SLOTS[at] != null) {
                $T slot = SLOTS[at];
                String code = error == null || error.length() == 0 ? null : error;
                if (description != null) {
                    // A description equal to a template is already in matching form.
                    String text = description;
                    $T[] exact = slot.exact.get(description);
                    if (exact == null) {
                        text = slot.normalize(description);
                        if (text != description) {
                            exact = slot.exact.get(text);
                        }
                    }
                    // 1: status, error code and template (an exact template before one with placeholders);
                    // 2: status and template, any error code.
                    $T hit = first(exact, code, true);
                    $T found = null;
                    if (hit == null) {
                        found = slot.scan(text, code);
                        if (found != null && found.coded(code)) {
                            hit = found;
                        }
                    }
                    if (hit == null) {
                        hit = first(exact, code, false);
                    }
                    if (hit == null) {
                        hit = found;
                    }
                    if (hit != null) {
                        return hit.match(status, error, description, body, text);
                    }
                }
                // 3: status and error code.
                if (code != null) {
                    $T byCode = slot.byCode.get(code);
                    if (byCode != null) {
                        return byCode.match(status, error, description, body, null);
                    }
                }
            }
            // 4 and 5: the status, or its class.
            if (body != null || at < 0 || at >= BARE.length) {
                return new $T(status, null, error, description, body, NO_VALUES);
            }
            $T m = BARE[at];
            if (m == null || !same(error, m.errorCode()) || !same(description, m.description())) {
                m = new $T(status, null, error, description, null, NO_VALUES);
                BARE[at] = m;
            }
            return m;
            """, slot, rule, rule, rule, rule, match, match, match)
        .build();
  }

  /** The run-time twin of the processor's Normalizer: returns its argument when already normal. */
  private static MethodSpec normalize() {
    return MethodSpec.methodBuilder("normalize")
        .addModifiers(Modifier.STATIC)
        .returns(STRING)
        .addParameter(STRING, "s")
        .addCode("""
            int n = s.length();
            boolean plain = n == 0 || (!space(s.charAt(0)) && !space(s.charAt(n - 1)));
            for (int i = 0; plain && i < n; i++) {
                char c = s.charAt(i);
                if (c > ' ' && c < '\\u007f') {
                    continue; // printable ASCII: the common case
                }
                plain = quote(c) == c && (!space(c) || (c == ' ' && !space(s.charAt(i + 1))));
            }
            if (plain) {
                return s;
            }
            StringBuilder sb = new StringBuilder(n);
            boolean pending = false;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (space(c)) {
                    pending = sb.length() > 0;
                } else {
                    if (pending) {
                        sb.append(' ');
                        pending = false;
                    }
                    sb.append(quote(c));
                }
            }
            return sb.toString();
            """)
        .build();
  }

  private MethodSpec index(ClassName error, ClassName rule, ClassName slot) {
    return MethodSpec.methodBuilder("index")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ArrayTypeName.of(slot))
        .addCode("""
            $T[] slots = new $T[200];
            int order = 0;
            for ($T e : $T.values()) {
                int at = e.status() - FIRST;
                if (at < 0 || at >= slots.length) {
                    continue;
                }
                if (slots[at] == null) {
                    slots[at] = new $T();
                }
                $T s = slots[at];
                if (e.rawTemplates().length == 0) {
                    for (String code : e.codes()) {
                        if (!s.byCode.containsKey(code)) {
                            s.byCode.put(code, new $T(e, null, new int[0], order++));
                        }
                    }
                }
                for (String template : e.rawTemplates()) {
                    s.add(parse(e, template, order++));
                }
            }
            for ($T s : slots) {
                if (s != null) {
                    s.freeze();
                }
            }
            return slots;
            """, slot, slot, error, error, slot, slot, rule, slot)
        .build();
  }

  /** Splits a normalized template into literals and placeholder names ({@code {{} and {@code }}} are braces). */
  private MethodSpec parse(ClassName error, ClassName rule) {
    return MethodSpec.methodBuilder("parse")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(rule)
        .addParameter(error, "e")
        .addParameter(STRING, "template")
        .addParameter(TypeName.INT, "order")
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
        .addStatement("return new $T(e, literals.toArray(new String[0]), slots, order)", rule)
        .build();
  }

  private TypeSpec ruleType(ClassName match, ClassName error, ClassName rule) {
    return TypeSpec.classBuilder(rule)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "One template of one entry (literal {@code i} stands before placeholder {@code i}), or one error code\n"
                + "of an entry without templates ({@code literals} null).\n")
        .addField(error, "entry", Modifier.FINAL)
        .addField(STRINGS, "literals", Modifier.FINAL)
        .addField(ArrayTypeName.of(TypeName.INT), "slots", Modifier.FINAL)
        .addField(FieldSpec.builder(TypeName.INT, "order", Modifier.FINAL)
            .addJavadoc("Catalogue order: of two rules of the same weight that fit, the smaller wins.\n").build())
        .addField(FieldSpec.builder(TypeName.INT, "weight", Modifier.FINAL)
            .addJavadoc(
                "The number of literal characters: of two rules that fit, the heavier is the more specific and wins.\n"
                    + "The processor refuses catalogues where two templates of equal weight can fit one description.\n")
            .build())
        .addField(FieldSpec.builder(STRINGS, "none", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("The placeholder values of a template without placeholders: never written to.\n").build())
        .addField(FieldSpec.builder(match, "last", Modifier.PRIVATE)
            .addJavadoc(
                "The last match made of this rule without placeholders, handed out again for the same\n"
                    + "status, error and description. The match is immutable and its fields final, so reading\n"
                    + "it from another thread without a lock is safe; a race only costs a new match.\n")
            .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(error, "entry")
                .addParameter(STRINGS, "literals")
                .addParameter(ArrayTypeName.of(TypeName.INT), "slots")
                .addParameter(TypeName.INT, "order")
                .addStatement("this.entry = entry")
                .addStatement("this.literals = literals")
                .addStatement("this.slots = slots")
                .addStatement("this.order = order")
                .addStatement("int w = 0")
                .beginControlFlow("if (literals != null)")
                .beginControlFlow("for (String l : literals)")
                .addStatement("w += l.length()")
                .endControlFlow()
                .endControlFlow()
                .addStatement("this.weight = w")
                .addStatement("this.none = new String[entry.rawPlaceholders().length]")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("coded")
                .addJavadoc("Whether this rule's entry names the error code.\n")
                .returns(TypeName.BOOLEAN)
                .addParameter(STRING, "code")
                .addCode("""
                    if (code != null) {
                        for (String c : entry.codes()) {
                            if (c.equals(code)) {
                                return true;
                            }
                        }
                    }
                    return false;
                    """)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("match")
                .returns(match)
                .addParameter(TypeName.INT, "status")
                .addParameter(STRING, "error")
                .addParameter(STRING, "description")
                .addParameter(STRING, "body")
                .addParameter(STRING, "text")
                .addCode("""
                    if (slots.length > 0) {
                        String[] values = new String[none.length];
                        ends(text, values);
                        return new $T(status, entry, error, description, body, values);
                    }
                    if (body != null) {
                        return new $T(status, entry, error, description, body, none);
                    }
                    $T m = last;
                    if (m == null || m.status() != status || !same(error, m.errorCode()) || !same(description, m.description())) {
                        m = new $T(status, entry, error, description, null, none);
                        last = m;
                    }
                    return m;
                    """, match, match, match, match)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("matches")
                .addJavadoc("Whether the text fits the template, each placeholder taking at least one character.\n")
                .returns(TypeName.BOOLEAN)
                .addParameter(STRING, "s")
                .addStatement("return ends(s, null)")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("ends")
                .addJavadoc(
                    "Finds each middle literal at its leftmost place after the one before. Leftmost is\n"
                        + "enough: if any placement fits, the leftmost does, since placeholders take any text.\n"
                        + "Each literal is searched once, so the time is linear in the length of the text.\n")
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

  private TypeSpec slotType(ClassName rule, ClassName slot, ClassName trie) {
    ClassName outer = names.matcher();
    ClassName memo = outer.nestedClass("Memo");
    TypeName ruleList = ParameterizedTypeName.get(ClassName.get(List.class), rule);
    return TypeSpec.classBuilder(slot)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "The rules of one HTTP status. Exact templates are found by hashing the description. A template\n"
                + "with placeholders is filed under the longer of its first and last literal, in a trie of first\n"
                + "literals walked from the start of the description or one of last literals walked from its end:\n"
                + "a lookup only tries the templates whose first or last literal the description really has, so\n"
                + "its cost does not grow with the size of the catalogue. Templates with neither literal (such\n"
                + "as {@code {a} of {b}}) are tried one by one.\n")
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(HashMap.class), STRING, rule), "byCode", Modifier.FINAL)
            .initializer("new $T<String, $T>()", HashMap.class, rule).build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(HashMap.class), STRING, ArrayTypeName.of(rule)), "exact", Modifier.FINAL)
            .initializer("new $T<String, $T[]>()", HashMap.class, rule).build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(HashMap.class), STRING, ruleList), "exactLists", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<String, $T>()", HashMap.class, ruleList).build())
        .addField(FieldSpec.builder(trie, "heads", Modifier.PRIVATE, Modifier.FINAL).initializer("new $T(false)", trie).build())
        .addField(FieldSpec.builder(trie, "tails", Modifier.PRIVATE, Modifier.FINAL).initializer("new $T(true)", trie).build())
        .addField(FieldSpec.builder(ruleList, "otherList", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<$T>()", ArrayList.class, rule).build())
        .addField(ArrayTypeName.of(rule), "others", Modifier.PRIVATE)
        .addField(FieldSpec.builder(memo, "memo", Modifier.PRIVATE)
            .addJavadoc("The last description that needed normalizing, and its matching form (see {@code Rule.last}).\n").build())
        .addMethod(
            MethodSpec.methodBuilder("normalize")
                .addJavadoc("{@link #normalize(String)}, remembering the last text that changed, so a repeated response allocates nothing.\n")
                .returns(STRING)
                .addParameter(STRING, "description")
                .addCode("""
                    $T m = memo;
                    if (m != null && m.description.equals(description)) {
                        return m.text;
                    }
                    String text = EasemobErrorMatcherNormalize(description);
                    if (text != description) {
                        memo = new $T(description, text);
                    }
                    return text;
                    """.replace("EasemobErrorMatcherNormalize", outer.simpleName() + ".normalize"), memo, memo)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("add")
                .addParameter(rule, "r")
                .addCode("""
                    if (r.literals.length == 1) {
                        $T list = exactLists.get(r.literals[0]);
                        if (list == null) {
                            list = new $T<$T>();
                            exactLists.put(r.literals[0], list);
                        }
                        list.add(r);
                        return;
                    }
                    String head = r.literals[0];
                    String tail = r.literals[r.literals.length - 1];
                    if (head.length() == 0 && tail.length() == 0) {
                        otherList.add(r);
                    } else if (head.length() >= tail.length()) {
                        heads.add(head, r);
                    } else {
                        tails.add(tail, r);
                    }
                    """, ruleList, ArrayList.class, rule)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("freeze")
                .addCode("""
                    for ($T.Entry<String, $T> e : exactLists.entrySet()) {
                        exact.put(e.getKey(), e.getValue().toArray(new $T[0]));
                    }
                    heads.freeze();
                    tails.freeze();
                    others = otherList.toArray(new $T[0]);
                    """, java.util.Map.class, ruleList, rule, rule)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("scan")
                .addJavadoc(
                    "The first template with placeholders that fits the text and whose entry names the code;\n"
                        + "else the first that fits; else null. Each candidate is tried once, in linear time.\n")
                .returns(rule)
                .addParameter(STRING, "text")
                .addParameter(STRING, "code")
                .addCode("""
                    $T coded = null;
                    $T any = null;
                    int n = text.length();
                    // First literals, walked from the start of the text.
                    int node = 0;
                    int at = 0;
                    while (true) {
                        $T[] found = heads.rules[node];
                        if (found != null) {
                            for ($T r : found) {
                                coded = better(coded, r, text, code, true);
                                any = coded != null ? null : better(any, r, text, code, false);
                            }
                        }
                        int k = at < n ? heads.edge(node, text.charAt(at)) : -1;
                        if (k < 0) {
                            break;
                        }
                        String label = heads.labels[node][k];
                        if (!text.regionMatches(at, label, 0, label.length())) {
                            break;
                        }
                        at += label.length();
                        node = heads.next[node][k];
                    }
                    // Last literals, walked from the end.
                    node = 0;
                    at = n;
                    while (true) {
                        $T[] found = tails.rules[node];
                        if (found != null) {
                            for ($T r : found) {
                                coded = better(coded, r, text, code, true);
                                any = coded != null ? null : better(any, r, text, code, false);
                            }
                        }
                        int k = at > 0 ? tails.edge(node, text.charAt(at - 1)) : -1;
                        if (k < 0) {
                            break;
                        }
                        String label = tails.labels[node][k];
                        int from = at - label.length();
                        if (from < 0 || !text.regionMatches(from, label, 0, label.length())) {
                            break;
                        }
                        at = from;
                        node = tails.next[node][k];
                    }
                    for ($T r : others) {
                        coded = better(coded, r, text, code, true);
                        any = coded != null ? null : better(any, r, text, code, false);
                    }
                    return coded != null ? coded : any;
                    """, rule, rule, rule, rule, rule, rule, rule)
                .build())
        .build();
  }

  private TypeSpec trieType(ClassName rule, ClassName trie) {
    TypeName ruleList = ParameterizedTypeName.get(ClassName.get(List.class), rule);
    TypeName children = ParameterizedTypeName.get(ClassName.get(java.util.TreeMap.class), ClassName.get(Character.class), ClassName.get(Integer.class));
    return TypeSpec.classBuilder(trie)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "A trie of literals, read forwards or (for last literals) backwards, with each chain of nodes that\n"
                + "neither branches nor ends a literal merged into one edge, compared in one go; node 0 is the root.\n")
        .addField(TypeName.BOOLEAN, "backwards", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), children), "building", Modifier.PRIVATE)
            .initializer("new $T<$T>()", ArrayList.class, children).build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), ruleList), "filed", Modifier.PRIVATE)
            .initializer("new $T<$T>()", ArrayList.class, ruleList).build())
        .addField(FieldSpec.builder(ArrayTypeName.of(ArrayTypeName.of(TypeName.CHAR)), "firsts")
            .addJavadoc("The first character read along each edge of each node, ascending.\n").build())
        .addField(FieldSpec.builder(ArrayTypeName.of(ArrayTypeName.of(STRING)), "labels")
            .addJavadoc("The text of each edge, in the order of the description.\n").build())
        .addField(ArrayTypeName.of(ArrayTypeName.of(TypeName.INT)), "next")
        .addField(FieldSpec.builder(ArrayTypeName.of(ArrayTypeName.of(rule)), "rules")
            .addJavadoc("The rules whose literal ends at each node, in catalogue order; null for none.\n").build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(TypeName.BOOLEAN, "backwards")
                .addStatement("this.backwards = backwards")
                .addStatement("building.add(new $T())", children)
                .addStatement("filed.add(null)")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("add")
                .addParameter(STRING, "literal")
                .addParameter(rule, "r")
                .addCode("""
                    int node = 0;
                    for (int k = 0; k < literal.length(); k++) {
                        char c = literal.charAt(backwards ? literal.length() - 1 - k : k);
                        Integer child = building.get(node).get(c);
                        if (child == null) {
                            child = building.size();
                            building.get(node).put(c, child);
                            building.add(new $T());
                            filed.add(null);
                        }
                        node = child;
                    }
                    if (filed.get(node) == null) {
                        filed.set(node, new $T<$T>());
                    }
                    filed.get(node).add(r);
                    """, children, ArrayList.class, rule)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("freeze")
                .addCode("""
                    $T<char[]> f = new $T<char[]>();
                    $T<String[]> l = new $T<String[]>();
                    $T<int[]> x = new $T<int[]>();
                    $T<$T[]> r = new $T<$T[]>();
                    keep(0, f, l, x, r);
                    firsts = f.toArray(new char[0][]);
                    labels = l.toArray(new String[0][]);
                    next = x.toArray(new int[0][]);
                    rules = r.toArray(new $T[0][]);
                    building = null;
                    filed = null;
                    """, List.class, ArrayList.class, List.class, ArrayList.class, List.class, ArrayList.class,
                    List.class, rule, ArrayList.class, rule, rule)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("keep")
                .addJavadoc("Numbers a node to keep and the nodes below it, merging the chains between them; returns its number.\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.INT)
                .addParameter(TypeName.INT, "node")
                .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), ArrayTypeName.of(TypeName.CHAR)), "f")
                .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), STRINGS), "l")
                .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), ArrayTypeName.of(TypeName.INT)), "x")
                .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), ArrayTypeName.of(rule)), "r")
                .addCode("""
                    int id = f.size();
                    $T kids = building.get(node);
                    char[] first = new char[kids.size()];
                    String[] label = new String[kids.size()];
                    int[] to = new int[kids.size()];
                    $T here = filed.get(node);
                    f.add(first);
                    l.add(label);
                    x.add(to);
                    r.add(here == null ? null : here.toArray(new $T[0]));
                    int k = 0;
                    for ($T.Entry<Character, Integer> e : kids.entrySet()) {
                        StringBuilder text = new StringBuilder().append(e.getKey().charValue());
                        int child = e.getValue();
                        while (filed.get(child) == null && building.get(child).size() == 1) {
                            $T.Entry<Character, Integer> only = building.get(child).firstEntry();
                            text.append(only.getKey().charValue());
                            child = only.getValue();
                        }
                        first[k] = e.getKey();
                        label[k] = backwards ? text.reverse().toString() : text.toString();
                        to[k] = keep(child, f, l, x, r);
                        k++;
                    }
                    return id;
                    """, children, ruleList, rule, java.util.Map.class, java.util.Map.class)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("edge")
                .addJavadoc("The edge of {@code node} whose first character read is {@code c}, or -1.\n")
                .returns(TypeName.INT)
                .addParameter(TypeName.INT, "node")
                .addParameter(TypeName.CHAR, "c")
                .addCode("""
                    char[] first = firsts[node];
                    if (first.length > 8) {
                        int k = $T.binarySearch(first, c);
                        return k >= 0 ? k : -1;
                    }
                    for (int k = 0; k < first.length; k++) {
                        if (first[k] == c) {
                            return k;
                        }
                    }
                    return -1;
                    """, java.util.Arrays.class)
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
