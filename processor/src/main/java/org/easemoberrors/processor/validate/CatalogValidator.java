package org.easemoberrors.processor.validate;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import org.easemoberrors.processor.diagnostics.Diagnostics;
import org.easemoberrors.processor.diagnostics.Message;
import org.easemoberrors.processor.diagnostics.Position;
import org.easemoberrors.processor.generate.Names;
import org.easemoberrors.processor.model.Catalog;
import org.easemoberrors.processor.model.Entry;
import org.easemoberrors.processor.model.Localized;
import org.easemoberrors.processor.model.StatusSpec;
import org.easemoberrors.processor.model.Template;
import org.easemoberrors.processor.model.TemplateParser;
import org.easemoberrors.processor.model.Text;

/**
 * Checks a merged catalogue: names, locales and translations, placeholders, and that no two entries
 * compete for the same response. Every problem is reported; nothing stops at the first.
 */
public final class CatalogValidator {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(_([A-Z]{2}|[0-9]{3}))?");

  /** Methods of the generated base exception (and of Throwable) that a placeholder getter would hide. */
  static final Set<String> RESERVED_GETTERS =
      Set.of("level",
          "status", "statusType", "errorCode", "description", "entry", "entryId", "action",
          "causes", "cause", "explanations", "explanation", "help", "retryAfter", "isRetryable", "isThrottled",
          "body", "params", "param", "match", "getMessage", "getLocalizedMessage",
          "getCause", "getStackTrace", "getSuppressed", "fillInStackTrace", "printStackTrace",
          "toString", "hashCode", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  /** The status constants generated whatever the catalogue holds, for the statuses it does not list. */
  static final Set<String> BUILT_IN_STATUSES = Set.of("CLIENT_ERROR", "SERVER_ERROR", "NOT_AN_ERROR");

  /** Warning tags a catalogue may suppress. */
  public static final Set<String> SUPPRESSIBLE = Set.of(Message.MISSING_OPTIONAL_TRANSLATION.tag(), Message.CAUSE_COUNT.tag());

  /**
   * The longest template or error code: each becomes a string constant of the generated code,
   * which Java caps at 65,535 bytes (three a character at most).
   */
  static final int MAX_TEXT = 16_384;

  /** Ambiguous entries reported one by one; the rest are counted in one more error. */
  static final int MAX_AMBIGUOUS = 50;

  private final Diagnostics diagnostics;
  private final TemplateParser parser;

  public CatalogValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.parser = new TemplateParser(diagnostics);
  }

  /**
   * @param names the names of the package's generated types: the top-level ones, which no status or
   *     entry class may take, and the 4xx and 5xx classes the status classes are nested in
   * @param origin where catalogue-wide problems are reported (the first file)
   */
  public void validate(Catalog catalog, Names names, Position origin) {
    for (String tag : catalog.suppressed()) {
      if (!SUPPRESSIBLE.contains(tag)) {
        List<String> tags = SUPPRESSIBLE.stream().sorted().toList();
        diagnostics.report(Message.UNKNOWN_SUPPRESSION, catalog.suppressions().getOrDefault(tag, origin), tag,
            String.join(" and ", tags), org.easemoberrors.processor.diagnostics.Suggestions.didYouMean(tag, tags));
      }
    }
    locales(catalog, origin);
    Set<String> fixedNames = names.fixed();
    // The classes nested in one class, by the name of the class they are nested in.
    Map<ClassName, Map<String, String>> nested = new HashMap<>();
    Map<String, String> constants = new HashMap<>();
    BUILT_IN_STATUSES.forEach(n -> constants.put(n, "the processor (for the statuses the catalogue does not list)"));
    for (String key : List.of("4xx", "5xx")) {
      StatusSpec spec = catalog.classes().get(key);
      if (spec == null) {
        diagnostics.report(Message.MISSING_FIELD, origin, "the catalogue", "classes." + key);
      } else {
        status(catalog, spec, "class " + key, false);
      }
    }
    catalog.statuses().forEach((code, spec) -> {
      if (status(catalog, spec, "status " + code, true) && spec.name() != null) {
        String owner = "status " + code;
        ClassName type = names.exception(spec);
        Position at = spec.name().position();
        if (nestedName(nested, fixedNames, type, owner, at)) {
          name(constants, Names.constant(spec), owner, names.status().simpleName() + ".", at);
        }
      }
    });
    for (Entry entry : catalog.entries()) {
      entry(catalog, entry, names, nested, true, true);
    }
    // An entry with a reported mistake is checked too, for what that mistake cannot have caused,
    // so that fixing it does not bring out errors that one build could have shown.
    for (Catalog.Incomplete incomplete : catalog.incomplete()) {
      entry(catalog, incomplete.entry(), names, nested, incomplete.templatesKnown(), incomplete.textsKnown());
    }
    competition(catalog.entries());
  }

