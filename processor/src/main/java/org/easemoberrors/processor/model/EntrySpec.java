package org.easemoberrors.processor.model;

import java.util.List;
import org.easemoberrors.processor.diagnostics.Position;

/**
 * A catalogue entry as one file writes it. Every field but the id may be null: in {@code entries}
 * the validator insists on the required ones; in {@code overrides} only the fields given replace
 * those of the entry below. A {@code broken} entry had a field that could not be read (already
 * reported): it keeps its id, and only the checks that one mistake cannot set off again are made
 * on it, so that one mistake gives one error while independent ones are still reported.
 *
 * @param help what to change or do about the error, by locale; may use the placeholders
 * @param unreadable the fields that were written but could not be read, and those that an
 *     unknown key probably misspells: what they hold is not known, so nothing may be concluded
 *     from their absence
 */
public record EntrySpec(
    Text id,
    Integer status,
    Position statusPosition,
    List<Text> errors,
    List<Text> templates,
    Localized causes,
    Localized help,
    Action action,
    Position actionPosition,
    Text className,
    Position position,
    boolean broken,
    java.util.Set<String> unreadable) {

  public EntrySpec {
    unreadable = java.util.Set.copyOf(unreadable);
  }

  /**
   * This entry with the fields {@code over} gives replaced. Causes and help are replaced locale by
   * locale: an override that gives only {@code en} keeps the entry's texts of the other locales.
   */
  public EntrySpec overlay(EntrySpec over) {
    return new EntrySpec(
        id,
        over.status != null ? over.status : status,
        over.status != null ? over.statusPosition : statusPosition,
        over.errors != null ? over.errors : errors,
        over.templates != null ? over.templates : templates,
        Localized.merge(causes, over.causes),
        Localized.merge(help, over.help),
        over.action != null ? over.action : action,
        over.action != null ? over.actionPosition : actionPosition,
        over.className != null ? over.className : className,
        position,
        broken || over.broken,
        union(unreadable, over.unreadable));
  }

  private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    java.util.Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
