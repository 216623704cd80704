package org.easemoberrors.processor.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.easemoberrors.processor.model.Catalog;
import org.easemoberrors.processor.model.Entry;
import org.easemoberrors.processor.model.Localized;
import org.easemoberrors.processor.model.StatusSpec;
import org.easemoberrors.processor.model.Text;

/**
 * Writes the localized texts as {@code .properties} files: one per declared locale, and a root file
 * with the fallback locale's texts, which the generated code reads when a locale has none.
 *
 * <p>Keys: {@code status.400}, {@code status.4xx}, {@code status.5xx}, {@code status.other}, and
 * {@code entry.<id>} holding an entry's causes, one per line; {@code help.status.<key>} holding the
 * help of a status (its own, else its class's) or of a class, and {@code help.entry.<id>} holding
 * an entry's own help, for the entries that give one.
 */
final class MessagesWriter {
  /** The key prefix of the help of statuses and classes. */
  static final String STATUS_HELP = "help.status.";

  /** The key prefix of the help of entries. */
  static final String ENTRY_HELP = "help.entry.";

  /** Texts for statuses that are not HTTP errors, which no catalogue declares. */
  private static final Map<String, String> NOT_AN_ERROR =
      Map.of(
          "zh_CN", "服务器返回的状态码不是 HTTP 错误码(4xx 或 5xx)。",
          "en", "The server answered with a status that is not an HTTP error (4xx or 5xx).");

  private final Catalog catalog;

  MessagesWriter(Catalog catalog) {
    this.catalog = catalog;
  }

  /** File suffix (such as {@code _zh_CN}, or empty for the root) to file text. */
  Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("", PropertiesWriter.write("Fallback texts (" + catalog.fallbackLocale() + ")", texts(catalog.fallbackLocale(), true)));
    for (String locale : catalog.locales()) {
      files.put("_" + locale, PropertiesWriter.write("Texts for " + locale, texts(locale, false)));
    }
    return files;
  }

  private Map<String, String> texts(String locale, boolean root) {
    Map<String, String> out = new LinkedHashMap<>();
    for (StatusSpec s : catalog.classes().values()) {
      put(out, "status." + s.key(), s.description().get(locale));
    }
    for (StatusSpec s : catalog.statuses().values()) {
      put(out, "status." + s.key(), s.description().get(locale));
    }
    String other = NOT_AN_ERROR.get(locale);
    if (other == null && root) {
      other = NOT_AN_ERROR.get("en");
    }
    if (other != null) {
      out.put("status.other", other);
    }
    for (Entry e : catalog.entries()) {
      put(out, "entry." + e.id(), e.causes().get(locale));
    }
    for (StatusSpec s : catalog.classes().values()) {
      help(out, STATUS_HELP + s.key(), s.help(), locale);
    }
    for (StatusSpec s : catalog.statuses().values()) {
      help(out, STATUS_HELP + s.key(), catalog.helpFor(Integer.parseInt(s.key())), locale);
    }
    for (Entry e : catalog.entries()) {
      help(out, ENTRY_HELP + e.id(), e.help(), locale);
    }
    return out;
  }

  private static void help(Map<String, String> out, String key, Localized help, String locale) {
    if (help != null) {
      put(out, key, help.get(locale));
    }
  }

  private static void put(Map<String, String> out, String key, List<Text> texts) {
    if (!texts.isEmpty()) {
      out.put(key, String.join("\n", texts.stream().map(t -> t.value().replace('\n', ' ').replace('\r', ' ').strip()).toList()));
    }
  }
}