  // ---- locales ------------------------------------------------------------------------------

  private void locales(Catalog catalog, Position origin) {
    if (catalog.locales().isEmpty()) {
      diagnostics.report(Message.MISSING_FIELD, origin, "the catalogue", "locales");
    }
    for (String locale : catalog.locales()) {
      if (!LOCALE.matcher(locale).matches()) {
        diagnostics.report(Message.BAD_LOCALE, catalog.declarations().getOrDefault(locale, origin), locale);
      }
    }
    if (catalog.fallbackLocale() == null) {
      diagnostics.report(Message.MISSING_FIELD, origin, "the catalogue", "fallbackLocale");
    } else if (!catalog.locales().contains(catalog.fallbackLocale())) {
      diagnostics.report(Message.UNDECLARED_LOCALE, catalog.declarations().getOrDefault("fallbackLocale", origin),
          catalog.fallbackLocale(), String.join(", ", catalog.locales()));
    }
  }

  /** Checks that texts exist for the locales; returns false when a required text is missing. */
  private boolean texts(Catalog catalog, Localized texts, String owner, String what, Position where) {
    boolean ok = true;
    for (Map.Entry<String, List<Text>> e : texts.byLocale().entrySet()) {
      if (!catalog.locales().contains(e.getKey())) {
        Position p = e.getValue().isEmpty() ? texts.position() : e.getValue().get(0).position();
        diagnostics.report(Message.UNDECLARED_LOCALE, p, e.getKey(), String.join(", ", catalog.locales()));
      }
      for (Text t : e.getValue()) {
        if (t.value().isBlank()) {
          diagnostics.report(Message.MISSING_TRANSLATION, t.position(), owner, what, e.getKey());
          ok = false;
        }
      }
    }
    String fallback = catalog.fallbackLocale();
    for (String locale : catalog.locales()) {
      if (!texts.get(locale).isEmpty()) {
        continue;
      }
      if (locale.equals(fallback) || fallback == null || texts.get(fallback).isEmpty()) {
        diagnostics.report(Message.MISSING_TRANSLATION, where, owner, what, locale);
        ok = false;
      } else {
        diagnostics.report(Message.MISSING_OPTIONAL_TRANSLATION, where, owner, what, locale, fallback);
      }
    }
    return ok;
  }

  // ---- statuses -----------------------------------------------------------------------------

