package org.easemoberrors.processor.model;

import java.util.List;
import org.easemoberrors.processor.diagnostics.Position;

/**
 * A description template split into its parts: {@code literals.size() == placeholders.size() + 1},
 * placeholder {@code i} standing between literal {@code i} and literal {@code i + 1}. Literals are
 * in matching form: typographic quotes made plain, runs of white space made one space, trimmed at
 * the ends of the whole template.
 *
 * @param source the template as written
 */
public record Template(String source, List<String> literals, List<String> placeholders, Position position) {

  public boolean hasPlaceholders() {
    return !placeholders.isEmpty();
  }

  /** The template in matching form with placeholders written {@code {name}} and braces doubled. */
  public String normalized() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < literals.size(); i++) {
      sb.append(literals.get(i).replace("{", "{{").replace("}", "}}"));
      if (i < placeholders.size()) {
        sb.append('{').append(placeholders.get(i)).append('}');
      }
    }
    return sb.toString();
  }
}
