package org.easemoberrors.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The merged catalogue of one annotated package: what the generator renders.
 *
 * @param locales declared locale tags, in catalogue spelling ({@code zh_CN})
 * @param fallbackLocale the locale whose texts stand in when another has none
 * @param classes the {@code 4xx} and {@code 5xx} status classes
 * @param statuses the HTTP statuses, by code, in ascending order
 * @param entries the entries, in catalogue order (which is also matching order)
 * @param declarations where each locale, and the fallback locale (key {@code fallbackLocale}),
 *     was declared
 * @param suppressions each suppressed tag with where the first file to name it did so
 * @param incomplete the entries that lack a field or had one that could not be read: never
 *     generated (the build fails), but still checked for the mistakes that are independent of the
 *     one already reported
 */
public record Catalog(
    List<String> locales,
    String fallbackLocale,
    Map<String, StatusSpec> classes,
    Map<Integer, StatusSpec> statuses,
    List<Entry> entries,
    Set<String> suppressed,
    Map<String, org.easemoberrors.processor.diagnostics.Position> declarations,
    Map<String, org.easemoberrors.processor.diagnostics.Position> suppressions,
    List<Incomplete> incomplete) {

  /**
   * An entry that could not be completed, as far as it was read.
   *
   * @param templatesKnown whether every description template of the entry was read and parsed, so
   *     that its placeholders are known and the causes' and help's can be checked against them
   * @param textsKnown whether its causes and help were read without a mistake, so that a missing
   *     translation is one of its own and not the echo of a reported error
   */
  public record Incomplete(Entry entry, boolean templatesKnown, boolean textsKnown) {}

  /** The class key ({@code 4xx} or {@code 5xx}) of a status. */
  public static String classOf(int status) {
    return status / 100 + "xx";
  }

  /**
   * The help of a response matched to this entry: the entry's own, else that of its status, else
   * that of its status class; null when none of them gives help.
   */
  public Localized helpFor(Entry entry) {
    return entry.help() != null ? entry.help() : helpFor(entry.status());
  }

  /** The help of a response matched to a status only: the status's, else its class's, or null. */
  public Localized helpFor(int status) {
    StatusSpec spec = statuses.get(status);
    if (spec != null && spec.help() != null) {
      return spec.help();
    }
    StatusSpec cls = classes.get(classOf(status));
    return cls == null ? null : cls.help();
  }
}