  private boolean status(Catalog catalog, StatusSpec spec, String owner, boolean named) {
    boolean ok = true;
    if (named) {
      if (spec.name() == null) {
        diagnostics.report(Message.MISSING_FIELD, spec.position(), owner, "name");
        ok = false;
      } else if (!javaTypeName(spec.name().value())) {
        diagnostics.report(Message.BAD_NAME, spec.name().position(), spec.name().value(), "a status name must be a Java type name such as BadRequest");
        ok = false;
      } else if (!ascii(spec.name().value())) {
        diagnostics.report(Message.BAD_NAME, spec.name().position(), spec.name().value(), ASCII_ONLY);
        ok = false;
      }
    }
    if (spec.action() == null && spec.actionPosition() == null) {
      diagnostics.report(Message.MISSING_FIELD, spec.position(), owner, "action");
    }
    if (spec.description() == null) {
      diagnostics.report(Message.MISSING_FIELD, spec.position(), owner, "description");
    } else {
      texts(catalog, spec.description(), owner, "description", spec.description().position());
    }
    help(catalog, spec.help(), owner, Set.of(), named ? "a status has no placeholders" : "a status class has no placeholders");
    return ok;
  }

  // ---- entries ------------------------------------------------------------------------------

  /**
   * @param templatesKnown whether the placeholders of the entry are all known, so that those of
   *     its causes and help can be checked
   * @param textsKnown whether its causes and help were read whole, so that their translations
   *     can be checked
   */
  private void entry(
      Catalog catalog, Entry entry, Names names, Map<ClassName, Map<String, String>> nested, boolean templatesKnown, boolean textsKnown) {
    String owner = "entry '" + entry.id() + "'";
    Text id = entry.spec().id();
    if (!ID.matcher(entry.id()).matches()) {
      diagnostics.report(Message.BAD_ID, id.position(), entry.id());
    }
    Text classText = entry.spec().className();
    Position namePosition = classText != null ? classText.position() : id.position();
    if (entry.spec().unreadable().contains("class")) {
      // Its class was written but could not be read: the name from the id is not the one meant.
    } else if (!javaTypeName(entry.className())) {
      diagnostics.report(Message.BAD_NAME, namePosition, entry.className(),
          classText != null ? "a class name must be a Java type name" : "the id must make a Java type name");
    } else if (!ascii(entry.className())) {
      diagnostics.report(Message.BAD_NAME, namePosition, entry.className(), ASCII_ONLY);
    } else {
      StatusSpec status = catalog.statuses().get(entry.status());
      // A status without a usable name is reported on its own; its entries' classes are checked
      // once it has one.
      if (status == null || status.name() != null && javaTypeName(status.name().value()) && ascii(status.name().value())) {
        nestedName(nested, names.fixed(), names.exception(entry, status), owner, namePosition);
      }
    }
    Set<String> placeholders = new LinkedHashSet<>(entry.placeholders());
    for (String p : placeholders) {
      if (RESERVED_GETTERS.contains(p)) {
        Template t = entry.templates().stream().filter(x -> x.placeholders().contains(p)).findFirst().orElseThrow();
        diagnostics.report(Message.BAD_NAME, t.position(), p, "the exception already has a method " + p + "(); rename the placeholder");
      }
    }
    for (Text error : entry.errors()) {
      if (error.value().isBlank()) {
        diagnostics.report(Message.WRONG_TYPE, error.position(), "'error' in " + owner, "a non-empty error code", "an empty string");
      } else if (error.value().length() > MAX_TEXT) {
        diagnostics.report(Message.TEXT_TOO_LONG, error.position(), "the error code of " + owner, error.value().length(), MAX_TEXT);
      }
    }
    for (Template t : entry.templates()) {
      if (t.source().length() > MAX_TEXT) {
        diagnostics.report(Message.TEXT_TOO_LONG, t.position(), "a description template of " + owner, t.source().length(), MAX_TEXT);
      }
    }
    Localized causes = entry.causes() != null ? entry.causes() : new Localized(Map.of(), entry.position());
    if (textsKnown) {
      texts(catalog, causes, owner, "cause", causes.position());
    }
    if (templatesKnown) {
      String hint = placeholders.isEmpty() ? "" : " (it has " + braced(placeholders) + ")";
      unknownPlaceholders(causes, placeholders, (at, name) -> diagnostics.report(Message.UNKNOWN_PLACEHOLDER, at, name, entry.id(), hint));
    }
    help(catalog, entry.help(), owner, placeholders,
        entry.templates().isEmpty() ? "it has no description template" : "its description templates have no placeholders",
        templatesKnown, textsKnown);
    String fallback = catalog.fallbackLocale();
    if (textsKnown && fallback != null && !causes.get(fallback).isEmpty()) {
      int expected = causes.get(fallback).size();
      causes.byLocale().forEach((locale, list) -> {
        if (!list.isEmpty() && list.size() != expected) {
          diagnostics.report(Message.CAUSE_COUNT, list.get(0).position(), owner, list.size(), locale, expected, fallback);
        }
      });
    }
  }

