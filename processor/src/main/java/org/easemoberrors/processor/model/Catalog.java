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
 */
public record Catalog(
    List<String> locales,
    String fallbackLocale,
    Map<String, StatusSpec> classes,
    Map<Integer, StatusSpec> statuses,
    List<Entry> entries,
    Set<String> suppressed,
    Map<String, org.easemoberrors.processor.diagnostics.Position> declarations) {

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
