package org.easemoberrors.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.easemoberrors.engine.Engine;
import org.easemoberrors.processor.diagnostics.Diagnostics;
import org.easemoberrors.processor.diagnostics.Message;
import org.easemoberrors.processor.diagnostics.Position;

/**
 * Parses the {@code {name}} syntax of description templates and causes. {@code {{} and {@code }}}
 * are literal braces.
 */
public final class TemplateParser {

  /** The raw parse: literal texts (not yet normalized) around the placeholder names. */
  public record Parts(List<String> literals, List<String> names) {}

  private final Diagnostics diagnostics;

  public TemplateParser(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Parses a description template; null when it has errors (they are reported). */
  public Template template(Text text) {
    Parts parts = parts(text, true);
    if (parts == null) {
      return null;
    }
    List<String> literals = new ArrayList<>();
    int last = parts.literals().size() - 1;
    for (int i = 0; i <= last; i++) {
      literals.add(Engine.normalize(parts.literals().get(i), i == 0, i == last));
    }
    for (int i = 1; i < last; i++) {
      if (literals.get(i).isEmpty()) {
        diagnostics.report(Message.ADJACENT_PLACEHOLDERS, text.position(), parts.names().get(i - 1), parts.names().get(i));
        return null;
      }
    }
    return new Template(text.value(), List.copyOf(literals), parts.names(), text.position());
  }

  /** The placeholder names a cause uses; null when it has errors (they are reported). */
  public Set<String> names(Text text) {
    Parts parts = parts(text, false);
    return parts == null ? null : new LinkedHashSet<>(parts.names());
  }

  /**
   * Splits the text with the engine's parser, the one the generated code runs, and reports its
   * first problem: a bad or repeated name before the first syntax problem, else that one.
   */
  private Parts parts(Text text, boolean isTemplate) {
    Engine.Parts parts = Engine.parse(text.value());
    List<String> names = parts.names();
    for (int k = 0; k < names.size(); k++) {
      String name = names.get(k);
      int at = parts.start(k) + 1;
      if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
        diagnostics.report(Message.BAD_PLACEHOLDER, at(text, at), name,
            SourceVersion.isKeyword(name) ? " (it is a Java keyword)" : "");
        return null;
      }
      if (isTemplate && names.subList(0, k).contains(name)) {
        diagnostics.report(Message.DUPLICATE_PLACEHOLDER, at(text, at), name);
        return null;
      }
    }
    switch (parts.problem()) {
      case UNOPENED -> syntax(text, parts.problemAt(), "'}' without a matching '{' (write '}}' for a literal brace)");
      case UNCLOSED -> syntax(text, parts.problemAt(), "'{' is never closed (write '{{' for a literal brace)");
      case EMPTY -> syntax(text, parts.problemAt(), "empty placeholder '{}'");
      case NONE -> {
        return new Parts(parts.literals(), names);
      }
    }
    return null;
  }

  private void syntax(Text text, int index, String problem) {
    diagnostics.report(Message.TEMPLATE_SYNTAX, at(text, index), problem);
  }

  /**
   * The position of character {@code index} of the text, when the text stands on one line of the
   * file (plain or quoted); otherwise the start of the text.
   */
  public static Position at(Text text, int index) {
    Position p = text.position();
    String line = p.line() > 0 ? p.file().line(p.line()) : null;
    if (line == null) {
      return p;
    }
    int col = p.column() - 1;
    if (line.startsWith(text.value(), col)) {
      return new Position(p.file(), p.line(), p.column() + index);
    }
    if (col + 1 <= line.length() && line.startsWith(text.value(), col + 1)) {
      return new Position(p.file(), p.line(), p.column() + 1 + index);
    }
    return p;
  }
}
