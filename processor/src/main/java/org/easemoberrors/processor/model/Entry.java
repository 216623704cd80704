package org.easemoberrors.processor.model;

import java.util.List;
import java.util.Set;
import org.easemoberrors.processor.diagnostics.Position;

/**
 * A complete catalogue entry after merging.
 *
 * @param errors the server's error codes it answers to; empty means any code
 * @param templates description templates; empty means any description
 * @param help what to change or do about it, by locale; null when the entry gives none and so
 *     takes its status's (see {@link Catalog#helpFor(Entry)})
 * @param action its own action, or null to take the status's
 * @param className the simple name of its exception without the {@code Exception} suffix
 */
public record Entry(
    String id,
    int status,
    List<Text> errors,
    List<Template> templates,
    Localized causes,
    Localized help,
    Action action,
    String className,
    EntrySpec spec) {

  public Position position() {
    return spec.position();
  }

  public int line() {
    return spec.position().line();
  }

  /** Every placeholder of every template, in order of first appearance. */
  public List<String> placeholders() {
    Set<String> names = new java.util.LinkedHashSet<>();
    templates.forEach(t -> names.addAll(t.placeholders()));
    return List.copyOf(names);
  }

  public List<String> errorCodes() {
    return errors.stream().map(Text::value).toList();
  }
}
