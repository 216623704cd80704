package org.easemoberrors.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easemoberrors.benchmarks.defaults.EasemobError;

/**
 * What projects write by hand today: a list of regular expressions, one per known description,
 * tried in order against the status and the description, then the error codes of the entries that
 * have no description. Built from the same default catalogue the generated matcher uses, with
 * reluctant groups for the placeholders, so both answer the same for every seed row.
 */
public final class RegexBaseline {

  /** What the scan found: the entry's id and the placeholder values. */
  public record Found(String id, String[] values) {}

  /** What a hand-written list knows of one catalogue entry. */
  public record Entry(int status, String id, List<String> templates, List<String> codes) {}

  private record Rule(int status, String id, Pattern pattern, String code) {}

  private static final String[] NONE = new String[0];

  private final List<Rule> rules = new ArrayList<>();

  /** The default catalogue's entries, as the generated matcher has them. */
  public static RegexBaseline ofDefault() {
    List<Entry> entries = new ArrayList<>();
    for (EasemobError e : EasemobError.values()) {
      entries.add(new Entry(e.status(), e.id(), e.templates(), e.errorCodes()));
    }
    return new RegexBaseline(entries);
  }

  /** The 2,500-entry catalogue's. */
  public static RegexBaseline ofScale() {
    List<Entry> entries = new ArrayList<>();
    for (org.easemoberrors.benchmarks.scale.EasemobError e : org.easemoberrors.benchmarks.scale.EasemobError.values()) {
      entries.add(new Entry(e.status(), e.id(), e.templates(), e.errorCodes()));
    }
    return new RegexBaseline(entries);
  }

  public RegexBaseline(List<Entry> entries) {
    for (Entry e : entries) {
      for (String template : e.templates()) {
        rules.add(new Rule(e.status(), e.id(), Pattern.compile(regex(template)), null));
      }
    }
    for (Entry e : entries) {
      if (e.templates().isEmpty()) {
        for (String code : e.codes()) {
          rules.add(new Rule(e.status(), e.id(), null, code));
        }
      }
    }
  }

  /** The first rule that fits, or null. */
  public Found match(int status, String error, String description) {
    for (Rule r : rules) {
      if (r.status != status) {
        continue;
      }
      if (r.pattern != null) {
        if (description != null) {
          Matcher m = r.pattern.matcher(description);
          if (m.matches()) {
            String[] values = new String[m.groupCount()];
            for (int g = 0; g < values.length; g++) {
              values[g] = m.group(g + 1);
            }
            return new Found(r.id, values.length == 0 ? NONE : values);
          }
        }
      } else if (r.code.equals(error)) {
        return new Found(r.id, NONE);
      }
    }
    return null;
  }

  /** {@code {name}} becomes a reluctant group, {@code {{} and {@code }}} braces, the rest is quoted. */
  static String regex(String template) {
    StringBuilder re = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
        literal.append(c);
        i++;
      } else if (c == '{') {
        re.append(literal(literal.toString()));
        literal.setLength(0);
        re.append("(.+?)");
        i = template.indexOf('}', i);
      } else {
        literal.append(c);
      }
    }
    return re.append(literal(literal.toString())).toString();
  }

  /** Quoted, except that a space stands for any run of white space, as the servers vary it. */
  private static String literal(String text) {
    StringBuilder re = new StringBuilder();
    String[] words = text.split(" ", -1);
    for (int k = 0; k < words.length; k++) {
      if (k > 0) {
        re.append("\\s+");
      }
      if (!words[k].isEmpty()) {
        re.append(Pattern.quote(words[k]));
      }
    }
    return re.toString();
  }
}
