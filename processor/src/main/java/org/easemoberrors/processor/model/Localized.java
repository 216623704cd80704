package org.easemoberrors.processor.model;

import java.util.List;
import java.util.Map;
import org.easemoberrors.processor.diagnostics.Position;

/**
 * Texts by locale tag (in catalogue spelling, such as {@code zh_CN}), in the order written. A
 * description has one text per locale; causes may have several.
 */
public record Localized(Map<String, List<Text>> byLocale, Position position) {
  public Localized {
    byLocale = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byLocale));
  }

  public List<Text> get(String locale) {
    return byLocale.getOrDefault(locale, List.of());
  }

  /**
   * The texts of {@code over} laid over those of {@code base}, locale by locale: a locale that
   * {@code over} gives replaces the same locale of {@code base}, the others are kept. Either may be
   * null (absent); the result has the position of {@code over} when it has one.
   */
  public static Localized merge(Localized base, Localized over) {
    if (base == null) {
      return over;
    }
    if (over == null) {
      return base;
    }
    var merged = new java.util.LinkedHashMap<>(base.byLocale());
    merged.putAll(over.byLocale());
    return new Localized(merged, over.position());
  }
}