  /**
   * Checks a help text, which is optional: when given, it needs the texts that causes need, and it
   * may use only the placeholders of the owner's templates (a status has none).
   *
   * @param none why there is no placeholder at all, for the message when {@code placeholders} is
   *     empty
   */
  private void help(Catalog catalog, Localized help, String owner, Set<String> placeholders, String none) {
    help(catalog, help, owner, placeholders, none, true, true);
  }

  private void help(Catalog catalog, Localized help, String owner, Set<String> placeholders, String none,
      boolean placeholdersKnown, boolean textsKnown) {
    if (help == null) {
      return;
    }
    if (textsKnown) {
      texts(catalog, help, owner, "help", help.position());
    }
    if (placeholdersKnown) {
      String why = placeholders.isEmpty()
          ? none + " (write '{{' and '}}' for literal braces)"
          : "its description templates have only " + braced(placeholders);
      unknownPlaceholders(help, placeholders, (at, name) -> diagnostics.report(Message.UNKNOWN_HELP_PLACEHOLDER, at, owner, name, why));
    }
  }

  /**
   * Calls {@code report} with the position and name of each placeholder that a text of {@code
   * texts} uses but {@code placeholders} lacks; a text whose braces do not parse is skipped.
   */
  private void unknownPlaceholders(
      Localized texts, Set<String> placeholders, java.util.function.BiConsumer<Position, String> report) {
    for (List<Text> list : texts.byLocale().values()) {
      for (Text text : list) {
        Set<String> used = parser.names(text);
        if (used == null) {
          continue;
        }
        for (String name : used) {
          if (!placeholders.contains(name)) {
            report.accept(TemplateParser.at(text, Math.max(0, text.value().indexOf("{" + name + "}"))), name);
          }
        }
      }
    }
  }

  /** {@code {a}, {b}}: placeholder names as they are written. */
  private static String braced(Set<String> placeholders) {
    return String.join(", ", placeholders.stream().map(n -> "{" + n + "}").toList());
  }

  /** Reports a name another status or entry already takes; returns whether it was free. */
  private boolean name(Map<String, String> taken, String name, String owner, String shownAs, Position where) {
    String first = taken.putIfAbsent(name, owner);
    if (first != null) {
      diagnostics.report(Message.NAME_CLASH, where, owner, shownAs + name, first);
      return false;
    }
    return true;
  }

  /**
   * Checks a nested exception class: Java forbids naming it like the class it is in, its siblings
   * must differ, and it may not take a top-level generated name, which it would hide inside the
   * generated code. Returns whether the name was free.
   */
  private boolean nestedName(Map<ClassName, Map<String, String>> nested, Set<String> fixedNames, ClassName type, String owner, Position where) {
    String shown = Names.nestedName(type);
    ClassName enclosing = type.enclosingClassName();
    if (type.simpleName().equals(enclosing.simpleName())) {
      diagnostics.report(Message.NESTED_NAME, where, owner, shown);
      return false;
    }
    if (fixedNames.contains(type.simpleName())) {
      diagnostics.report(Message.NAME_CLASH, where, owner, shown, "the processor (as a top-level type)");
      return false;
    }
    Map<String, String> siblings = nested.computeIfAbsent(enclosing, k -> new HashMap<>());
    String shownEnclosing = Names.nestedName(enclosing) + ".";
    return name(siblings, type.simpleName(), owner, shownEnclosing, where);
  }

