package org.easemoberrors.processor.model;

import org.easemoberrors.processor.diagnostics.Position;

/**
 * An HTTP status, or a status class ({@code 4xx}, {@code 5xx}), as one file writes it. In an
 * overlay any field may be left out and is then taken from the catalogue below.
 *
 * @param key the status code ({@code "400"}) or class ({@code "4xx"})
 * @param name the Java-style name ({@code BadRequest}); null for classes or when left out
 * @param help what to do about a response of this status, by locale; null when left out
 */
public record StatusSpec(
    String key, Text name, Action action, Position actionPosition, Localized description, Localized help, Position position) {

  public boolean isClass() {
    return key.endsWith("xx");
  }

  /** This spec with the fields {@code over} gives replaced. */
  public StatusSpec overlay(StatusSpec over) {
    return new StatusSpec(
        key,
        over.name != null ? over.name : name,
        over.action != null ? over.action : action,
        over.action != null ? over.actionPosition : actionPosition,
        Localized.merge(description, over.description),
        Localized.merge(help, over.help),
        position);
  }
}
