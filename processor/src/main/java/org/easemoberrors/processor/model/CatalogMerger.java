package org.easemoberrors.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.easemoberrors.processor.diagnostics.Diagnostics;
import org.easemoberrors.processor.diagnostics.Message;
import org.easemoberrors.processor.diagnostics.Position;
import org.easemoberrors.processor.diagnostics.Suggestions;

/**
 * Merges catalogue files, each over the ones before it, into one {@link Catalog}.
 *
 * <p>A later file may declare more locales, change the fallback locale and any field of a status,
 * add entries, change fields of existing ones ({@code overrides}; causes and help locale by
 * locale) and drop them ({@code remove}).
 */
public final class CatalogMerger {
  private final Diagnostics diagnostics;
  private final TemplateParser templates;

  public CatalogMerger(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.templates = new TemplateParser(diagnostics);
  }

  public Catalog merge(List<CatalogFile> files) {
    Set<String> locales = new LinkedHashSet<>();
    String fallback = null;
    Map<String, StatusSpec> statuses = new LinkedHashMap<>();
    Map<String, EntrySpec> entries = new LinkedHashMap<>();
    Set<String> suppressed = new LinkedHashSet<>();
    Map<String, Position> declarations = new LinkedHashMap<>();
    Map<String, Position> suppressions = new LinkedHashMap<>();
    // Entries removed and not defined again since, with where they were removed.
    Map<String, Position> removed = new LinkedHashMap<>();
    for (CatalogFile file : files) {
      if (file.locales() != null) {
        file.locales().forEach(t -> {
          locales.add(t.value());
          declarations.putIfAbsent(t.value(), t.position());
        });
      }
      if (file.fallbackLocale() != null) {
        fallback = file.fallbackLocale().value();
        declarations.put("fallbackLocale", file.fallbackLocale().position());
      }
      file.statuses().forEach((key, spec) -> statuses.merge(key, spec, StatusSpec::overlay));
      for (EntrySpec spec : file.entries()) {
        EntrySpec first = entries.get(spec.id().value());
        if (first != null) {
          // The same id at the same place: an alias repeats the entry, and it is where the alias is.
          Position at = spec.id().position().equals(first.id().position()) ? spec.position() : spec.id().position();
          diagnostics.report(Message.DUPLICATE_ID, at, spec.id().value(), first.id().position().label());
        } else {
          entries.put(spec.id().value(), spec);
          removed.remove(spec.id().value());
        }
      }
      for (EntrySpec over : file.overrides()) {
        EntrySpec base = entries.get(over.id().value());
        if (base != null) {
          entries.put(over.id().value(), base.overlay(over));
        } else if (removed.containsKey(over.id().value())) {
          diagnostics.report(Message.OVERRIDE_REMOVED, over.id().position(), "override", over.id().value(), removed.get(over.id().value()).label());
        } else {
          diagnostics.report(Message.OVERRIDE_UNKNOWN, over.id().position(), "override", over.id().value(),
              Suggestions.didYouMean(over.id().value(), entries.keySet()));
        }
      }
      for (Text id : file.removes()) {
        if (entries.remove(id.value()) != null) {
          removed.put(id.value(), id.position());
        } else if (removed.containsKey(id.value())) {
          diagnostics.report(Message.OVERRIDE_REMOVED, id.position(), "remove", id.value(), removed.get(id.value()).label());
        } else {
          diagnostics.report(Message.OVERRIDE_UNKNOWN, id.position(), "remove", id.value(),
              Suggestions.didYouMean(id.value(), entries.keySet()));
        }
      }
      file.suppress().forEach(t -> {
        suppressed.add(t.value());
        suppressions.putIfAbsent(t.value(), t.position());
      });
    }

    Map<String, StatusSpec> classes = new TreeMap<>();
    Map<Integer, StatusSpec> codes = new TreeMap<>();
    statuses.forEach(
        (key, spec) -> {
          if (spec.isClass()) {
            classes.put(key, spec);
          } else {
            codes.put(Integer.valueOf(key), spec);
          }
        });

    List<Entry> built = new ArrayList<>();
    List<Catalog.Incomplete> incomplete = new ArrayList<>();
    for (EntrySpec spec : entries.values()) {
      build(spec, built, incomplete);
    }
    return new Catalog(List.copyOf(locales), fallback, classes, codes, built, Set.copyOf(suppressed), declarations,
        suppressions, List.copyOf(incomplete));
  }

  /**
   * Builds the entry into {@code built}, or into {@code incomplete} when a field is missing or
   * could not be read. A field that was written but could not be read (or that an unknown key
   * probably misspells) is not reported missing: its mistake is reported already.
   */
  private void build(EntrySpec spec, List<Entry> built, List<Catalog.Incomplete> incomplete) {
    String context = "entry '" + spec.id().value() + "'";
    Set<String> unreadable = spec.unreadable();
    boolean complete = !spec.broken();
    if (spec.status() == null) {
      if (!unreadable.contains("status")) {
        missing(spec, context, "status");
      }
      complete = false;
    }
    if (spec.causes() == null) {
      if (!unreadable.contains("causes")) {
        missing(spec, context, "causes");
      }
      complete = false;
    }
    if (spec.errors() == null && spec.templates() == null) {
      if (!unreadable.contains("error") && !unreadable.contains("description")) {
        diagnostics.report(Message.MISSING_FIELD, spec.position(), context, "error' or 'description");
      }
      complete = false;
    }
    boolean templatesKnown = !unreadable.contains("description");
    List<Template> parsed = new ArrayList<>();
    if (spec.templates() != null) {
      for (Text t : spec.templates()) {
        if (t.value().isBlank()) {
          // It would match only an empty description, which says nothing: refused like an empty code.
          diagnostics.report(Message.WRONG_TYPE, t.position(), "'description' in " + context, "a non-empty template",
              t.value().isEmpty() ? "an empty string" : "a blank string");
          complete = false;
          continue;
        }
        Template template = templates.template(t);
        if (template == null) {
          complete = false;
          templatesKnown = false;
        } else {
          parsed.add(template);
        }
      }
    }
    String className = spec.className() != null ? spec.className().value() : pascalCase(spec.id().value());
    Entry entry = new Entry(
        spec.id().value(),
        spec.status() == null ? 0 : spec.status(),
        spec.errors() == null ? List.of() : List.copyOf(spec.errors()),
        List.copyOf(parsed),
        spec.causes(),
        spec.help(),
        spec.action(),
        className,
        spec);
    if (complete) {
      built.add(entry);
    } else {
      boolean textsKnown = !spec.broken() && !unreadable.contains("causes") && !unreadable.contains("help");
      incomplete.add(new Catalog.Incomplete(entry, templatesKnown, textsKnown));
    }
  }

  private void missing(EntrySpec spec, String context, String field) {
    diagnostics.report(Message.MISSING_FIELD, spec.position(), context, field);
  }

  /** {@code duplicate-username} becomes {@code DuplicateUsername}. */
  public static String pascalCase(String id) {
    StringBuilder sb = new StringBuilder();
    boolean upper = true;
    for (char c : id.toCharArray()) {
      if (c == '-' || c == '_' || c == '.' || c == ' ') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }

  /** {@code duplicate-username} becomes {@code DUPLICATE_USERNAME}. */
  public static String constantCase(String id) {
    return id.replace('-', '_').replace('.', '_').toUpperCase(java.util.Locale.ROOT);
  }

  static Position where(EntrySpec spec) {
    return spec.position();
  }
}
