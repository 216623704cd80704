package org.easemoberrors.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/** Decides whether the code generated from one record is out of date, and says why. */
final class Staleness {

  private Staleness() {}

  /**
   * Why the record's package must be compiled again, or null when every catalogue reads the same.
   *
   * @param processorPath where the processor would load the default catalogue from now, or null
   *     when that cannot be told: the default catalogue is then not compared
   */
  static String reason(InputRecord record, CatalogLookup lookup, List<Path> processorPath) throws IOException {
    if (record.defaultCatalog != null && processorPath != null) {
      CatalogLookup.Found now = lookup.findOn(processorPath, record.defaultCatalog.name);
      if (now == null) {
        return "default catalogue " + record.defaultCatalog.name + " is not on the processor path";
      }
      if (!sha256(now.bytes).equals(record.defaultCatalog.sha256)) {
        return "default catalogue changed (" + now.where + ")";
      }
    }
    for (InputRecord.Catalog catalog : record.catalogs) {
      CatalogLookup.Found now = lookup.find(record.searchPath, catalog.name);
      if (now == null) {
        return "catalogue " + catalog.name + " is gone";
      }
      if (!sha256(now.bytes).equals(catalog.sha256)) {
        return "catalogue " + catalog.name + " changed (" + now.where + ")";
      }
    }
    return null;
  }

  static String sha256(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      StringBuilder hex = new StringBuilder(digest.length * 2);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
