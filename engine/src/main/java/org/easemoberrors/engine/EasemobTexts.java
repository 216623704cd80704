package org.easemoberrors.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The localized texts of one set of message files, read once each on first use. Only the files
 * the processor wrote are looked for, so what is kept is bounded by them, whatever locales
 * callers pass; the default locale plays no part.
 */
final class EasemobTexts {
  private final Class<?> anchor;

  private final String base;

  /** The suffixes of the message files there are, such as {@code _zh_CN}; {@code ""} is the fallback. */
  private final List<String> suffixes;
  private final ConcurrentMap<String, Map<String, String>> loaded = new ConcurrentHashMap<String, Map<String, String>>();

  /**
   * @param anchor the class the files are resources of
   * @param base the base name of the files, such as {@code EasemobMessages}
   */
  EasemobTexts(Class<?> anchor, String base, String... suffixes) {
    this.anchor = anchor;
    this.base = base;
    this.suffixes = Arrays.asList(suffixes.clone());
  }

  /** The text of {@code key} as {@link #find} looks it up; else the key. */
  String text(Locale locale, String key) {
    String v = find(locale, key);
    return v != null ? v : key;
  }

  /**
   * The text of {@code key} in the locale's file, else the language's, else that of the first
   * file of the same language in another country (so {@code zh} and {@code zh_TW} read {@code
   * zh_CN} rather than the fallback), else the fallback's; else null.
   */
  String find(Locale locale, String key) {
    if (locale != null && locale.getLanguage().length() > 0) {
      String language = "_" + locale.getLanguage();
      if (locale.getCountry().length() > 0) {
        String v = get(language + "_" + locale.getCountry(), key);
        if (v != null) {
          return v;
        }
      }
      String v = get(language, key);
      if (v != null) {
        return v;
      }
      for (String suffix : suffixes) {
        if (suffix.startsWith(language + "_")) {
          v = get(suffix, key);
          if (v != null) {
            return v;
          }
        }
      }
    }
    return get("", key);
  }

  /** How many files are held: never more than there are. */
  int loadedFiles() {
    return loaded.size();
  }

  private String get(String suffix, String key) {
    Map<String, String> texts = loaded.get(suffix);
    if (texts == null) {
      if (!suffixes.contains(suffix)) {
        return null;
      }
      Map<String, String> read = read(suffix);
      texts = loaded.putIfAbsent(suffix, read);
      texts = texts != null ? texts : read;
    }
    return texts.get(key);
  }

  /** One message file; an unreadable one reads as empty, so the next locale in line stands in. */
  private Map<String, String> read(String suffix) {
    Map<String, String> read = new HashMap<String, String>();
    try (InputStream in = anchor.getResourceAsStream(base + suffix + ".properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        for (String name : properties.stringPropertyNames()) {
          read.put(name, properties.getProperty(name));
        }
      }
    } catch (IOException e) {
      read.clear();
    }
    return Collections.unmodifiableMap(read);
  }
}