  /** Why a type name must be ASCII. */
  static final String ASCII_ONLY =
      "a generated type name must be ASCII letters and digits, since each type is written to a file"
          + " of its name, which a build under another locale (LANG=C) cannot create";

  /** Whether a name has ASCII characters only. */
  public static boolean ascii(String name) {
    return name.chars().allMatch(c -> c < 0x80);
  }

  private static boolean javaTypeName(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name) && Character.isUpperCase(name.charAt(0));
  }

  // ---- two entries competing for one response ------------------------------------------------

  /**
   * Reports each entry that an earlier entry of its status competes with, naming the earliest
   * such entry, and at most {@link #MAX_AMBIGUOUS} of them (one more error counts the rest).
   *
   * <p>Only entries of one status, of one level and, within the template levels, of templates of
   * equal literal weight can compete, so the earlier entries are filed by status, code and weight
   * as the check goes. A template that an earlier entry has too is found by one lookup; the other
   * templates of its weight reach the overlap search only when their first literals agree as far as
   * both go and so do their last ones, which is necessary for any description to fit both.
   */
  private void competition(List<Entry> entries) {
    Map<Integer, Shape> catchAll = new HashMap<>();
    Map<Integer, Field> fields = new HashMap<>();
    List<Shape> shapes = new ArrayList<>(entries.size());
    int reported = 0;
    int more = 0;
    Entry firstMore = null;
    for (Entry e : entries) {
      Shape b = new Shape(e, shapes.size());
      shapes.add(b);
      if (b.universal != null) {
        catchAll.putIfAbsent(e.status(), b);
      }
      Field field = fields.computeIfAbsent(e.status(), k -> new Field());
      Rival rival = rival(field, shapes, b);
      if (rival != null) {
        if (reported < MAX_AMBIGUOUS) {
          ambiguous(shapes.get(rival.index).entry, e, rival.what);
          reported++;
        } else if (more++ == 0) {
          firstMore = e;
        }
      }
      field.add(b);
    }
    for (Shape b : shapes) {
      shadowed(b, catchAll.get(b.entry.status()));
    }
    if (more > 0) {
      diagnostics.report(Message.AMBIGUOUS_MORE, firstMore.position(), more, MAX_AMBIGUOUS);
    }
  }

  /** An earlier entry that competes with one, and for what. */
  private record Rival(int index, String what) {}

  /** A template of an earlier entry, filed under its weight. */
  private record Filed(Template template, String head, String tail, int index) {}

  /** What the earlier entries of one status bring to the competition. */
  private static final class Field {
    /** Error code to the first entry that matches on it alone. */
    final Map<String, Integer> codes = new HashMap<>();
    /** Weight to the templates of that weight, each by its literals, with its first entry. */
    final Map<Integer, Map<List<String>, Filed>> weights = new HashMap<>();

    void add(Shape s) {
      if (s.templates.isEmpty()) {
        s.codes.forEach(code -> codes.putIfAbsent(code, s.index));
        return;
      }
      for (int i = 0; i < s.templates.size(); i++) {
        Template t = s.templates.get(i);
        weights.computeIfAbsent(s.weights[i], k -> new java.util.LinkedHashMap<>())
            .putIfAbsent(t.literals(), new Filed(t, s.heads[i], s.tails[i], s.index));
      }
    }
  }

  /** The earliest earlier entry of the field that competes with {@code b}, or null. */
  private Rival rival(Field field, List<Shape> shapes, Shape b) {
    if (b.templates.isEmpty()) {
      // Matched on the error code alone: only entries of that kind compete, on a shared code.
      // Entries with templates never compete on their codes: such an entry is found by its code
      // alone only when no entry without templates names the code and no other entry with
      // templates shares it at the status, so a shared code picks none of them rather than one.
      Rival best = null;
      for (String code : b.codes) {
        Integer a = field.codes.get(code);
        if (a != null && (best == null || a < best.index)) {
          best = new Rival(a, "status " + b.entry.status() + " with error '" + code + "'");
        }
      }
      return best;
    }
    // Same level: both with a shared code (level 1), or both reached by template alone (level 2,
    // for any code that neither entry names). Within a level the template with more literal text
    // wins, so only templates of equal weight can compete.
    int best = Integer.MAX_VALUE;
    Template bestTemplate = null;
    for (int j = 0; j < b.templates.size(); j++) {
      Map<List<String>, Filed> filed = field.weights.get(b.weights[j]);
      if (filed == null) {
        continue;
      }
      Template tb = b.templates.get(j);
      Filed same = filed.get(tb.literals());
      if (same != null && same.index < best) {
        best = same.index;
        bestTemplate = tb;
      }
      for (Filed f : filed.values()) {
        if (f.index < best && f != same
            && (tb.hasPlaceholders() || f.template.hasPlaceholders()) // two plain texts compete only when equal
            && TemplateOverlap.agree(f.head, b.heads[j], false) && TemplateOverlap.agree(f.tail, b.tails[j], true)
            && TemplateOverlap.overlap(f.template, tb)) {
          best = f.index;
          bestTemplate = tb;
        }
      }
    }
    if (bestTemplate == null) {
      return null;
    }
    String what = "a description like '" + shortened(bestTemplate.source()) + "'"
        + (shared(shapes.get(best), b) != null ? " with a shared error code" : "");
    return new Rival(best, what);
  }

  /** A template as quoted in a message: long ones are cut in the middle. */
  private static String shortened(String source) {
    return source.length() <= 120 ? source : source.substring(0, 60) + "..." + source.substring(source.length() - 50);
  }

  /** An entry as the competition check needs it, computed once. */
  private static final class Shape {
    final Entry entry;
    /** Its place in the catalogue's entries. */
    final int index;
    final List<String> codes;
    final List<Template> templates;
    final String[] heads;
    final String[] tails;
    /** The literal characters of each template: of two that fit a description, the heavier wins. */
    final int[] weights;
    /** Its first template that matches every description, or null. */
    final Template universal;

    Shape(Entry entry, int index) {
      this.entry = entry;
      this.index = index;
      this.codes = entry.errorCodes();
      this.templates = entry.templates();
      this.heads = new String[templates.size()];
      this.tails = new String[templates.size()];
      this.weights = new int[templates.size()];
      Template all = null;
      for (int i = 0; i < templates.size(); i++) {
        List<String> literals = templates.get(i).literals();
        heads[i] = literals.get(0);
        tails[i] = literals.get(literals.size() - 1);
        for (String literal : literals) {
          weights[i] += literal.length();
        }
        if (all == null && TemplateOverlap.universal(templates.get(i))) {
          all = templates.get(i);
        }
      }
      this.universal = all;
    }
  }

  /** The first of a's error codes that b has too, or null. */
  private static String shared(Shape a, Shape b) {
    for (String code : a.codes) {
      if (b.codes.contains(code)) {
        return code;
      }
    }
    return null;
  }

  /** An entry matched on its code alone is never reached when a catch-all template takes that code. */
  private void shadowed(Shape b, Shape catchAll) {
    if (!b.templates.isEmpty() || catchAll == null) {
      return;
    }
    Entry a = catchAll.entry;
    diagnostics.report(Message.SHADOWED, b.entry.position(), b.entry.id(), a.id(), a.position().label(),
        "its template '" + catchAll.universal.source() + "' matches every description");
  }

  private void ambiguous(Entry a, Entry b, String what) {
    diagnostics.report(Message.AMBIGUOUS, b.position(), a.id(), a.position().label(), b.id(), b.position().label(), what);
  }
}
