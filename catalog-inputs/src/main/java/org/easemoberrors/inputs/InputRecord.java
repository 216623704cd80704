package org.easemoberrors.inputs;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The record of which catalogue files the processor read for one package, so that a build tool
 * can tell when the generated code is out of date. The processor writes it, {@code
 * easemob-errors-maven-plugin} reads it, and both go through this class: there is one format.
 *
 * <p>javac knows nothing of the catalogues: Maven's compiler plugin sees no changed source after
 * an edit of a YAML file, and would not run the processor again. The record, a small text file
 * beside the generated sources ({@value #FILE_NAME} in the package's directory of the source
 * output, so never in the user's jar), lists the SHA-256 of every catalogue file read, by the name
 * it was looked up under, and the class file whose absence makes the compiler recompile. The
 * plugin looks the names up again before the next compile, in the order of {@link CatalogPlace},
 * and deletes that class file when one now reads differently. Paths are relative to the record's
 * directory where possible and the lines are in the order the files were read, so two builds
 * write the same bytes.
 *
 * <p>Format, one entry a line, fields separated by a tab; lines starting with {@code #} are
 * comments:
 *
 * <pre>
 * version    1
 * class      the class file to delete, relative to the class output
 * processor  the identity of the processor jar that wrote the record (only when it ran from a jar)
 * search     a directory of the option easemob.errors.path (one line each, in order)
 * default    sha-256 (hex)  the default catalogue's resource name (only when it was used)
 * catalog    sha-256 (hex)  the name looked up
 * </pre>
 *
 * <p>The default catalogue is part of the processor's jar, so its line names the resource the
 * processor loads from its own class path ({@value #DEFAULT_RESOURCE}) rather than a file of the
 * user's: the plugin finds it again on the compiler's processor path, so that a new processor
 * version, or an edit of the default catalogue in this repository's own build, also recompiles.
 * It has a key of its own, not {@code catalog}: a reader skips keys it does not know, where a
 * {@code catalog} line would have an older plugin look the resource up among the user's files,
 * miss it, and recompile on every build.
 *
 * <p>The catalogues are not all the generated code comes from: a processor of another version,
 * or one built again from edited sources in this repository, generates other code from the same
 * catalogues. So the record also names the processor that wrote it, by {@link ProcessorIdentity}
 * (a hash of its jar's content, not its version, which a snapshot keeps across edits), and the
 * plugin compares it with the processor jar on the compiler's processor path. A processor that
 * runs from a directory (a build's classes, as in tests) or from a place it cannot tell writes no
 * {@code processor} line, and the plugin then compares catalogues alone, as it does for a record
 * written before the line existed. The line needs no new version: a reader skips keys it does not
 * know, so an older plugin reads the record as before.
 *
 * @param classFile the class file to delete, relative to the class output, with forward slashes
 * @param searchPath the directories of the option {@code easemob.errors.path} as written: relative
 *     to the record's directory, or absolute (see {@link #relative} and {@link #searchPath(Path)})
 * @param defaultCatalog the default catalogue as read, or null when the package does not use it
 * @param catalogs the catalogue files named in the annotation, in the order they were read
 * @param processor the {@linkplain ProcessorIdentity identity} of the processor that wrote the
 *     record, or null when it could not be told
 */
public record InputRecord(String classFile, List<String> searchPath, Catalog defaultCatalog, List<Catalog> catalogs, String processor) {

  /** The record's file name, in the annotated package's directory of the source output. */
  public static final String FILE_NAME = "easemob-errors.inputs";

  /** The default catalogue's resource name, in the processor's jar. */
  public static final String DEFAULT_RESOURCE = "org/easemoberrors/catalog/easemob-errors.yaml";

  /** The format version this class writes and reads. */
  public static final String VERSION = "1";

  /**
   * One catalogue file read: the SHA-256 of its bytes (lower-case hex) and the name it was looked
   * up under, without a leading slash.
   */
  public record Catalog(String sha256, String name) {
    public Catalog {
      field("sha256", sha256);
      field("name", name);
    }

    /** The catalogue looked up as {@code name} (a leading slash is dropped) that read {@code bytes}. */
    public static Catalog of(String name, byte[] bytes) {
      return new Catalog(InputRecord.sha256(bytes), name.startsWith("/") ? name.substring(1) : name);
    }
  }

  public InputRecord {
    field("classFile", classFile);
    searchPath = List.copyOf(searchPath);
    searchPath.forEach(dir -> field("searchPath", dir));
    catalogs = List.copyOf(catalogs);
    if (processor != null) {
      field("processor", processor);
    }
  }

  /** A record that names no processor. */
  public InputRecord(String classFile, List<String> searchPath, Catalog defaultCatalog, List<Catalog> catalogs) {
    this(classFile, searchPath, defaultCatalog, catalogs, null);
  }

  /** The search path's directories, those written relative resolved against the record's directory. */
  public List<Path> searchPath(Path recordDirectory) {
    List<Path> dirs = new ArrayList<>(searchPath.size());
    for (String dir : searchPath) {
      dirs.add(recordDirectory.toAbsolutePath().resolve(dir).normalize());
    }
    return dirs;
  }

  /** The record's text, as written to {@value #FILE_NAME}. */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append("# The catalogue files easemob-errors read for this package, and the processor that read them.\n");
    out.append("# easemob-errors-maven-plugin looks them up again before a compile and, when one changed or\n");
    out.append("# the processor did, deletes the class file named below so that the compiler runs it again.\n");
    out.append("version\t").append(VERSION).append('\n');
    out.append("class\t").append(classFile).append('\n');
    if (processor != null) {
      out.append("processor\t").append(processor).append('\n');
    }
    for (String dir : searchPath) {
      out.append("search\t").append(dir).append('\n');
    }
    if (defaultCatalog != null) {
      out.append("default\t").append(defaultCatalog.sha256()).append('\t').append(defaultCatalog.name()).append('\n');
    }
    for (Catalog catalog : catalogs) {
      out.append("catalog\t").append(catalog.sha256()).append('\t').append(catalog.name()).append('\n');
    }
    return out.toString();
  }

  /** Writes the record to a file, creating its directory. */
  public void write(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Files.writeString(file, text(), StandardCharsets.UTF_8);
  }

  /** Reads a record file. */
  public static InputRecord read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Parses a record's text. Keys it does not know are skipped: a later processor may write more,
   * and what is not understood here is not needed here.
   *
   * @param where the record's name in error messages
   * @throws IOException when the text is not a record of {@linkplain #VERSION this version}
   */
  public static InputRecord parse(String text, String where) throws IOException {
    String classFile = null;
    String version = null;
    List<String> searchPath = new ArrayList<>();
    List<Catalog> catalogs = new ArrayList<>();
    Catalog defaultCatalog = null;
    String processor = null;
    int number = 0;
    for (String line : text.split("\r?\n", -1)) {
      number++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      switch (fields[0]) {
        case "version" -> version = field(fields, 1, where, number);
        case "class" -> classFile = field(fields, 1, where, number);
        case "processor" -> processor = field(fields, 1, where, number);
        case "search" -> searchPath.add(field(fields, 1, where, number));
        case "default" -> defaultCatalog = new Catalog(field(fields, 1, where, number), field(fields, 2, where, number));
        case "catalog" -> catalogs.add(new Catalog(field(fields, 1, where, number), field(fields, 2, where, number)));
        default -> {
          // Not known to this version: skipped.
        }
      }
    }
    if (!VERSION.equals(version)) {
      throw new IOException(where + ": not a record this plugin can read (version " + version + ")");
    }
    if (classFile == null) {
      throw new IOException(where + ": no class line");
    }
    return new InputRecord(classFile, searchPath, defaultCatalog, catalogs, processor);
  }

  private static String field(String[] fields, int i, String where, int line) throws IOException {
    if (fields.length <= i || fields[i].isEmpty()) {
      throw new IOException(where + ":" + line + ": missing field " + i);
    }
    return fields[i];
  }

  /** Every record under a directory (a generated-sources root), in a stable order. */
  public static List<Path> find(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.getFileName().toString().equals(FILE_NAME) && Files.isRegularFile(p)).sorted().toList();
    }
  }

  /**
   * {@code target} as a record in {@code recordDirectory} writes it: relative to that directory
   * with forward slashes, or absolute when it cannot be (no directory, or another root).
   */
  public static String relative(Path recordDirectory, Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    if (recordDirectory != null) {
      try {
        String relative = recordDirectory.toAbsolutePath().normalize().relativize(absolute).toString().replace(File.separatorChar, '/');
        return relative.isEmpty() ? "." : relative;
      } catch (IllegalArgumentException e) {
        // Another root (a different drive): keep the absolute path.
      }
    }
    return absolute.toString();
  }

  /** The SHA-256 of the bytes, in lower-case hex, as the record holds it. */
  public static String sha256(byte[] bytes) {
    try {
      return hex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** A digest in lower-case hex. */
  static String hex(byte[] digest) {
    StringBuilder hex = new StringBuilder(digest.length * 2);
    for (byte b : digest) {
      hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return hex.toString();
  }

  private static void field(String what, String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        throw new IllegalArgumentException(what + " holds a tab or a line break, which the record cannot keep: " + value);
      }
    }
  }
}
