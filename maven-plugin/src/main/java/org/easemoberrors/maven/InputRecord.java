package org.easemoberrors.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The record the easemob-errors processor writes beside the sources it generates for one package
 * ({@value #FILE_NAME}): which class file to delete to have the package compiled again, the
 * directories of the option {@code easemob.errors.path}, and the SHA-256 of each catalogue file it
 * read, by the name it looked it up under. When the package uses the default catalogue, a {@code
 * default} line holds its SHA-256 and the name of the resource in the processor's jar.
 */
final class InputRecord {

  /** The record's file name; one per annotated package, in the package's directory. */
  static final String FILE_NAME = "easemob-errors.inputs";

  /** The default catalogue's resource name in the processor jar. */
  static final String DEFAULT_RESOURCE = "org/easemoberrors/catalog/easemob-errors.yaml";

  /** One catalogue: the name the processor looked up and the SHA-256 of what it read. */
  static final class Catalog {
    final String sha256;
    final String name;

    Catalog(String sha256, String name) {
      this.sha256 = sha256;
      this.name = name;
    }
  }

  final Path file;
  final String classFile;
  final List<Path> searchPath;
  final List<Catalog> catalogs;
  /** The default catalogue as the processor read it, or null when the package does not use it. */
  final Catalog defaultCatalog;

  private InputRecord(Path file, String classFile, List<Path> searchPath, Catalog defaultCatalog, List<Catalog> catalogs) {
    this.file = file;
    this.classFile = classFile;
    this.searchPath = Collections.unmodifiableList(searchPath);
    this.defaultCatalog = defaultCatalog;
    this.catalogs = Collections.unmodifiableList(catalogs);
  }

  /** Reads a record; relative paths in it are relative to the record's own directory. */
  static InputRecord read(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    String classFile = null;
    String version = null;
    List<Path> searchPath = new ArrayList<>();
    List<Catalog> catalogs = new ArrayList<>();
    Catalog defaultCatalog = null;
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      switch (fields[0]) {
        case "version":
          version = field(fields, 1, file, number);
          break;
        case "class":
          classFile = field(fields, 1, file, number);
          break;
        case "search":
          searchPath.add(dir.resolve(field(fields, 1, file, number)).normalize());
          break;
        case "default":
          defaultCatalog = new Catalog(field(fields, 1, file, number), field(fields, 2, file, number));
          break;
        case "catalog":
          catalogs.add(new Catalog(field(fields, 1, file, number), field(fields, 2, file, number)));
          break;
        default:
          // A later processor may write more: what is not understood here is not needed here.
          break;
      }
    }
    if (!"1".equals(version)) {
      throw new IOException(file + ": not a record this plugin can read (version " + version + ")");
    }
    if (classFile == null) {
      throw new IOException(file + ": no class line");
    }
    return new InputRecord(file, classFile, searchPath, defaultCatalog, catalogs);
  }

  private static String field(String[] fields, int i, Path file, int line) throws IOException {
    if (fields.length <= i || fields[i].isEmpty()) {
      throw new IOException(file + ":" + line + ": missing field " + i);
    }
    return fields[i];
  }

  /** Every record under a generated-sources directory, in a stable order. */
  static List<Path> find(Path generatedSources) throws IOException {
    if (!Files.isDirectory(generatedSources)) {
      return Collections.emptyList();
    }
    List<Path> found = new ArrayList<>();
    try (java.util.stream.Stream<Path> files = Files.walk(generatedSources)) {
      files.filter(p -> p.getFileName().toString().equals(FILE_NAME) && Files.isRegularFile(p)).sorted().forEach(found::add);
    }
    return found;
  }
}
