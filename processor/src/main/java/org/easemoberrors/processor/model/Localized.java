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
}
