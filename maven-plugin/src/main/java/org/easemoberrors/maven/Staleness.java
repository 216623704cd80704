package org.easemoberrors.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.easemoberrors.inputs.InputRecord;

/** Decides whether the code generated from one record is out of date, and says why. */
final class Staleness {

  private Staleness() {}

  /**
   * Why the record's package must be compiled again, or null when the processor and every
   * catalogue are the same. The processor is compared when the record names one and the processor
   * path has it as a jar: a processor that cannot be told is not seen as changed, or the module
   * would be compiled on every build.
   *
   * @param file the record's file: its search path is relative to the file's directory
   * @param processorPath the compiler's processor path, where the processor and its default
   *     catalogue would be loaded from now, or null when that cannot be told: neither is then
   *     compared
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
    // Last: a changed catalogue is the more telling reason, as it names the file.
    if (record.processor() != null && processorPath != null) {
      CatalogLookup.Processor now = lookup.processorOn(processorPath);
      if (now != null && !now.identity().equals(record.processor())) {
        return "processor changed (" + now.jar() + ")";
      }
    }
    return null;
  }
}
