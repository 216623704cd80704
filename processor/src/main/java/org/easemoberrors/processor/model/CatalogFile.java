package org.easemoberrors.processor.model;

import java.util.List;
import java.util.Map;
import org.easemoberrors.processor.diagnostics.Position;
import org.easemoberrors.processor.diagnostics.SourceFile;

/**
 * One catalogue file as read, before it is merged with the files below it. Absent top-level keys
 * are null (or empty lists).
 */
public record CatalogFile(
    SourceFile source,
    List<Text> locales,
    Text fallbackLocale,
    Map<String, StatusSpec> statuses,
    List<EntrySpec> entries,
    List<EntrySpec> overrides,
    List<Text> removes,
    List<Text> suppress,
    Position position) {}
