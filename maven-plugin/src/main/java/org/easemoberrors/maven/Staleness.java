package org.easemoberrors.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.easemoberrors.inputs.InputRecord;

/** Decides whether the code generated from one record is out of date, and says why. */
final class Staleness {

  private Staleness() {}

  /**
   * Why the record's package must be compiled again, or null when every catalogue reads the same.
   *
   * @param file the record's file: its search path is relative to the file's directory
   * @param processorPath where the processor would load the default catalogue from now, or null
   *     when that cannot be told: the default catalogue is then not compared
   */
  static String reason(Path file, InputRecord record, CatalogLookup lookup, List<Path> processorPath) throws IOException {
    InputRecord.Catalog defaults = record.defaultCatalog();
    if (defaults != null && processorPath != null) {
      CatalogLookup.Found now = lookup.findOn(processorPath, defaults.name());
      if (now == null) {
        return "default catalogue " + defaults.name() + " is not on the processor path";
      }
      if (!InputRecord.sha256(now.bytes).equals(defaults.sha256())) {
        return "default catalogue changed (" + now.where + ")";
      }
    }
    List<Path> searchPath = record.searchPath(file.toAbsolutePath().getParent());
    for (InputRecord.Catalog catalog : record.catalogs()) {
      CatalogLookup.Found now = lookup.find(searchPath, catalog.name());
      if (now == null) {
        return "catalogue " + catalog.name() + " is gone";
      }
      if (!InputRecord.sha256(now.bytes).equals(catalog.sha256())) {
        return "catalogue " + catalog.name() + " changed (" + now.where + ")";
      }
    }
    return null;
  }
}
